import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BULK_RUNS_KEY, BULK_RUNS_VERSION, createBulkRunSource, createBulkStore } from './bulk-store';
import { bulkRunFor, TEST_ORIGIN } from './test-runs';

const KEY = BULK_RUNS_KEY.slice('local:'.length);
const OTHER_ORIGIN = 'https://other.resolver.com';

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
    await fakeBrowser.storage.local.set({ [KEY]: { [TEST_ORIGIN]: { ...bulkRunFor(), phase: 'exploded' } } });
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
