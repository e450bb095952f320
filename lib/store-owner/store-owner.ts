/**
 * The one writer of every store: the background (service worker in Chrome, event page in Firefox)
 * applies the intents every other context sends (store-intents.ts), one at a time, in one queue.
 * Extension storage has no compare-and-set: with one writer, no two read-modify-writes overlap,
 * so no append, save or migration is lost to another context's write.
 *
 * Readers read storage directly and follow storage change events; only this owner defines the
 * stores' items with their migrations, so a migration runs once, here, before any write.
 */
import { storage, type StorageItemKey } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { auditPageKey } from '../audit/audit-pages';
import { BULK_CHUNK_PREFIX } from '../bulk/run-chunks';
import type { AuditEntry } from '../audit/audit-schema';
import type { AuditOwnerStore } from '../audit/audit-store';
import type { BulkOwnerStore } from '../bulk/bulk-store';
import type { ReportStore } from '../exemption-report/report-store';
import type { ClockOffsetStore } from '../opt-out-reminders/clock-offsets';
import type { ReminderStore } from '../opt-out-reminders/reminder-store';
import type { RememberedDescriptionStore } from '../page/description/remembered-descriptions';
import { createSerialQueue } from '../serial-queue';
import type { SettingsStore } from '../settings/settings-store';
import { dropOneForRoom, isQuotaError } from './quota-rule';
import { noteStorageDrops, type StorageDrop } from './storage-drops';
import * as z from 'zod/mini';
import { mayAsk, StoreAnswerSchema, StoreIntentSchema, type IntentSender, type StoreAnswer, type StoreOperation } from './store-intents';

export interface OwnedStores {
  audit: AuditOwnerStore;
  bulk: BulkOwnerStore;
  reminders: ReminderStore;
  offsets: ClockOffsetStore;
  settings: SettingsStore;
  reports: ReportStore;
  descriptions: RememberedDescriptionStore;
}

export interface StoreOwner {
  /** Parses, checks and applies one intent; never throws. */
  apply(intent: unknown, sender: IntentSender): Promise<StoreAnswer>;
  /** Removes stored audit pages and bulk row chunks that nothing names any more; answers how many. */
  collectOrphans(): Promise<number>;
  /** Drops the history's entries older than the organisation's retention, if it sets one; answers how many. */
  applyRetention(): Promise<number>;
}

export interface StoreOwnerOptions {
  now?: () => Date;
  /** Where the answers given lately outlive a service-worker restart (default: storage.session). */
  answerLog?: AnswerLog;
  /** Every key in storage.local (Chrome 130+ lists them without reading the values). */
  listKeys?: () => Promise<string[]>;
  /** The organisation's audit retention in days (managed storage); null: the history keeps everything. */
  retentionDays?: () => Promise<number | null>;
}

/** An append waiting for the next turn of the queue. */
interface Batched {
  intentId: string;
  entries: AuditEntry[];
  answer: (answer: StoreAnswer) => void;
}

/** Answers of the intents applied lately, by id: a sender trying one again gets the same answer. */
const ANSWERS_KEPT = 1_000;

/**
 * The answers given lately, kept where a restarted service worker finds them: an intent whose answer
 * was lost when the worker stopped is then answered again, not applied again, however much other
 * tabs wrote since (the audit history's entry-id check covers only its newest pages).
 */
export interface AnswerLog {
  load(): Promise<unknown>;
  save(answers: [string, StoreAnswer][]): Promise<void>;
}

const AnswersSchema = z.array(z.tuple([z.string(), StoreAnswerSchema]));

/**
 * `storage.session`: in memory, for the browser's session, out of content scripts' reach by
 * default, and cleared when the browser closes, when no sender is left to try an intent again.
 */
