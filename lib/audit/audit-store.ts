/**
 * The audit history in extension storage: the tab service appends to it (AuditRecorder), the
 * options page reads, watches and clears it (AuditHistory).
 *
 * Appends read the whole list and write it back, so they are serialised: two actions finishing at
 * once in the same tab (popup and panel) would otherwise each write a list without the other's
 * entry. The queue is per context; see the note on createAuditStore.
 */
import { AUDIT_HISTORY_LIMIT, AuditEntrySchema, parseStoredHistory, type AuditDraft, type AuditEntry } from './audit-schema';
import { createSerialQueue } from '../serial-queue';
import { defineAuditHistoryItem, type AuditHistoryItem } from './audit-migrations';

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
  /** Calls `onChange` with the whole list (newest first) whenever it changes (in any context). */
  watch(onChange: (entries: AuditEntry[]) => void): () => void;
}

export interface AuditStoreOptions {
  item?: AuditHistoryItem;
  now?: () => Date;
  newId?: () => string;
}

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

  const newestFirst = (stored: unknown) => parseStoredHistory(stored).reverse();

  async function recordMany(drafts: readonly AuditDraft[]): Promise<void> {
    if (drafts.length === 0) return;
    // Stamped now, not when the queue gets to it: the time is when the outcome was known.
    const ids = drafts.map(() => newId());
    const time = now().toISOString();
    const added = drafts.map((draft, index) => AuditEntrySchema.parse({ ...draft, id: ids[index], time }));
    return serially(async () => {
      const entries = parseStoredHistory(await item.getValue());
      entries.push(...added);
      await item.setValue(entries.slice(-AUDIT_HISTORY_LIMIT));
    });
  }

  return {
    record: (draft) => recordMany([draft]),
    recordMany,
    async list() {
      return newestFirst(await item.getValue());
    },
    clear() {
      return serially(() => item.setValue([]));
    },
    watch(onChange) {
      return item.watch((stored) => onChange(newestFirst(stored)));
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
