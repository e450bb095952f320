import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AUDIT_HISTORY_VERSION, AUDIT_MIGRATIONS, defineAuditHistoryItem } from './audit-migrations';
import { createAuditStore } from './audit-store';
import { auditDraftFor, auditEntryFor } from './test-entries';
import { INDEX_KEY as KEY, pageKey, storedEntries, storedPageKeys } from './test-stored-history';

/** @wxt-dev/storage keeps an item's version in `<key>$`. */
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
  it('marks the index with the current version when it is first written', async () => {
    await createAuditStore().record(auditDraftFor());
    const stored = await fakeBrowser.storage.local.get(META_KEY);
    expect(stored[META_KEY]).toEqual({ v: AUDIT_HISTORY_VERSION });
    await expect(storedEntries()).resolves.toHaveLength(1);
  });

  it('loads data written by version 1, entry for entry', async () => {
    await fakeBrowser.storage.local.set({ [KEY]: V1_DATA, [META_KEY]: { v: 1 } });
    await expect(createAuditStore().list()).resolves.toEqual([...V1_DATA].reverse());
  });

  it('loads version 1 data stored without a version mark (read as version 1)', async () => {
    await fakeBrowser.storage.local.set({ [KEY]: V1_DATA });
    await expect(createAuditStore().list()).resolves.toHaveLength(2);
  });

  it('moves a 600-entry version 1 list into pages, oldest first, and appends after it', async () => {
    const v1 = Array.from({ length: 600 }, (_, i) => auditEntryFor({ id: `v1-entry-${i}` }));
    await fakeBrowser.storage.local.set({ [KEY]: v1, [META_KEY]: { v: 1 } });
    const store = createAuditStore({ newId: () => 'after-migration' });
    await expect(store.list()).resolves.toEqual([...v1].reverse());
    const stored = await fakeBrowser.storage.local.get([KEY, META_KEY]);
    expect(stored[META_KEY]).toEqual({ v: 2 });
    expect(stored[KEY]).toEqual({
      pages: [
        { id: 'v1-0', count: 250 },
        { id: 'v1-1', count: 250 },
        { id: 'v1-2', count: 100 },
      ],
      nextPage: 0,
    });
    await store.record(auditDraftFor());
    await expect(storedEntries()).resolves.toEqual([...v1, expect.objectContaining({ id: 'after-migration' })]);
    await expect(storedPageKeys()).resolves.toEqual(['v1-0', 'v1-1', 'v1-2'].map(pageKey));
  });

  it('gives the same result when several contexts migrate at once', async () => {
    const v1 = Array.from({ length: 300 }, (_, i) => auditEntryFor({ id: `v1-entry-${i}` }));
    await fakeBrowser.storage.local.set({ [KEY]: v1 });
    const lists = await Promise.all([createAuditStore().list(), createAuditStore().list()]);
    for (const list of lists) expect(list).toEqual([...v1].reverse());
    await expect(storedEntries()).resolves.toEqual(v1);
    await expect(storedPageKeys()).resolves.toEqual(['v1-0', 'v1-1'].map(pageKey));
  });

  it('runs a later version’s migration after version 2’s over stored version 1 data, before the first read', async () => {
    await fakeBrowser.storage.local.set({ [KEY]: V1_DATA, [META_KEY]: { v: 1 } });
    // The shape of a future change: v3 adds a field to the index.
    const toV3 = vi.fn((stored: unknown) => ({ ...(stored as Record<string, unknown>), note: 'v3' }));
    const item = defineAuditHistoryItem({ version: 3, migrations: { ...AUDIT_MIGRATIONS, 3: toV3 } });
    const migrated = await item.getValue();
    expect(toV3).toHaveBeenCalledTimes(1);
    expect(toV3).toHaveBeenCalledWith({ pages: [{ id: 'v1-0', count: 2 }], nextPage: 0 });
    expect(migrated).toEqual({ pages: [{ id: 'v1-0', count: 2 }], nextPage: 0, note: 'v3' });
    await expect(fakeBrowser.storage.local.get(META_KEY)).resolves.toEqual({ [META_KEY]: { v: 3 } });
    await expect(storedEntries()).resolves.toEqual(V1_DATA);
  });

  it('still opens history written by a newer version, reading the entries it understands', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const newer = [...V1_DATA, { id: 'v3', shape: 'unknown to this version' }];
    await fakeBrowser.storage.local.set({
      [KEY]: { pages: [{ id: 'v3-a', count: 3 }], nextPage: 4, note: 'unknown to this version' },
      [pageKey('v3-a')]: newer,
      [META_KEY]: { v: 3 },
    });
    const entries = await createAuditStore().list();
    expect(entries.map((entry) => entry.id)).toEqual(['v1-b', 'v1-a']);
    // @wxt-dev/storage reports the downgrade; the page keeps working.
    expect(error).toHaveBeenCalled();
  });
});
