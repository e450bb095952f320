/**
 * A value in extension storage with a numbered version: `@wxt-dev/storage` runs the migrations
 * (stored value of version n-1 → value of version n) when the item is defined, before any read or
 * write, so code only ever sees the current version's shape. The audit history, the opt-out
 * reminders and the settings use it.
 *
 * The stored value is typed `unknown` on purpose: storage is a boundary (another version of the
 * extension may have written it), so every read goes through the owner's zod parser.
 */
import { storage, type StorageItemKey } from '@wxt-dev/storage';
import * as z from 'zod/mini';

export type Migrations = Record<number, (stored: unknown) => unknown>;

export interface Versioning {
  version: number;
  migrations: Migrations;
}

/**
 * `versioning` null: a reader's view, without version or migrations. Only the stores' owner (the
 * background, lib/store-owner/) defines the items with their migrations, so a migration runs once,
 * in one context, and never races another context's write; readers parse whatever is stored and
 * follow the migrated value through storage change events.
 */
export function defineVersionedItem(key: StorageItemKey, fallback: unknown, versioning: Versioning | null) {
  return storage.defineItem<unknown>(key, versioning === null ? { fallback } : { fallback, ...versioning });
}

export type VersionedItem = ReturnType<typeof defineVersionedItem>;

/**
 * The version mark @wxt-dev/storage keeps beside an item (`<key>$`). It writes the mark on the
 * item's own setValue only: a store that writes the item together with other keys through
 * storage.setItems (one write) adds this to that write, or a later version would read the value
 * as version 1.
 */
export function versionMark(key: StorageItemKey, version: number) {
  return { key: `${key}$` as const, value: { v: version } };
}

/** The warnings of parseStoredList: they name what the list is, never what it holds (it names people). */
export interface StoredListWarnings {
  unreadable: string;
  skipped: (count: number) => string;
}

const StoredListSchema = z.array(z.unknown());

/**
 * Reads a stored list: invalid items are dropped (with a warning), and anything that is not a list
 * reads as an empty one (with a warning). Nothing stored reads as empty. Never throws.
 */
export function parseStoredList<T>(stored: unknown, itemSchema: z.ZodMiniType<T>, warnings: StoredListWarnings): T[] {
  const list = StoredListSchema.safeParse(stored ?? []);
  if (!list.success) {
    console.warn(warnings.unreadable);
    return [];
  }
  const items = list.data.flatMap((item) => {
    const parsed = itemSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
  const skipped = list.data.length - items.length;
  if (skipped > 0) console.warn(warnings.skipped(skipped));
  return items;
}
