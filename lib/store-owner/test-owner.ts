/**
 * Test fixtures for the stores' owner: senders, intents, one operation of every kind, an owner over
 * the fake browser's storage, and a storage quota for that storage.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { auditEntryFor } from '../audit/test-entries';
import { bulkRunFor } from '../bulk/test-runs';
import { scanFor } from '../exemption-report/test-scans';
import { reminderFor } from '../opt-out-reminders/test-reminders';
import { rememberedOperation } from '../page/description/test-remembered';
import { createOwnedStores } from './owned-by-background';
import { parseStorageDrops, STORAGE_DROPS_KEY, type StorageDrop } from './storage-drops';
import type { IntentSender, StoreIntent, StoreOperation, StoreOperationName } from './store-intents';
import { createStoreOwner, type StoreOwnerOptions } from './store-owner';

export const EXTENSION_PAGE: IntentSender = { kind: 'extension-page' };

export function contentScript(origin: string): IntentSender {
  return { kind: 'content-script', origin };
}

let intents = 0;

/** A new intent id, 32 hex digits like randomId's. */
export function newIntentId(): string {
  intents += 1;
  return intents.toString(16).padStart(32, '0');
}

export function intentOf(operation: StoreOperation, intentId: string = newIntentId()): StoreIntent {
  return { intentId, operation };
}

/** The operation named `K`. */
export type OperationNamed<K extends StoreOperationName> = Extract<StoreOperation, { op: K }>;

/** One valid operation of every kind, each writing for `origin` where it names one; a new kind must be added here. */
export function operationsFor(origin: string): { [K in StoreOperationName]: OperationNamed<K> } {
  const reminder = reminderFor({ origin });
  return {
    'audit.append': { op: 'audit.append', entries: [auditEntryFor({ id: 'entry-1', origin })] },
    'audit.clear': { op: 'audit.clear' },
    'bulk.save': { op: 'bulk.save', run: bulkRunFor({ origin }) },
    'bulk.remove': { op: 'bulk.remove', origin },
    'reminders.apply': { op: 'reminders.apply', changes: [{ upsert: reminder }] },
    'reminders.dismiss': { op: 'reminders.dismiss', id: reminder.id },
    'clockOffsets.learn': { op: 'clockOffsets.learn', origin, offsetMs: 42_000 },
    'settings.save': { op: 'settings.save', changes: { lastTab: 'bulk' } },
    'reports.save': { op: 'reports.save', scan: scanFor({ origin }) },
    'reports.remove': { op: 'reports.remove', origin },
    'descriptions.remember': { op: 'descriptions.remember', origin, operations: { resetUserMfa: rememberedOperation() } },
    'descriptions.forget': { op: 'descriptions.forget', origin },
  };
}

/** The background's stores and their owner, as the service worker makes them at each start, over the fake storage. */
export function startOwner(options: StoreOwnerOptions = {}) {
  const stores = createOwnedStores();
  return { stores, owner: createStoreOwner(stores, options) };
}

/** Everything in storage.local, as the browser holds it. */
export function storedLocal(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.local.get(null);
}

/** What the owner noted it dropped to make room, as stored. */
export async function storedDrops(): Promise<StorageDrop[]> {
  const key = STORAGE_DROPS_KEY.slice('local:'.length);
  return parseStorageDrops((await fakeBrowser.storage.local.get(key))[key]);
}

/** Bytes in use as Chrome counts them: each key and its value as JSON. */
export function bytesOf(data: Record<string, unknown>): number {
  return Object.entries(data).reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
}

export interface FakeQuota {
  /** Most bytes storage.local may hold; a set that would leave more throws Chrome's quota error. */
  limit: number;
  used(): Promise<number>;
  /** Sets the limit to what is used now: any write that grows storage fails. */
  fill(): Promise<void>;
}

/**
 * A storage quota for the fake browser, which has none: storage.local.set throws Chrome's error
 * when what it would leave stored exceeds `limit` bytes, and then writes nothing (as Chrome).
 * Removals always succeed. Undone by vi.restoreAllMocks().
 */
export function fakeQuota(limit = Number.POSITIVE_INFINITY): FakeQuota {
  const area = fakeBrowser.storage.local;
  const set = area.set.bind(area);
  const used = async () => bytesOf(await area.get(null));
  const quota: FakeQuota = {
    limit,
    used,
    async fill() {
      quota.limit = await used();
    },
  };
  vi.spyOn(area, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    if (quota.limit !== Number.POSITIVE_INFINITY) {
      const after: Record<string, unknown> = { ...(await area.get(null)) };
      // As the fake browser applies it: a null value removes the key.
      for (const [key, value] of Object.entries(JSON.parse(JSON.stringify(items)) as Record<string, unknown>)) {
        if (value == null) delete after[key];
        else after[key] = value;
      }
      if (bytesOf(after) > quota.limit) throw new Error('QUOTA_BYTES quota exceeded');
    }
    return set(items);
  });
  return quota;
}