function sessionAnswerLog(): AnswerLog {
  const item = storage.defineItem<unknown>('session:storeAnswers', { fallback: [] });
  return { load: () => item.getValue(), save: (answers) => item.setValue(answers) };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Most things dropped to make room for one write, before it is refused as `storage-full`. */
const DROPS_PER_WRITE_MAX = 50;

export function createStoreOwner(stores: OwnedStores, options: StoreOwnerOptions = {}): StoreOwner {
  const now = options.now ?? (() => new Date());
  const listKeys = options.listKeys ?? defaultListKeys;
  const retentionDays = options.retentionDays ?? (async () => null);
  /** The retention, applied by the owner alone like every other write to the history. */
  async function retain(): Promise<number> {
    const days = await retentionDays();
    if (days === null) return 0;
    return stores.audit.dropOlderThan(new Date(now().getTime() - days * DAY_MS).toISOString());
  }
  const inOrder = createSerialQueue();
  const answered = new Map<string, StoreAnswer>();
  const log = options.answerLog ?? sessionAnswerLog();
  // First in the queue: every intent is checked against the answers the last worker gave.
  void inOrder(async () => {
    try {
      const stored = AnswersSchema.safeParse(await log.load());
      if (stored.success) for (const [intentId, answer] of stored.data) answered.set(intentId, answer);
    } catch {
      // No session storage (an older browser): the entry-id check still holds for recent appends.
    }
  });
  // Saved off the queue (a sender waits for its answer, not for this note of it), one save at a
  // time, and one for all the answers given meanwhile: a batch of appends answers each of its
  // intents, which must not each write the whole log.
  let saving: Promise<void> = Promise.resolve();
  let saveWaiting = false;
  const saveAnswers = () => {
    if (saveWaiting) return;
    saveWaiting = true;
    saving = saving.then(() => {
      saveWaiting = false;
      return log.save([...answered]).catch(() => undefined);
    });
  };

  async function perform(operation: StoreOperation): Promise<boolean | null> {
    switch (operation.op) {
      case 'audit.append':
        await stores.audit.append(operation.entries);
        // Also drops what the append just added if it was stamped before the retention's start.
        await retain();
        return null;
      case 'audit.clear':
        await stores.audit.clear();
        return null;
      case 'bulk.save':
        return stores.bulk.save(operation.run, operation.owner);
      case 'bulk.remove':
        await stores.bulk.remove(operation.origin);
        return null;
      case 'reminders.apply':
        await stores.reminders.apply(operation.changes);
        return null;
      case 'reminders.dismiss':
        await stores.reminders.dismiss(operation.id);
        return null;
      case 'clockOffsets.learn':
        await stores.offsets.learn(operation.origin, operation.offsetMs);
        return null;
      case 'settings.save':
        await stores.settings.save(operation.changes);
        return null;
      case 'reports.save':
        return stores.reports.save(operation.scan, operation.owner);
      case 'reports.remove':
        await stores.reports.remove(operation.origin);
        return null;
      case 'descriptions.remember':
        await stores.descriptions.remember(operation.origin, operation.operations);
        return null;
      case 'descriptions.forget':
        await stores.descriptions.forget(operation.origin);
        return null;
    }
  }

  /** The environment a write is for, whose own report or run the quota rule must not drop. */
  function originWritten(operation: StoreOperation): string | null {
    if (operation.op === 'bulk.save') return operation.run.origin;
    if (operation.op === 'reports.save') return operation.scan.origin;
    return null;
  }

  /** Performs the operation, making room by the quota rule while storage is full. */
  async function performWithRoom(operation: StoreOperation): Promise<StoreAnswer> {
    const drops: StorageDrop[] = [];
    try {
      for (;;) {
        try {
          return { ok: true, value: await perform(operation) };
        } catch (error) {
          if (!isQuotaError(error)) throw error;
          const drop = drops.length < DROPS_PER_WRITE_MAX ? await dropOneForRoom(stores, originWritten(operation), now().toISOString()) : null;
          if (drop === null) return { ok: false, refused: 'storage-full' };
          drops.push(drop);
        }
      }
    } catch (error) {
      // Names the failure only, never the intent's data (it names people).
      console.warn('Resolver MFA helper: a store write failed.', error instanceof Error ? error.message : '');
      return { ok: false, refused: 'storage-error' };
    } finally {
      if (drops.length > 0) await noteStorageDrops(drops).catch(() => console.warn('Resolver MFA helper: what was dropped to make room could not be noted.'));
    }
  }

  /** Only what was applied is kept: a refusal (storage full, say) is decided again when tried again. */
  function remember(intentId: string, answer: StoreAnswer): StoreAnswer {
    if (!answer.ok) return answer;
    answered.set(intentId, answer);
    if (answered.size > ANSWERS_KEPT) answered.delete(answered.keys().next().value as string);
    saveAnswers();
    return answer;
  }

  /**
   * Appends that arrive while the queue is busy wait in one batch and are written together, once
   * (group commit): several tabs recording at once cost one history write per turn of the queue,
   * not one each. They are answered alike.
   */
  let batch: Batched[] | null = null;
  function appendInBatch(intentId: string, entries: AuditEntry[]): Promise<StoreAnswer> {
    return new Promise((answer) => {
      if (batch === null) {
        const mine: Batched[] = [];
        batch = mine;
        void inOrder(async () => {
          batch = null;
          const fresh = mine.filter((item) => !answered.has(item.intentId));
          const result = fresh.length === 0 ? null : await performWithRoom({ op: 'audit.append', entries: fresh.flatMap((item) => item.entries) });
          for (const item of mine) item.answer(answered.get(item.intentId) ?? remember(item.intentId, result ?? { ok: true, value: null }));
        });
      }
      batch.push({ intentId, entries, answer });
    });
  }

  return {
    apply(raw, sender) {
      const intent = StoreIntentSchema.safeParse(raw);
      if (!intent.success) return Promise.resolve({ ok: false, refused: 'invalid' });
      const { intentId, operation } = intent.data;
      if (!mayAsk(sender, operation)) return Promise.resolve({ ok: false, refused: 'not-allowed' });
      if (operation.op === 'audit.append') return appendInBatch(intentId, operation.entries);
      // Appends arriving after this intent go after it (a clear must not erase them): a new batch.
      batch = null;
      return inOrder(async () => answered.get(intentId) ?? remember(intentId, await performWithRoom(operation)));
    },
    applyRetention() {
      return inOrder(retain);
    },
    collectOrphans() {
      return inOrder(async () => {
        // Read through the stores first: their items' migrations (which write pages and chunks) have run then.
        const [pages, chunks] = await Promise.all([stores.audit.namedPageKeys(), stores.bulk.namedChunkKeys()]);
        const orphans = (await listKeys())
          .map((key) => `local:${key}` as StorageItemKey)
          .filter(
            (key) =>
              (key.startsWith(AUDIT_PAGE_PREFIX) && !pages.has(key)) || (key.startsWith(BULK_CHUNK_PREFIX) && !chunks.has(key)),
          );
        if (orphans.length > 0) await storage.removeItems(orphans);
        return orphans.length;
      });
    },
  };
}

const AUDIT_PAGE_PREFIX = auditPageKey('');

interface LocalArea {
  getKeys?: () => Promise<string[]>;
  get: (keys: null) => Promise<Record<string, unknown>>;
}

async function defaultListKeys(): Promise<string[]> {
  const area = browser.storage.local as unknown as LocalArea;
  // getKeys: Chrome 130, Firefox 143; older browsers read every value to list the keys.
  return area.getKeys ? area.getKeys() : Object.keys(await area.get(null));
}
