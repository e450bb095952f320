import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AUDIT_PAGE_ENTRIES } from './audit-pages';
import { AUDIT_HISTORY_LIMIT } from './audit-schema';
import { createAuditStore } from './audit-store';
import { auditDraftFor, auditEntryFor } from './test-entries';
import { INDEX_KEY, pageKey, storedEntries, storedIndex, storedPageKeys, storeHistory } from './test-stored-history';

function storeWithClock() {
  let tick = 0;
  return createAuditStore({
    now: () => new Date(Date.UTC(2025, 2, 4, 10, 0, tick)),
    newId: () => `id-${++tick}`,
  });
}

/** `count` stored entries `old-0`... oldest first, in full pages. */
function oldEntries(count: number) {
  return Array.from({ length: count }, (_, i) => auditEntryFor({ id: `old-${i}` }));
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
    await expect(storedEntries()).resolves.toMatchObject([{ id: 'id-1' }, { id: 'id-2' }]);
  });

  it('is empty before anything is recorded', async () => {
    await expect(createAuditStore().list()).resolves.toEqual([]);
  });

  it(`keeps the last ${AUDIT_HISTORY_LIMIT} entries, dropping the oldest`, async () => {
    await storeHistory(oldEntries(AUDIT_HISTORY_LIMIT));
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

describe('a long history, kept in pages', () => {
  /** What one record writes: the storage keys, and their size as JSON. */
  async function oneRecordWrites(store = storeWithClock()) {
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    await store.record(auditDraftFor());
    expect(writes).toHaveBeenCalledTimes(1);
    const written = writes.mock.calls[0]?.[0] ?? {};
    writes.mockRestore();
    return { keys: Object.keys(written).sort(), bytes: JSON.stringify(written).length };
  }

  it.each([10, AUDIT_HISTORY_LIMIT])('an append to %i entries writes only the index and one or two pages', async (size) => {
    await storeHistory(oldEntries(size));
    const { keys, bytes } = await oneRecordWrites();
    expect(keys).toContain(INDEX_KEY);
    expect(keys.length).toBeLessThanOrEqual(3);
    for (const key of keys.filter((key) => key !== INDEX_KEY)) expect(key.startsWith(pageKey(''))).toBe(true);
    // Two full pages at most, whatever the history holds (10,000 entries are ~40 times that).
    const entryBytes = JSON.stringify(auditEntryFor()).length;
    expect(bytes).toBeLessThan(2 * AUDIT_PAGE_ENTRIES * entryBytes + 5_000);
  });

  it('writes a full history\'s appends to the newest page and trims the oldest, dropping it once empty', async () => {
    await storeHistory(oldEntries(AUDIT_HISTORY_LIMIT));
    const store = storeWithClock();
    const first = await oneRecordWrites(store);
    expect(first.keys).toEqual([INDEX_KEY, pageKey('p0'), pageKey('seed-0')].sort());
    await store.recordMany(Array.from({ length: AUDIT_PAGE_ENTRIES - 1 }, () => auditDraftFor()));
    expect(await storedPageKeys()).not.toContain(pageKey('seed-0'));
    const entries = await store.list();
    expect(entries).toHaveLength(AUDIT_HISTORY_LIMIT);
    expect(entries.at(-1)?.id).toBe(`old-${AUDIT_PAGE_ENTRIES}`);
  });

  it(`keeps exactly the newest ${AUDIT_HISTORY_LIMIT} across page boundaries`, async () => {
    await storeHistory(oldEntries(AUDIT_HISTORY_LIMIT - 100));
    const store = storeWithClock();
    // 100 fill the history, 300 more push out the whole oldest page and 50 of the next one.
    await store.recordMany(Array.from({ length: 400 }, (_, i) => auditDraftFor({ target: { userId: i + 1 } })));
    const entries = await store.list();
    expect(entries).toHaveLength(AUDIT_HISTORY_LIMIT);
    expect(entries[0]?.target?.userId).toBe(400);
    expect(entries.at(-1)?.id).toBe('old-300');
    expect(entries.filter((entry) => entry.id.startsWith('old-'))).toHaveLength(AUDIT_HISTORY_LIMIT - 400);
    expect(await storedPageKeys()).not.toContain(pageKey('seed-0'));
    // Stored as the store lists them: the index names every page it reads.
    await expect(storedEntries()).resolves.toEqual([...entries].reverse());
  });

  it('keeps the newest of one batch larger than the limit', async () => {
    await storeHistory(oldEntries(10));
    const store = storeWithClock();
    await store.recordMany(Array.from({ length: AUDIT_HISTORY_LIMIT + 5 }, (_, i) => auditDraftFor({ target: { userId: i + 1 } })));
    const entries = await store.list();
    expect(entries).toHaveLength(AUDIT_HISTORY_LIMIT);
    expect(entries.at(-1)?.target?.userId).toBe(6);
    expect(await storedPageKeys()).toHaveLength(AUDIT_HISTORY_LIMIT / AUDIT_PAGE_ENTRIES);
  });

  it('clear removes every page and leaves an empty index', async () => {
    await storeHistory(oldEntries(600));
    const store = storeWithClock();
    await store.clear();
    await expect(storedPageKeys()).resolves.toEqual([]);
    await expect(storedIndex()).resolves.toMatchObject({ pages: [] });
    await expect(store.list()).resolves.toEqual([]);
    await store.record(auditDraftFor());
    await expect(store.list()).resolves.toMatchObject([{ id: 'id-1' }]);
  });

  it('tells watchers about every change in order, each time the whole history newest first', async () => {
    await storeHistory(oldEntries(600));
    const store = storeWithClock();
    const seen: string[][] = [];
    const stop = store.watch((entries) => seen.push(entries.map((entry) => entry.id)));
    await Promise.all(Array.from({ length: 5 }, () => store.record(auditDraftFor())));
    await vi.waitFor(() => expect(seen.at(-1)?.slice(0, 5)).toEqual(['id-5', 'id-4', 'id-3', 'id-2', 'id-1']));
    const olds = oldEntries(600).map((entry) => entry.id).reverse();
    const newCounts = seen.map((ids) => {
      const recorded = ids.length - 600;
      expect(ids).toEqual([...Array.from({ length: recorded }, (_, i) => `id-${recorded - i}`), ...olds]);
      return recorded;
    });
    expect(newCounts).toEqual([...newCounts].sort((a, b) => a - b));
    await store.clear();
    await vi.waitFor(() => expect(seen.at(-1)).toEqual([]));
    stop();
  });
});

describe('unreadable stored history', () => {
  it('drops invalid entries with a warning that holds no entry data, and keeps the rest', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const leaky = { ...auditEntryFor({ id: 'bad' }), admin: { id: 'not-a-number', name: 'Eve', email: 'eve@leak.example' } };
    await storeHistory([auditEntryFor({ id: 'good' }), leaky, 'junk', null]);
    const entries = await createAuditStore().list();
    expect(entries.map((entry) => entry.id)).toEqual(['good']);
    expect(warn).toHaveBeenCalledTimes(1);
    const logged = JSON.stringify(warn.mock.calls);
    expect(logged).toContain('3');
    for (const data of ['eve@leak.example', 'Eve', 'bad', 'junk']) expect(logged).not.toContain(data);
  });

  it('reads a missing page as empty with a warning that holds no entry data, and keeps the other pages', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await storeHistory(oldEntries(2 * AUDIT_PAGE_ENTRIES));
    await fakeBrowser.storage.local.remove(pageKey('seed-0'));
    const entries = await createAuditStore().list();
    expect(entries).toHaveLength(AUDIT_PAGE_ENTRIES);
    expect(entries.at(-1)?.id).toBe(`old-${AUDIT_PAGE_ENTRIES}`);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(warn.mock.calls)).not.toContain('old-');
  });

  it('appends after the stored entries as they are, leaving invalid ones for readers to drop', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const odd = { id: 'odd', note: 'from a later version' };
    await storeHistory([auditEntryFor({ id: 'good' }), odd]);
    const store = storeWithClock();
    await store.record(auditDraftFor());
    await expect(storedEntries()).resolves.toMatchObject([{ id: 'good' }, odd, { id: 'id-1' }]);
    await expect(store.list()).resolves.toMatchObject([{ id: 'id-1' }, { id: 'good' }]);
  });

  it('reads a stored index that is not an index as empty, and the next record starts a fresh history', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await storeHistory([]);
    await fakeBrowser.storage.local.set({ [INDEX_KEY]: { entries: 'eve@leak.example' } });
    const store = storeWithClock();
    await expect(store.list()).resolves.toEqual([]);
    await store.record(auditDraftFor());
    await expect(storedEntries()).resolves.toMatchObject([{ id: 'id-1' }]);
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
