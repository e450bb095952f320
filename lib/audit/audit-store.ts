/**
 * The audit history in extension storage: the tab service appends to it (AuditRecorder), the
 * options page reads, watches and clears it (AuditHistory). It is stored as an index of pages
 * (audit-pages.ts), so an append costs the same at 10 entries and at 10,000.
 *
 * Appends read the index and the last page and write them back, so they are serialised: two
 * actions finishing at once in the same tab (popup and panel) would otherwise each write a page
 * without the other's entry. The queue is per context; see the note on createAuditStore.
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
import { createSerialQueue } from '../serial-queue';
import { AUDIT_HISTORY_VERSION_MARK, defineAuditHistoryItem, type AuditHistoryItem } from './audit-migrations';
import { appendToPages, auditPageKey, parseAuditIndex, type AuditPageRef, type PagedWrite } from './audit-pages';

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

export interface AuditStoreOptions {
  item?: AuditHistoryItem;
  now?: () => Date;
  newId?: () => string;
}

/** A page's valid entries as last read, and the count the index gave it then. */
type PageCache = Map<string, { count: number; entries: AuditEntry[] }>;

/**
 * Serialisation covers one extension context (one Resolver tab's content script, or the options
 * page): extension storage has no compare-and-set, so two tabs appending in the same instant could
 * still race. Each tab acts for one admin at their keyboard, which makes that practically rare.
 */
export function createAuditStore(options: AuditStoreOptions = {}): AuditRecorder & AuditHistory {
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

  async function recordMany(drafts: readonly AuditDraft[]): Promise<void> {
    if (drafts.length === 0) return;
    // Stamped now, not when the queue gets to it: the time is when the outcome was known.
    const ids = drafts.map(() => newId());
    const time = now().toISOString();
    const added = drafts.map((draft, index) => AuditEntrySchema.parse({ ...draft, id: ids[index], time }));
    return serially(async () => {
      const stored = await item.getValue();
      await write(stored, await appendToPages(parseAuditIndex(stored), added, readPages));
    });
  }

  const newestFirst = (entries: AuditEntry[]) => entries.reverse();

  return {
    record: (draft) => recordMany([draft]),
    recordMany,
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

/**
 * 128 random bits as hex. Not crypto.randomUUID(): the content script shares the page's context,
 * and randomUUID exists only in secure (https) contexts, while getRandomValues exists everywhere.
 */
export function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
