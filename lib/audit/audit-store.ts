/**
 * The audit history in extension storage: the tab service appends to it (AuditRecorder), the
 * options page reads, watches and clears it (AuditHistory). It is stored as an index of pages
 * (audit-pages.ts), so an append costs the same at 10 entries and at 10,000.
 *
 * Only the stores' owner (the background, lib/store-owner/) writes it, through this module:
 * appends read the index and the last page and write them back, and extension storage has no
 * compare-and-set, so two writers would drop each other's entries. Every other context records
 * through the owner (owned-stores.ts) and reads here.
 */
import { storage } from '@wxt-dev/storage';
import {
  AuditEntrySchema,
  HISTORY_WARNINGS,
  parseStoredHistory,
  storedHistoryPage,
  type AuditDraft,
  type AuditEntry,
} from './audit-schema';
import { randomId } from '../random-id';
import { createSerialQueue } from '../serial-queue';
import { AUDIT_HISTORY_VERSION_MARK, defineAuditHistoryItem, type AuditHistoryItem } from './audit-migrations';
import { appendToPages, AUDIT_PAGE_ENTRIES, auditPageKey, parseAuditIndex, type AuditPageRef, type PagedWrite } from './audit-pages';

export interface AuditRecorder {
  /** Stamps the draft with an id and the current time, and appends it. */
  record(draft: AuditDraft): Promise<void>;
  /** The same for many drafts at once, in one storage write (a bulk run's finished rows). */
  recordMany(drafts: readonly AuditDraft[]): Promise<void>;
}

export interface AuditHistory {
  /** Newest first. */
  list(): Promise<AuditEntry[]>;
  clear(): Promise<void>;
  /** Calls `onChange` with the whole list (newest first) whenever it changes (in any context), in order. */
  watch(onChange: (entries: AuditEntry[]) => void): () => void;
}

/** What only the stores' owner does. */
export interface AuditOwnerStore extends AuditRecorder, AuditHistory {
  /**
   * Appends entries stamped by their sender (stampDrafts). Entries whose id the newest
   * DEDUPE_PAGES pages already hold are skipped: an intent tried again after its answer was lost
   * is applied once. Answers how many were added.
   */
  append(entries: readonly AuditEntry[]): Promise<number>;
  /** Drops the oldest page, never the only one (the quota rule): what it held, or null when there is one page or none. */
  dropOldestPage(): Promise<{ count: number; from: string | null; to: string | null } | null>;
  /** The page keys the stored index names: any other stored page is an orphan. */
  namedPageKeys(): Promise<Set<string>>;
  /**
   * Drops the entries recorded before `cutoff` (ISO 8601): the organisation's audit retention.
   * Answers how many were dropped.
   */
  dropOlderThan(cutoff: string): Promise<number>;
}

/**
 * The newest pages whose entry ids an append checks: 2 pages are 250 to 500 entries, far more than
 * all the intents that can be in flight while a sender waits to try one again (each context sends
 * one at a time). A batch larger than a page lies across more pages: see dedupeWindow.
 */
export const DEDUPE_PAGES = 2;

export interface AuditStoreOptions {
  item?: AuditHistoryItem;
  now?: () => Date;
  newId?: () => string;
}

/** A page's valid entries as last read, and the count the index gave it then. */
type PageCache = Map<string, { count: number; entries: AuditEntry[] }>;

/** Stamps drafts with an id and one time each: the time is when the outcome was known, not when it is stored. */
export function stampDrafts(drafts: readonly AuditDraft[], now: () => Date = () => new Date(), newId: () => string = randomId): AuditEntry[] {
  const ids = drafts.map(() => newId());
  const time = now().toISOString();
  return drafts.map((draft, index) => AuditEntrySchema.parse({ ...draft, id: draft.id ?? ids[index], time }));
}

