/**
 * Test fixture: the audit history exactly as browser.storage.local holds it (version 2, see
 * audit-pages.ts), written and read raw, below the store.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import { AUDIT_HISTORY_KEY, AUDIT_HISTORY_VERSION_MARK } from './audit-migrations';
import { AuditIndexSchema, auditPageKey, intoPages } from './audit-pages';

/** `local:x` → `x`, the key in browser.storage.local. */
function localKey(key: string): string {
  return key.slice('local:'.length);
}

export const INDEX_KEY = localKey(AUDIT_HISTORY_KEY);

export function pageKey(id: string): string {
  return localKey(auditPageKey(id));
}

/** Stores `entries` (oldest first, valid or not) in pages `seed-0`, `seed-1`..., with the index and version mark. */
export async function storeHistory(entries: readonly unknown[]): Promise<void> {
  const pages = intoPages(entries).map((page, n) => ({ id: `seed-${n}`, page }));
  await fakeBrowser.storage.local.set({
    [INDEX_KEY]: { pages: pages.map(({ id, page }) => ({ id, count: page.length })), nextPage: 0 },
    ...Object.fromEntries(pages.map(({ id, page }) => [pageKey(id), page])),
    [localKey(AUDIT_HISTORY_VERSION_MARK.key)]: AUDIT_HISTORY_VERSION_MARK.value,
  });
}

/** The stored index, as it is. */
export async function storedIndex(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(INDEX_KEY))[INDEX_KEY];
}

/** The stored entries, oldest first and as they are, page after page as the index names them. */
export async function storedEntries(): Promise<unknown[]> {
  const keys = AuditIndexSchema.parse(await storedIndex()).pages.map(({ id }) => pageKey(id));
  const pages = await fakeBrowser.storage.local.get(keys);
  return keys.flatMap((key) => z.array(z.unknown()).parse(pages[key]));
}

/** Every page key in storage, named by the index or not. */
export async function storedPageKeys(): Promise<string[]> {
  const everything = await fakeBrowser.storage.local.get(null);
  return Object.keys(everything).filter((key) => key.startsWith(pageKey('')));
}
