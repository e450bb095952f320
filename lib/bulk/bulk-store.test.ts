import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BULK_RUNS_KEY, BULK_RUNS_VERSION, createBulkRunSource, createBulkStore } from './bulk-store';
import { rowChunkKey, splitRun } from './run-chunks';
import { bulkRunFor, readyRow, TEST_ORIGIN } from './test-runs';

const KEY = BULK_RUNS_KEY.slice('local:'.length);
const OTHER_ORIGIN = 'https://other.resolver.com';

/** A run of `count` pending rows (chunks of 100: rows 1–100, 101–200, …). */
function runOf(count: number, overrides: Parameters<typeof bulkRunFor>[0] = {}) {
  return bulkRunFor({ rows: Array.from({ length: count }, (_, index) => readyRow(index + 1)), ...overrides });
}

/** The key fakeBrowser holds a chunk under (storage keys without their `local:` area). */
function chunkKey(runId: string, index: number, origin = TEST_ORIGIN): string {
  return rowChunkKey(origin, runId, index).slice('local:'.length);
}

async function storedKeys(): Promise<string[]> {
  return Object.keys(await fakeBrowser.storage.local.get(null)).sort();
}

/** Every chunk key asked of storage.local.get while `spy` watched it. */
function chunkReads(spy: { mock: { calls: unknown[][] } }): unknown[] {
  return spy.mock.calls.flatMap(([keys]) => [keys].flat()).filter((key) => String(key).startsWith('bulkRunRows:'));
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the bulk store', () => {
  it('has no run for an origin before one is saved', async () => {
    await expect(createBulkRunSource().get(TEST_ORIGIN)).resolves.toBeNull();
  });

  it('keeps one run per origin, marked with the current version, readable from another context', async () => {
    const store = createBulkStore();
    await store.save(bulkRunFor());
    await store.save(bulkRunFor({ id: 'run-2', origin: OTHER_ORIGIN }));
    await store.save(bulkRunFor({ id: 'run-3' }));
    const source = createBulkRunSource();
    await expect(source.get(TEST_ORIGIN)).resolves.toMatchObject({ id: 'run-3' });
    await expect(source.get(OTHER_ORIGIN)).resolves.toMatchObject({ id: 'run-2' });
    await expect(fakeBrowser.storage.local.get(`${KEY}$`)).resolves.toEqual({ [`${KEY}$`]: { v: BULK_RUNS_VERSION } });
  });

  it('removes one origin’s run and keeps the others', async () => {
    const store = createBulkStore();
    await store.save(bulkRunFor());
    await store.save(bulkRunFor({ origin: OTHER_ORIGIN }));
    await store.remove(TEST_ORIGIN);
    await expect(store.get(TEST_ORIGIN)).resolves.toBeNull();
    await expect(store.get(OTHER_ORIGIN)).resolves.not.toBeNull();
  });

  it('ignores a stored run it cannot read, warning without its data', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { header } = splitRun(bulkRunFor(), 1);
    await fakeBrowser.storage.local.set({ [KEY]: { [TEST_ORIGIN]: { ...header, phase: 'exploded' } }, [`${KEY}$`]: { v: BULK_RUNS_VERSION } });
    await expect(createBulkStore().get(TEST_ORIGIN)).resolves.toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(warn.mock.calls)).not.toContain('acme.example');
  });

  it('refuses to store a run that breaks the schema', async () => {
    await expect(createBulkStore().save({ ...bulkRunFor(), concurrency: 0 })).rejects.toThrow();
    await expect(createBulkStore().get(TEST_ORIGIN)).resolves.toBeNull();
  });

  it('saves for an owner only while no other owner holds the stored lease', async () => {
    const store = createBulkStore();
    const lease = (owner: string) => ({ owner, heartbeatAt: '2025-03-04T10:00:00.000Z' });
    await expect(store.save(bulkRunFor({ lease: lease('tab-a') }), 'tab-a')).resolves.toBe(true);
    await expect(store.save(bulkRunFor({ lease: lease('tab-b'), phase: 'running' }), 'tab-b')).resolves.toBe(false);
    await expect(store.get(TEST_ORIGIN)).resolves.toMatchObject({ phase: 'review', lease: { owner: 'tab-a' } });
    await store.save(bulkRunFor({ lease: null }), 'tab-a');
    await expect(store.save(bulkRunFor({ lease: lease('tab-b') }), 'tab-b')).resolves.toBe(true);
  });

  it('tells a watcher of the origin about every change, and stops when unwatched', async () => {
    const seen: (string | null)[] = [];
    const unwatch = createBulkRunSource().watch(TEST_ORIGIN, (run) => seen.push(run?.phase ?? null));
    const store = createBulkStore();
    await store.save(bulkRunFor({ phase: 'review' }));
    await store.save(bulkRunFor({ phase: 'cancelled' }));
    await vi.waitFor(() => expect(seen).toEqual(['review', 'cancelled']));
    unwatch();
    await store.remove(TEST_ORIGIN);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual(['review', 'cancelled']);
  });
});

