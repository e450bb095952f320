/**
 * How the audit history is laid out in storage (version 2): `local:auditHistory` is a small index
 * naming pages oldest first, and each page `local:auditHistoryPage:<id>` holds at most
 * AUDIT_PAGE_ENTRIES entries, oldest first.
 *
 * Why pages: Chrome hands every storage.onChanged listener, in every extension context, the old
 * and the new value of each key written. With the history as one list (up to ~4 MB), every append
 * moved ~8 MB around and slowed bulk runs as the history grew; now an append rewrites the index
 * and one or two pages, whatever the history's size.
 */
import type { StorageItemKey } from '@wxt-dev/storage';
import * as z from 'zod/mini';
import { AUDIT_HISTORY_LIMIT, HISTORY_WARNINGS } from './audit-schema';

/**
 * 250 entries of ~400 bytes make a page of ~100 KB: what one append writes at most (plus the
 * oldest page when it trims it). Smaller pages would lengthen the index and the number of keys a
 * full read gathers (40 pages for 10,000 entries) for little gain.
 */
export const AUDIT_PAGE_ENTRIES = 250;

export function auditPageKey(id: string): StorageItemKey {
  return `local:auditHistoryPage:${id}`;
}

export const AuditIndexSchema = z.object({
  /** Oldest first; `count` is how many entries the page holds. */
  pages: z.array(z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)), count: z.int().check(z.nonnegative()) })),
  /**
   * The number in the next new page's id (`p<n>`). It only grows, also across a clear, so an id
   * never names two different pages: watchers cache pages by id and count.
   */
  nextPage: z.int().check(z.nonnegative()),
});
export type AuditIndex = z.infer<typeof AuditIndexSchema>;
export type AuditPageRef = AuditIndex['pages'][number];

/** Nothing stored reads as an empty index; anything else that is not an index too, with a warning. */
export function parseAuditIndex(stored: unknown): AuditIndex {
  if (stored == null) return { pages: [], nextPage: 0 };
  const parsed = AuditIndexSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  console.warn(HISTORY_WARNINGS.unreadable);
  return { pages: [], nextPage: 0 };
}

/** `entries` cut into pages of AUDIT_PAGE_ENTRIES, in order. */
export function intoPages<T>(entries: readonly T[]): T[][] {
  return Array.from({ length: Math.ceil(entries.length / AUDIT_PAGE_ENTRIES) }, (_, page) =>
    entries.slice(page * AUDIT_PAGE_ENTRIES, (page + 1) * AUDIT_PAGE_ENTRIES),
  );
}

/** What an append (or a clear) writes: the new index, the pages whose content changed, and the pages no longer named. */
export interface PagedWrite {
  index: AuditIndex;
  pages: { id: string; entries: unknown[] }[];
  removed: string[];
}

/** How a page's new content is made: its stored entries without the first `dropFirst` (none for a new page), then `added`. */
interface PageChange {
  fromStored: boolean;
  dropFirst: number;
  added: readonly unknown[];
}

/**
 * `added` appended to the history, keeping its newest AUDIT_HISTORY_LIMIT entries: the last page
 * is filled, then new pages are started; whole oldest pages are dropped and the oldest kept one is
 * trimmed. Reads (through `readPages`) only the stored pages whose content changes: the last page
 * and the trimmed one. Their stored entries are kept as they are, unparsed: readers drop invalid ones.
 */
export async function appendToPages(
  index: AuditIndex,
  added: readonly unknown[],
  readPages: (ids: readonly string[]) => Promise<unknown[][]>,
): Promise<PagedWrite> {
  const kept = added.slice(-AUDIT_HISTORY_LIMIT);
  const pages = index.pages.map((page) => ({ ...page }));
  const changes = new Map<string, PageChange>();
  const storedCount = pages.reduce((sum, page) => sum + page.count, 0);

  // Filled only when none of it will be trimmed away in this append (a batch nearly as large as
  // the limit), so a page's count changes whenever its content does: watchers rely on that.
  const last = pages.at(-1);
  let rest = kept;
  if (last && last.count < AUDIT_PAGE_ENTRIES && last.count + kept.length <= AUDIT_HISTORY_LIMIT) {
    const fill = kept.slice(0, AUDIT_PAGE_ENTRIES - last.count);
    changes.set(last.id, { fromStored: true, dropFirst: 0, added: fill });
    last.count += fill.length;
    rest = kept.slice(fill.length);
  }
  let nextPage = index.nextPage;
  for (const entries of intoPages(rest)) {
    const id = `p${nextPage++}`;
    pages.push({ id, count: entries.length });
    changes.set(id, { fromStored: false, dropFirst: 0, added: entries });
  }

  // At most the stored entries are beyond the limit (kept ≤ limit): only stored pages are trimmed.
  let excess = storedCount + kept.length - AUDIT_HISTORY_LIMIT;
  let dropped = 0;
  for (const page of pages) {
    if (excess <= 0) break;
    if (page.count <= excess) {
      excess -= page.count;
      dropped += 1;
    } else {
      changes.set(page.id, { fromStored: true, dropFirst: excess, added: [] });
      page.count -= excess;
      excess = 0;
    }
  }
  const removed = pages.splice(0, dropped).map((page) => page.id);

  const toRead = [...changes].filter(([, change]) => change.fromStored).map(([id]) => id);
  const read = await readPages(toRead);
  const stored = new Map(toRead.map((id, i) => [id, read[i] ?? []]));
  const written = [...changes].map(([id, change]) => ({
    id,
    entries: [...(stored.get(id) ?? []).slice(change.dropFirst), ...change.added],
  }));
  // The index counts what was written: a page holding other than its count (damaged storage) heals.
  const counts = new Map(written.map((page) => [page.id, page.entries.length]));
  return {
    index: { pages: pages.map((page) => ({ id: page.id, count: counts.get(page.id) ?? page.count })), nextPage },
    pages: written,
    removed,
  };
}