/**
 * The newest pages an append of `count` entries checks for their ids: DEDUPE_PAGES pages, and
 * older ones while these hold fewer than the batch and a page more. A batch tried again (a tab's
 * joined appends, or a bulk run's 5 s of rows, can be hundreds of entries) lies across as many
 * pages as its size needs, and 2 pages would miss its first entries: they would be added twice.
 */
function dedupeWindow(pages: readonly AuditPageRef[], count: number): AuditPageRef[] {
  let from = Math.max(0, pages.length - DEDUPE_PAGES);
  let held = pages.slice(from).reduce((sum, page) => sum + page.count, 0);
  while (from > 0 && held < count + AUDIT_PAGE_ENTRIES) {
    from -= 1;
    held += pages[from].count;
  }
  return pages.slice(from);
}

/** The string ids of stored entries, as they are (unparsed). */
function storedIds(pages: readonly unknown[][]): Set<string> {
  const ids = new Set<string>();
  for (const entry of pages.flat()) {
    const id: unknown = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
    if (typeof id === 'string') ids.add(id);
  }
  return ids;
}

/** Whether a stored entry was recorded before `cutoff`; one whose time cannot be read is kept (readers drop it). */
function recordedBefore(entry: unknown, cutoff: number): boolean {
  const time: unknown = typeof entry === 'object' && entry !== null ? (entry as { time?: unknown }).time : undefined;
  return typeof time === 'string' && Date.parse(time) < cutoff;
}

