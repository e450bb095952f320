import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AUDIT_HISTORY_KEY, AUDIT_HISTORY_VERSION, defineAuditHistoryItem } from './audit-migrations';
import { parseStoredHistory } from './audit-schema';
import { createAuditStore } from './audit-store';
import { auditDraftFor, auditEntryFor } from './test-entries';

/** `local:auditHistory` → the key in browser.storage.local; @wxt-dev/storage keeps the version in `<key>$`. */
const KEY = AUDIT_HISTORY_KEY.slice('local:'.length);
const META_KEY = `${KEY}$`;

/** Exactly what version 1 of the extension writes: the list, oldest first, and its version. */
const V1_DATA = [
  auditEntryFor({ id: 'v1-a', time: '2025-01-02T08:00:00.000Z' }),
  auditEntryFor({
    id: 'v1-b',
    time: '2025-01-02T09:30:00.000Z',
    action: 'setMfaOptOut',
    optOut: true,
    reason: 'Travelling without phone',
    environment: 'sandbox',
    outcome: { ok: false, kind: 'forbidden', status: 403, detail: 'access.denied' },
  }),
];

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the stored audit history across versions', () => {
  it('marks the list with the current version when it is first written', async () => {
    await createAuditStore().record(auditDraftFor());
    const stored = await fakeBrowser.storage.local.get([KEY, META_KEY]);
    expect(stored[META_KEY]).toEqual({ v: AUDIT_HISTORY_VERSION });
    expect(parseStoredHistory(stored[KEY])).toHaveLength(1);
  });

  it('loads data written by version 1, entry for entry', async () => {
    await fakeBrowser.storage.local.set({ [KEY]: V1_DATA, [META_KEY]: { v: 1 } });
    await expect(createAuditStore().list()).resolves.toEqual([...V1_DATA].reverse());
  });

  it('loads version 1 data stored without a version mark (read as version 1)', async () => {
    await fakeBrowser.storage.local.set({ [KEY]: V1_DATA });
    await expect(createAuditStore().list()).resolves.toHaveLength(2);
  });

  it('runs a later version’s migration over stored version 1 data before the first read', async () => {
    await fakeBrowser.storage.local.set({ [KEY]: V1_DATA, [META_KEY]: { v: 1 } });
    // The shape of a future change: v2 keeps each entry and adds a field.
    const toV2 = vi.fn((stored: unknown) =>
      (stored as Record<string, unknown>[]).map((entry) => ({ ...entry, ticket: null })),
    );
    const item = defineAuditHistoryItem({ version: 2, migrations: { 2: toV2 } });
    const migrated = await item.getValue();
    expect(toV2).toHaveBeenCalledTimes(1);
    expect(migrated).toEqual(V1_DATA.map((entry) => ({ ...entry, ticket: null })));
    await expect(fakeBrowser.storage.local.get(META_KEY)).resolves.toEqual({ [META_KEY]: { v: 2 } });
  });

  it('still opens history written by a newer version, reading the entries it understands', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const newer = [...V1_DATA, { id: 'v3', shape: 'unknown to this version' }];
    await fakeBrowser.storage.local.set({ [KEY]: newer, [META_KEY]: { v: 3 } });
    const entries = await createAuditStore().list();
    expect(entries.map((entry) => entry.id)).toEqual(['v1-b', 'v1-a']);
    // @wxt-dev/storage reports the downgrade; the page keeps working.
    expect(error).toHaveBeenCalled();
  });
});
