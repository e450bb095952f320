/**
 * The stored audit history as a versioned `@wxt-dev/storage` item. Its built-in migrations run
 * when the item is defined (each context that uses the history defines it once), before any read
 * or write, so code only ever sees the current version's shape.
 *
 * v1: `local:auditHistory` held every entry in one list, oldest first.
 * v2: it holds an index of pages, and the entries live in the pages (audit-pages.ts).
 *
 * To change the entry shape, prefer optional fields (old entries still parse, as with
 * optOutUntil). Otherwise bump AUDIT_HISTORY_VERSION and add `AUDIT_MIGRATIONS[<new version>]`:
 * it gets the stored index, rewrites the pages and returns the index, as the v2 migration does
 * (and bump the JSON export's version in audit-export.ts).
 */
import { storage } from '@wxt-dev/storage';
import { auditPageKey, intoPages, type AuditIndex } from './audit-pages';
import { defineVersionedItem, versionMark, type Migrations, type Versioning } from '../versioned-item';

export const AUDIT_HISTORY_KEY = 'local:auditHistory';

export const AUDIT_HISTORY_VERSION = 2;

/**
 * v1 → v2: the list cut into pages. Migrations may run in several contexts at once (each defines
 * the item), so this one is idempotent: page ids come from the page's place in the v1 list, and
 * every context writes the same pages. The pages are written before @wxt-dev/storage writes the
 * returned index, so no reader sees an index naming a missing page. A stored value that is not a
 * list is left as it is: readers warn and read it as empty.
 */
async function pagesFromV1List(stored: unknown): Promise<unknown> {
  if (!Array.isArray(stored)) return stored;
  const pages = intoPages(stored).map((entries, page) => ({ id: `v1-${page}`, entries }));
  await storage.setItems(pages.map(({ id, entries }) => ({ key: auditPageKey(id), value: entries })));
  const index: AuditIndex = { pages: pages.map(({ id, entries }) => ({ id, count: entries.length })), nextPage: 0 };
  return index;
}

/** Stored value of version n-1 → value of version n. */
export const AUDIT_MIGRATIONS: Migrations = { 2: pagesFromV1List };

/** Added to the store's first write (the index and its pages in one storage.setItems): see versionMark. */
export const AUDIT_HISTORY_VERSION_MARK = versionMark(AUDIT_HISTORY_KEY, AUDIT_HISTORY_VERSION);

/** The index (see audit-pages.ts); nothing stored reads as null. */
export function defineAuditHistoryItem(
  versioning: Versioning | null = { version: AUDIT_HISTORY_VERSION, migrations: AUDIT_MIGRATIONS },
) {
  return defineVersionedItem(AUDIT_HISTORY_KEY, null, versioning);
}

export type AuditHistoryItem = ReturnType<typeof defineAuditHistoryItem>;
