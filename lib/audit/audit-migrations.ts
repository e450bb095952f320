/**
 * The stored audit history as a versioned `@wxt-dev/storage` item. Its built-in migrations run
 * when the item is defined (each context that uses the history defines it once), before any read
 * or write, so code only ever sees the current version's shape.
 *
 * To change the entry shape: add the new fields to audit-schema.ts, bump AUDIT_HISTORY_VERSION,
 * and add `AUDIT_MIGRATIONS[<new version>]` turning the previous version's stored list into the
 * new one (audit-migrations.test.ts shows the pattern on v1 data).
 */
import { storage } from '@wxt-dev/storage';

export const AUDIT_HISTORY_KEY = 'local:auditHistory';

/** v1: a list of AuditEntrySchema entries, oldest first. */
export const AUDIT_HISTORY_VERSION = 1;

/** Stored value of version n-1 → value of version n. Version 1 is the first shape: nothing to migrate yet. */
export type AuditMigrations = Record<number, (stored: unknown) => unknown>;
export const AUDIT_MIGRATIONS: AuditMigrations = {};

export interface AuditHistoryVersioning {
  version: number;
  migrations: AuditMigrations;
}

/**
 * The stored value is typed `unknown` on purpose: storage is a boundary (another version of the
 * extension may have written it), so every read goes through parseStoredHistory.
 */
export function defineAuditHistoryItem(
  versioning: AuditHistoryVersioning = { version: AUDIT_HISTORY_VERSION, migrations: AUDIT_MIGRATIONS },
) {
  return storage.defineItem<unknown>(AUDIT_HISTORY_KEY, { fallback: [], ...versioning });
}

export type AuditHistoryItem = ReturnType<typeof defineAuditHistoryItem>;
