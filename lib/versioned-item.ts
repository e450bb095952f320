/**
 * A value in extension storage with a numbered version: `@wxt-dev/storage` runs the migrations
 * (stored value of version n-1 → value of version n) when the item is defined, before any read or
 * write, so code only ever sees the current version's shape. The audit history and the settings
 * both use it.
 *
 * The stored value is typed `unknown` on purpose: storage is a boundary (another version of the
 * extension may have written it), so every read goes through the owner's zod parser.
 */
import { storage, type StorageItemKey } from '@wxt-dev/storage';

export type Migrations = Record<number, (stored: unknown) => unknown>;

export interface Versioning {
  version: number;
  migrations: Migrations;
}

export function defineVersionedItem(key: StorageItemKey, fallback: unknown, versioning: Versioning) {
  return storage.defineItem<unknown>(key, { fallback, ...versioning });
}

export type VersionedItem = ReturnType<typeof defineVersionedItem>;
