/**
 * The stored audit history as a versioned `@wxt-dev/storage` item. Its built-in migrations run
 * when the item is defined (each context that uses the history defines it once), before any read
 * or write, so code only ever sees the current version's shape.
 *
 * To change the entry shape: add the new fields to audit-schema.ts, bump AUDIT_HISTORY_VERSION,
 * and add `AUDIT_MIGRATIONS[<new version>]` turning the previous version's stored list into the
 * new one (audit-migrations.test.ts shows the pattern on v1 data).
 */
import { defineVersionedItem, type Migrations, type Versioning } from '../versioned-item';

export const AUDIT_HISTORY_KEY = 'local:auditHistory';

/** v1: a list of AuditEntrySchema entries, oldest first. */
export const AUDIT_HISTORY_VERSION = 1;

/** Stored value of version n-1 → value of version n. Version 1 is the first shape: nothing to migrate yet. */
export const AUDIT_MIGRATIONS: Migrations = {};

/** Every read goes through parseStoredHistory (see versioned-item.ts). */
export function defineAuditHistoryItem(
  versioning: Versioning = { version: AUDIT_HISTORY_VERSION, migrations: AUDIT_MIGRATIONS },
) {
  return defineVersionedItem(AUDIT_HISTORY_KEY, [], versioning);
}

export type AuditHistoryItem = ReturnType<typeof defineAuditHistoryItem>;
