import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AUDIT_HISTORY_LIMIT } from './audit-schema';
import { createAuditStore } from './audit-store';
import { auditDraftFor, auditEntryFor } from './test-entries';

const STORAGE_KEY = 'auditHistory';

function storeWithClock() {
  let tick = 0;
  return createAuditStore({
    now: () => new Date(Date.UTC(2025, 2, 4, 10, 0, tick)),
    newId: () => `id-${++tick}`,
  });
}

async function stored(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the audit store', () => {
  it('stamps each recorded draft with an id and time, and lists the newest first', async () => {
    const store = storeWithClock();
    await store.record(auditDraftFor({ action: 'resetUserMfa' }));
    await store.record(auditDraftFor({ action: 'enforceOrgMfa', target: null }));
    const entries = await store.list();
    expect(entries.map((entry) => [entry.id, entry.time, entry.action])).toEqual([
      ['id-2', '2025-03-04T10:00:02.000Z', 'enforceOrgMfa'],
      ['id-1', '2025-03-04T10:00:01.000Z', 'resetUserMfa'],
    ]);
    // Stored oldest first, as plain data another context can read.
    await expect(stored()).resolves.toMatchObject([{ id: 'id-1' }, { id: 'id-2' }]);
  });

  it('is empty before anything is recorded', async () => {
    await expect(createAuditStore().list()).resolves.toEqual([]);
  });

  it(`keeps the last ${AUDIT_HISTORY_LIMIT} entries, dropping the oldest`, async () => {
    const full = Array.from({ length: AUDIT_HISTORY_LIMIT }, (_, i) => auditEntryFor({ id: `old-${i}` }));
    await fakeBrowser.storage.local.set({ [STORAGE_KEY]: full });
    const store = storeWithClock();
    await store.record(auditDraftFor());
    const entries = await store.list();
    expect(entries).toHaveLength(AUDIT_HISTORY_LIMIT);
    expect(entries[0]?.id).toBe('id-1');
    expect(entries.at(-1)?.id).toBe('old-1');
    expect(entries.some((entry) => entry.id === 'old-0')).toBe(false);
  });

  it('loses no entry when many actions finish at once', async () => {
    const store = storeWithClock();
    await Promise.all(Array.from({ length: 25 }, (_, i) => store.record(auditDraftFor({ target: { userId: i + 1 } }))));
    const entries = await store.list();
    expect(entries).toHaveLength(25);
    expect(new Set(entries.map((entry) => entry.target?.userId)).size).toBe(25);
  });

  it('records many drafts in one write, in their order, each with its own id', async () => {
    const store = storeWithClock();
    await store.record(auditDraftFor({ target: { userId: 1 } }));
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    await store.recordMany([2, 3, 4].map((userId) => auditDraftFor({ target: { userId } })));
    expect(writes).toHaveBeenCalledTimes(1);
    const entries = await store.list();
    expect(entries.map((entry) => entry.target?.userId)).toEqual([4, 3, 2, 1]);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(4);
  });

  it('records nothing, and writes nothing, for an empty batch', async () => {
    const store = storeWithClock();
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    await store.recordMany([]);
    expect(writes).not.toHaveBeenCalled();
    await expect(store.list()).resolves.toEqual([]);
  });

  it('clears in order with appends: what was recorded after the clear stays', async () => {
    const store = storeWithClock();
    const first = store.record(auditDraftFor());
    const cleared = store.clear();
    const after = store.record(auditDraftFor({ action: 'setMfaOptOut', optOut: true }));
    await Promise.all([first, cleared, after]);
    await expect(store.list()).resolves.toMatchObject([{ id: 'id-2', action: 'setMfaOptOut' }]);
  });

  it('refuses a draft that breaks the schema and leaves the history as it was', async () => {
    const store = storeWithClock();
    await store.record(auditDraftFor());
    const broken = auditDraftFor({ outcome: { ok: true, status: 1.5 } });
    await expect(store.record(broken)).rejects.toThrow();
    await expect(store.list()).resolves.toHaveLength(1);
  });

  it('tells watchers about changes, newest first', async () => {
    const store = storeWithClock();
    const seen: string[][] = [];
    const stop = store.watch((entries) => seen.push(entries.map((entry) => entry.id)));
    await store.record(auditDraftFor());
    await store.record(auditDraftFor());
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['id-2', 'id-1']));
    stop();
  });
});

describe('unreadable stored history', () => {
  it('drops invalid entries with a warning that holds no entry data, and keeps the rest', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const leaky = { ...auditEntryFor({ id: 'bad' }), admin: { id: 'not-a-number', name: 'Eve', email: 'eve@leak.example' } };
    await fakeBrowser.storage.local.set({ [STORAGE_KEY]: [auditEntryFor({ id: 'good' }), leaky, 'junk', null] });
    const entries = await createAuditStore().list();
    expect(entries.map((entry) => entry.id)).toEqual(['good']);
    expect(warn).toHaveBeenCalledTimes(1);
    const logged = JSON.stringify(warn.mock.calls);
    expect(logged).toContain('3');
    for (const data of ['eve@leak.example', 'Eve', 'bad', 'junk']) expect(logged).not.toContain(data);
  });

  it('reads a stored value that is not a list as empty, and the next record starts a fresh list', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ [STORAGE_KEY]: { entries: 'eve@leak.example' } });
    const store = storeWithClock();
    await expect(store.list()).resolves.toEqual([]);
    await store.record(auditDraftFor());
    await expect(stored()).resolves.toMatchObject([{ id: 'id-1' }]);
    expect(JSON.stringify(warn.mock.calls)).not.toContain('eve@leak.example');
  });
});

describe('entry ids', () => {
  it('are distinct without an id source given, also where crypto.randomUUID is missing (http pages)', async () => {
    const randomUUID = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const store = createAuditStore();
      await store.record(auditDraftFor());
      await store.record(auditDraftFor());
      const ids = (await store.list()).map((entry) => entry.id);
      expect(new Set(ids).size).toBe(2);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: randomUUID, configurable: true });
    }
  });
});