describe('the rows in chunks', () => {
  it('gives back a run of 250 rows as it was saved, the rows kept out of the run record', async () => {
    const run = runOf(250, { phase: 'running' });
    await createBulkStore().save(run);
    await expect(createBulkRunSource().get(TEST_ORIGIN)).resolves.toEqual(run);
    const record = JSON.stringify(await fakeBrowser.storage.local.get(KEY));
    expect(record).not.toContain('user101@acme.example');
    expect(await storedKeys()).toEqual([KEY, `${KEY}$`, chunkKey('run-1', 0), chunkKey('run-1', 1), chunkKey('run-1', 2)].sort());
  });

  it('stores the run as it was when save was called', async () => {
    const run = runOf(3);
    const saving = createBulkStore().save(run);
    run.rows[0].state = 'done';
    run.phase = 'running';
    await saving;
    await expect(createBulkRunSource().get(TEST_ORIGIN)).resolves.toMatchObject({ phase: 'review', rows: [{ state: 'pending' }, {}, {}] });
  });

  it('writes the run record and only the chunk of the row that changed, in one write', async () => {
    const store = createBulkStore();
    const run = runOf(250, { phase: 'running' });
    await store.save(run);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    run.rows[149] = { ...readyRow(150), state: 'done', attempts: 1 };
    await store.save(run);
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0][0]).sort()).toEqual([KEY, `${KEY}$`, chunkKey('run-1', 1)].sort());
    await expect(createBulkRunSource().get(TEST_ORIGIN)).resolves.toEqual(run);
  });

  it('writes every chunk once from a new store, and a chunk another store rewrote since', async () => {
    const run = runOf(250);
    const first = createBulkStore();
    await first.save(run);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const written = () => Object.keys(set.mock.calls.at(-1)![0]).filter((key) => key.startsWith('bulkRunRows:'));
    await createBulkStore().save(run);
    expect(written()).toHaveLength(3);
    // The other store rewrote every chunk: this one's copies are not what is stored any more.
    await first.save(run);
    expect(written()).toHaveLength(3);
    await first.save(run);
    expect(written()).toEqual([]);
  });

  it('never takes rows another store wrote for a run removed and stored again for its own', async () => {
    const now = vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2025-03-04T10:00:00.000Z'));
    const [tab, other] = [createBulkStore(), createBulkStore()];
    const run = runOf(3);
    await tab.save(run);
    await other.remove(TEST_ORIGIN);
    now.mockReturnValue(Date.parse('2025-03-04T10:00:01.000Z'));
    await other.save(runOf(3, { rows: [readyRow(7), readyRow(8)] }));
    await tab.save(run);
    await expect(createBulkRunSource().get(TEST_ORIGIN)).resolves.toEqual(run);
  });

  it('removes the chunks of the run a new run on the same origin replaces, and keeps other origins’ chunks', async () => {
    const store = createBulkStore();
    await store.save(runOf(250));
    await store.save(runOf(5, { origin: OTHER_ORIGIN }));
    await store.save(runOf(120, { id: 'run-2' }));
    expect(await storedKeys()).toEqual([KEY, `${KEY}$`, chunkKey('run-1', 0, OTHER_ORIGIN), chunkKey('run-2', 0), chunkKey('run-2', 1)].sort());
    await expect(store.get(TEST_ORIGIN)).resolves.toEqual(runOf(120, { id: 'run-2' }));
    await store.remove(TEST_ORIGIN);
    expect(await storedKeys()).toEqual([KEY, `${KEY}$`, chunkKey('run-1', 0, OTHER_ORIGIN)].sort());
  });

  it('refuses a run over the row limit, storing nothing', async () => {
    await expect(createBulkStore().save(runOf(5_001))).rejects.toThrow();
    expect(await storedKeys()).toEqual([]);
  });

  it('reads the run again when a save replaces its chunks while it is read', async () => {
    const store = createBulkStore();
    const run = runOf(150);
    await store.save(run);
    const saved = { ...run, phase: 'running' as const, rows: run.rows.map((row) => ({ ...row, state: 'done' as const })) };
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    let saving: Promise<boolean> | undefined;
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => {
      if (saving === undefined && chunkReads({ mock: { calls: [[keys]] } }).length > 0) await (saving = store.save(saved));
      return get(keys);
    });
    await expect(createBulkRunSource().get(TEST_ORIGIN)).resolves.toEqual(saved);
  });

  it('answers null for a run whose chunk is missing, warning without its data', async () => {
    const store = createBulkStore();
    await store.save(runOf(250));
    await fakeBrowser.storage.local.remove(chunkKey('run-1', 1));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(createBulkRunSource().get(TEST_ORIGIN)).resolves.toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(warn.mock.calls)).not.toContain('acme');
  });

  it('answers null for a run whose chunk is damaged, warning without its data', async () => {
    await createBulkStore().save(runOf(250));
    const key = chunkKey('run-1', 2);
    const stored = (await fakeBrowser.storage.local.get(key))[key] as { revision: number };
    await fakeBrowser.storage.local.set({ [key]: { ...stored, rows: [{ line: 0, input: 'user299@acme.example' }] } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(createBulkRunSource().get(TEST_ORIGIN)).resolves.toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(warn.mock.calls)).not.toContain('acme');
  });
});