/** Writes are serialised within this store; only the stores' owner writes (see the top of this file). */
export function createAuditStore(options: AuditStoreOptions = {}): AuditOwnerStore {
  const item = options.item ?? defineAuditHistoryItem();
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomId;
  const serially = createSerialQueue();

  /** Stored pages as they are (see storedHistoryPage). */
  async function readPages(ids: readonly string[]): Promise<unknown[][]> {
    if (ids.length === 0) return [];
    const stored = await storage.getItems(ids.map(auditPageKey));
    return stored.map(({ value }) => storedHistoryPage(value));
  }

  /** The entries of `pages`, oldest first, reading only the pages `cache` does not hold at their count. */
  async function entriesOf(pages: readonly AuditPageRef[], cache: PageCache): Promise<AuditEntry[]> {
    const stale = pages.filter((page) => cache.get(page.id)?.count !== page.count);
    const read = await readPages(stale.map((page) => page.id));
    stale.forEach((page, i) => cache.set(page.id, { count: page.count, entries: parseStoredHistory(read[i] ?? []) }));
    const named = new Set(pages.map((page) => page.id));
    for (const id of cache.keys()) if (!named.has(id)) cache.delete(id);
    return pages.flatMap((page) => cache.get(page.id)?.entries ?? []);
  }

  /**
   * The index and the changed pages go in one storage.setItems, which @wxt-dev/storage sends as
   * one chrome.storage.local.set: no reader sees an index naming a page not yet written. Pages no
   * longer named are removed after it, for the same reason.
   */
  async function write(stored: unknown, change: PagedWrite): Promise<void> {
    await storage.setItems([
      { key: item.key, value: change.index },
      ...change.pages.map(({ id, entries }) => ({ key: auditPageKey(id), value: entries })),
      ...(stored == null ? [AUDIT_HISTORY_VERSION_MARK] : []),
    ]);
    if (change.removed.length > 0) await storage.removeItems(change.removed.map(auditPageKey));
  }

  function append(entries: readonly AuditEntry[]): Promise<number> {
    if (entries.length === 0) return Promise.resolve(0);
    return serially(async () => {
      const stored = await item.getValue();
      const index = parseAuditIndex(stored);
      // Read once for both: the last page is among those checked and the one an append fills.
      const read = new Map<string, unknown[]>();
      const readOnce = async (ids: readonly string[]) => {
        const missing = ids.filter((id) => !read.has(id));
        (await readPages(missing)).forEach((page, i) => read.set(missing[i], page));
        return ids.map((id) => read.get(id) ?? []);
      };
      const known = storedIds(await readOnce(dedupeWindow(index.pages, entries.length).map((page) => page.id)));
      // Also once within the batch: an intent tried again may be in the same batch as its first try.
      const added: AuditEntry[] = [];
      for (const entry of entries) {
        if (known.has(entry.id)) continue;
        known.add(entry.id);
        added.push(entry);
      }
      if (added.length > 0) await write(stored, await appendToPages(index, added, readOnce));
      return added.length;
    });
  }

  async function recordMany(drafts: readonly AuditDraft[]): Promise<void> {
    // Stamped now, not when the queue gets to it.
    if (drafts.length > 0) await append(stampDrafts(drafts, now, newId));
  }

  const newestFirst = (entries: AuditEntry[]) => entries.reverse();

  return {
    record: (draft) => recordMany([draft]),
    recordMany,
    append,
    async namedPageKeys() {
      return new Set<string>(parseAuditIndex(await item.getValue()).pages.map((page) => auditPageKey(page.id)));
    },
    dropOldestPage() {
      return serially(async () => {
        const stored = await item.getValue();
        const index = parseAuditIndex(stored);
        const [oldest, ...rest] = index.pages;
        if (oldest === undefined || rest.length === 0) return null;
        const [page] = await readPages([oldest.id]);
        const times = parseStoredHistory(page ?? []).map((entry) => entry.time);
        await write(stored, { index: { pages: rest, nextPage: index.nextPage }, pages: [], removed: [oldest.id] });
        return { count: oldest.count, from: times[0] ?? null, to: times.at(-1) ?? null };
      });
    },
    dropOlderThan(cutoff) {
      const before = Date.parse(cutoff);
      return serially(async () => {
        const stored = await item.getValue();
        const index = parseAuditIndex(stored);
        const pages = [...index.pages];
        let nextPage = index.nextPage;
        const change: PagedWrite = { index, pages: [], removed: [] };
        let dropped = 0;
        // Oldest page first, until one holds nothing too old: entries are appended in time order.
        for (let oldest = pages[0]; oldest !== undefined; oldest = pages[0]) {
          const [entries = []] = await readPages([oldest.id]);
          const kept = entries.filter((entry) => !recordedBefore(entry, before));
          if (kept.length === entries.length) break;
          dropped += entries.length - kept.length;
          pages.shift();
          change.removed.push(oldest.id);
          if (kept.length > 0) {
            // Kept under a new id: watchers cache a page by id and count, and a later append could
            // refill this one to a count they saw before with other entries.
            const id = `p${nextPage++}`;
            pages.unshift({ id, count: kept.length });
            change.pages.push({ id, entries: kept });
            break;
          }
        }
        if (dropped > 0) await write(stored, { ...change, index: { pages, nextPage } });
        return dropped;
      });
    },
    async list() {
      const index = parseAuditIndex(await item.getValue());
      return newestFirst(await entriesOf(index.pages, new Map()));
    },
    clear() {
      return serially(async () => {
        const stored = await item.getValue();
        const index = parseAuditIndex(stored);
        const removed = index.pages.map((page) => page.id);
        await write(stored, { index: { pages: [], nextPage: index.nextPage }, pages: [], removed });
      });
    },
    watch(onChange) {
      // Every append and clear rewrites the index. Changes are read one after another, so
      // callbacks come in order; one overtaken by a newer change while waiting is not read.
      const cache: PageCache = new Map();
      const inOrder = createSerialQueue();
      let latest: unknown = null;
      let stopped = false;
      const unwatch = item.watch((stored) => {
        latest = stored;
        inOrder(async () => {
          if (stopped || stored !== latest) return;
          const entries = await entriesOf(parseAuditIndex(stored).pages, cache);
          if (!stopped && stored === latest) onChange(newestFirst(entries));
        }).catch(() => console.warn(HISTORY_WARNINGS.unreadable));
      });
      return () => {
        stopped = true;
        unwatch();
      };
    },
  };
}

