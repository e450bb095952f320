import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { splitRun, type BulkRunHeader } from './run-chunks';
import { createRunReader } from './run-reader';
import { bulkRunFor, readyRow, TEST_ORIGIN } from './test-runs';

const run = bulkRunFor({ rows: Array.from({ length: 250 }, (_, index) => readyRow(index + 1)) });
const area = (key: string) => key.slice('local:'.length);

/** Stores the run's chunks at `revision` and answers the header record naming them. */
async function storeChunks(revision: number): Promise<Record<string, BulkRunHeader>> {
  const { header, chunks } = splitRun(run, revision);
  await fakeBrowser.storage.local.set(Object.fromEntries(chunks.map(({ key, value }) => [area(key), value])));
  return { [TEST_ORIGIN]: header };
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a run reader', () => {
  it('reads and parses again only the chunks whose revision changed since it last read them', async () => {
    const headers = await storeChunks(1);
    const reader = createRunReader(async () => headers);
    await expect(reader.read(headers, TEST_ORIGIN)).resolves.toEqual(run);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const next = { [TEST_ORIGIN]: { ...headers[TEST_ORIGIN], rowChunks: [1, 2, 1] } };
    const { chunks } = splitRun(run, 2);
    await fakeBrowser.storage.local.set({ [area(chunks[1].key)]: chunks[1].value });
    await expect(reader.read(next, TEST_ORIGIN)).resolves.toEqual(run);
    expect(get.mock.calls.map(([keys]) => keys)).toEqual([[area(chunks[1].key)]]);
  });

  it('tells a chunk a later save replaced (the stored header moved on) from a chunk that is lost', async () => {
    const old = await storeChunks(1);
    const current = await storeChunks(2);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(createRunReader(async () => current).read(old, TEST_ORIGIN)).resolves.toBe('replaced');
    expect(warn).not.toHaveBeenCalled();
    await expect(createRunReader(async () => old).read(old, TEST_ORIGIN)).resolves.toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(warn.mock.calls)).not.toContain('acme');
  });

  it('answers null, without reading chunks, for an origin with no run', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await expect(createRunReader(async () => ({})).read({}, TEST_ORIGIN)).resolves.toBeNull();
    expect(get).not.toHaveBeenCalled();
  });
});
