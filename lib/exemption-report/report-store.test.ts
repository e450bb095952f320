import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createReportStore, EXEMPTION_REPORTS_KEY, EXEMPTION_REPORTS_LIMIT } from './report-store';
import { ORIGIN, scanFor } from './test-scans';

const KEY = EXEMPTION_REPORTS_KEY.slice('local:'.length);
const OTHER_ORIGIN = 'https://other.resolver.com';
const originNo = (n: number) => `https://tenant${n}.resolver.com`;
/** An ISO time `minutes` after 2026-03-04T10:00Z, to order reports by their last update. */
const at = (minutes: number) => new Date(Date.UTC(2026, 2, 4, 10, minutes)).toISOString();
const lease = (owner: string) => ({ owner, heartbeatAt: at(0) });

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the exemption report store', () => {
  it('has no report before one is saved', async () => {
    const store = createReportStore();
    await expect(store.get(ORIGIN)).resolves.toBeNull();
    await expect(store.list()).resolves.toEqual([]);
  });

  it('keeps one report per origin, the latest saved, and lists them newest first', async () => {
    const store = createReportStore();
    await store.save(scanFor({ id: 'old', updatedAt: at(1) }));
    await store.save(scanFor({ id: 'other', origin: OTHER_ORIGIN, updatedAt: at(5) }));
    await store.save(scanFor({ id: 'new', updatedAt: at(3) }));
    // Another store over the same storage (another context) reads the same.
    const reader = createReportStore();
    await expect(reader.get(ORIGIN)).resolves.toMatchObject({ id: 'new' });
    expect((await reader.list()).map((scan) => scan.id)).toEqual(['other', 'new']);
  });

  it('refuses a save, storing nothing, while another owner holds the stored scan’s lease', async () => {
    const store = createReportStore();
    await store.save(scanFor({ phase: 'scanning', lease: lease('tab-a'), states: 'ss?x.' }));
    await expect(store.save(scanFor({ phase: 'scanning', lease: lease('tab-b'), states: 'sssss' }), 'tab-b')).resolves.toBe(false);
    await expect(store.get(ORIGIN)).resolves.toMatchObject({ states: 'ss?x.', lease: { owner: 'tab-a' } });
    // The holder itself may save; a save without an owner (a take-over) always does.
    await expect(store.save(scanFor({ phase: 'scanning', lease: lease('tab-a'), states: 'ss?xs' }), 'tab-a')).resolves.toBe(true);
    await expect(store.save(scanFor({ phase: 'scanning', lease: lease('tab-b'), states: 'ss?xx' }))).resolves.toBe(true);
    await expect(store.get(ORIGIN)).resolves.toMatchObject({ states: 'ss?xx', lease: { owner: 'tab-b' } });
  });

  it('lets any owner save over a scan with no lease', async () => {
    const store = createReportStore();
    await store.save(scanFor({ lease: null }));
    await expect(store.save(scanFor({ states: 'sssss', lease: lease('tab-b') }), 'tab-b')).resolves.toBe(true);
  });

  it('refuses to store an invalid scan', async () => {
    const store = createReportStore();
    // One letter per user: five ids, four letters.
    await expect(Promise.resolve().then(() => store.save(scanFor({ states: 'ssss' })))).rejects.toThrow();
    await expect(store.get(ORIGIN)).resolves.toBeNull();
  });

  it('removes one origin’s report and keeps the others', async () => {
    const store = createReportStore();
    await store.save(scanFor());
    await store.save(scanFor({ origin: OTHER_ORIGIN }));
    await store.remove(ORIGIN);
    await expect(store.get(ORIGIN)).resolves.toBeNull();
    await expect(store.get(OTHER_ORIGIN)).resolves.toMatchObject({ origin: OTHER_ORIGIN });
  });

  it('skips an unreadable stored report (or one under another origin’s key) with a warning that names none of its data', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({
      [KEY]: {
        [ORIGIN]: { ...scanFor(), states: 'not letters', exempt: [{ id: 4, name: 'Secret Name' }] },
        [OTHER_ORIGIN]: scanFor({ origin: OTHER_ORIGIN }),
        [originNo(1)]: scanFor({ origin: originNo(2) }),
      },
    });
    const store = createReportStore();
    expect((await store.list()).map((scan) => scan.origin)).toEqual([OTHER_ORIGIN]);
    await expect(store.get(ORIGIN)).resolves.toBeNull();
    expect(warn).toHaveBeenCalled();
    expect(JSON.stringify(warn.mock.calls)).not.toContain('Secret Name');
  });

  it('reads a stored value that is not a record as no reports', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ [KEY]: ['not', 'a', 'record'] });
    await expect(createReportStore().list()).resolves.toEqual([]);
  });

  it(`keeps at most ${EXEMPTION_REPORTS_LIMIT} origins, dropping the least recently updated`, async () => {
    const store = createReportStore();
    // Saved in order, but the third one saved is the oldest by its last update.
    for (let n = 0; n < EXEMPTION_REPORTS_LIMIT; n++) await store.save(scanFor({ origin: originNo(n), updatedAt: at(n === 2 ? 0 : n + 1) }));
    expect(await store.list()).toHaveLength(EXEMPTION_REPORTS_LIMIT);
    await store.save(scanFor({ origin: originNo(99), updatedAt: at(50) }));
    const origins = (await store.list()).map((scan) => scan.origin);
    expect(origins).toHaveLength(EXEMPTION_REPORTS_LIMIT);
    expect(origins).toContain(originNo(99));
    expect(origins).toContain(originNo(0));
    expect(origins).not.toContain(originNo(2));
  });

  it('tells a watcher every stored report, newest first, when one changes', async () => {
    const store = createReportStore();
    const seen: string[][] = [];
    const unwatch = store.watch((scans) => seen.push(scans.map((scan) => scan.id)));
    await store.save(scanFor({ id: 'a', updatedAt: at(1) }));
    await store.save(scanFor({ id: 'b', origin: OTHER_ORIGIN, updatedAt: at(2) }));
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['b', 'a']));
    unwatch();
  });
});