describe('watching a run in chunks', () => {
  it('delivers each saved run whole, reading only the chunks that changed', async () => {
    const store = createBulkStore();
    const run = runOf(250, { phase: 'running' });
    await store.save(run);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const seen: (string[] | null)[] = [];
    const unwatch = createBulkRunSource().watch(TEST_ORIGIN, (stored) => seen.push(stored?.rows.filter((row) => row.state === 'done').map((row) => row.input) ?? null));

    run.rows[219] = { ...readyRow(220), state: 'done', attempts: 1 };
    await store.save(run);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    // A new watcher reads the whole run once.
    expect(chunkReads(get)).toEqual([chunkKey('run-1', 0), chunkKey('run-1', 1), chunkKey('run-1', 2)]);

    get.mockClear();
    run.rows[9] = { ...readyRow(10), state: 'done', attempts: 1 };
    await store.save(run);
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(chunkReads(get)).toEqual([chunkKey('run-1', 0)]);

    get.mockClear();
    await store.save({ ...run, phase: 'paused', pause: 'admin' });
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    expect(chunkReads(get)).toEqual([]);
    expect(seen).toEqual([['user320@acme.example'], ['user110@acme.example', 'user320@acme.example'], ['user110@acme.example', 'user320@acme.example']]);
    unwatch();
  });

  it('delivers runs in the order they were saved, however slowly a read answers', async () => {
    const store = createBulkStore();
    await store.save(runOf(150));
    const seen: (number | null)[] = [];
    createBulkRunSource().watch(TEST_ORIGIN, (stored) => seen.push(stored?.rows.filter((row) => row.state === 'done').length ?? null));
    // The first chunk read answers what was stored when it was asked, but only once the second save's read has answered.
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    let answerFirst: () => void = () => undefined;
    const firstAnswered = new Promise<void>((resolve) => (answerFirst = resolve));
    let slowed = false;
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => {
      const answer = await get(keys);
      if (!slowed && chunkReads({ mock: { calls: [[keys]] } }).length > 0) {
        slowed = true;
        await firstAnswered;
      }
      return answer;
    });

    const run = runOf(150);
    run.rows[0] = { ...readyRow(1), state: 'done' };
    await store.save(run);
    run.rows[120] = { ...readyRow(121), state: 'done' };
    await store.save(run);
    await new Promise((resolve) => setTimeout(resolve, 10));
    answerFirst();
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen).toEqual([1, 2]);
  });

  it('skips a run whose chunks a later save replaced before they were read, and delivers the later one', async () => {
    const store = createBulkStore();
    await store.save(runOf(150));
    const seen: (number | null)[] = [];
    createBulkRunSource().watch(TEST_ORIGIN, (stored) => seen.push(stored?.rows.filter((row) => row.state === 'done').length ?? null));
    // The first chunk read waits for the second save, and answers what is stored then.
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    let secondSaved: () => void = () => undefined;
    const saved = new Promise<void>((resolve) => (secondSaved = resolve));
    let slowed = false;
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => {
      if (!slowed && chunkReads({ mock: { calls: [[keys]] } }).length > 0) {
        slowed = true;
        await saved;
      }
      return get(keys);
    });

    const run = runOf(150);
    run.rows[0] = { ...readyRow(1), state: 'done' };
    await store.save(run);
    run.rows[1] = { ...readyRow(2), state: 'done' };
    await store.save(run);
    secondSaved();
    await vi.waitFor(() => expect(seen).toEqual([2]));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual([2]);
  });
});

describe('the stored runs of version 1', () => {
  it('are read back whole after the owner moved their rows into chunks, by the owner and by readers', async () => {
    const run = runOf(250, { phase: 'paused', pause: 'admin' });
    const other = runOf(3, { id: 'run-9', origin: OTHER_ORIGIN });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({
      [KEY]: { [TEST_ORIGIN]: run, [OTHER_ORIGIN]: other, 'https://broken.resolver.com': { ...run, origin: 'https://broken.resolver.com', phase: 'exploded' } },
      [`${KEY}$`]: { v: 1 },
    });
    // The owner (the background) defines the item with its migration; readers never migrate.
    const page = createBulkStore();
    await expect(page.get(OTHER_ORIGIN)).resolves.toEqual(other);
    const popup = createBulkRunSource();
    await expect(popup.get(TEST_ORIGIN)).resolves.toEqual(run);
    await expect(page.get('https://broken.resolver.com')).resolves.toBeNull();
    expect(JSON.stringify(warn.mock.calls)).not.toContain('acme');
    expect(warn.mock.calls.length).toBeGreaterThan(0);
    await expect(fakeBrowser.storage.local.get(`${KEY}$`)).resolves.toEqual({ [`${KEY}$`]: { v: BULK_RUNS_VERSION } });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(KEY))).not.toContain('user101@acme.example');
    // The migrated run goes on like any other: the next save writes only what changed.
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await page.save(run);
    run.rows[0] = { ...readyRow(1), state: 'done' };
    await page.save(run);
    expect(Object.keys(set.mock.calls.at(-1)![0]).filter((key) => key.startsWith('bulkRunRows:'))).toEqual([chunkKey('run-1', 0)]);
    await expect(popup.get(TEST_ORIGIN)).resolves.toEqual(run);
  });
});
