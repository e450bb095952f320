import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTestRecorder } from '../audit/test-recorder';
import type { BulkRun } from './bulk-schema';
import { createBulkStore } from './bulk-store';
import { AUDIT_INTERVAL_MS, createRunPersistence, SAVE_INTERVAL_MAX_MS, SAVE_INTERVAL_MS, saveIntervalFor } from './run-persistence';
import { bulkRunFor, finalRow, readyRow, TEST_ORIGIN } from './test-runs';

const OWNER = 'owner-a';

function setUp(run: BulkRun) {
  const store = createBulkStore();
  const recorderFake = createTestRecorder();
  let refuse = false;
  const recordMany = vi.fn(async (batch: Parameters<typeof recorderFake.recorder.recordMany>[0]) => {
    if (refuse) throw new Error('QUOTA_BYTES quota exceeded');
    return recorderFake.recorder.recordMany(batch);
  });
  const persistence = createRunPersistence({
    store,
    recorder: { record: (draft) => recordMany([draft]), recordMany },
    owner: OWNER,
    run: () => run,
    onLost: () => undefined,
  });
  const storedRows = async () => (await store.get(TEST_ORIGIN))?.rows.map((row) => [row.state, row.recorded]);
  return { persistence, drafts: recorderFake.drafts, recordMany, storedRows, refuse: (value: boolean) => (refuse = value) };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: new Date('2025-03-04T10:00:00Z') });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('how often a run is saved', () => {
  it.each([
    [1, SAVE_INTERVAL_MS],
    [500, SAVE_INTERVAL_MS],
    [1_000, 2_000],
    [2_000, 4_000],
    [5_000, SAVE_INTERVAL_MAX_MS],
  ])('a run of %i rows at most every %i ms', (rows, interval) => {
    expect(saveIntervalFor(rows)).toBe(interval);
  });
});

describe('the run’s persistence', () => {
  it('saves progress within a second, and writes a finished row’s audit entry only with the next batch', async () => {
    const run = bulkRunFor({ phase: 'running', lease: { owner: OWNER, heartbeatAt: new Date().toISOString() }, rows: [readyRow(1), readyRow(2)] });
    const { persistence, drafts, storedRows } = setUp(run);
    run.rows[0] = finalRow(1, 'done');
    persistence.finished();
    await vi.advanceTimersByTimeAsync(SAVE_INTERVAL_MS);
    await expect(storedRows()).resolves.toEqual([['done', undefined], ['pending', undefined]]);
    expect(drafts).toEqual([]);
    await vi.advanceTimersByTimeAsync(AUDIT_INTERVAL_MS - SAVE_INTERVAL_MS);
    expect(drafts.map((draft) => draft.run?.line)).toEqual([1]);
    // The mark rides on the next periodic save.
    await vi.advanceTimersByTimeAsync(SAVE_INTERVAL_MS);
    await expect(storedRows()).resolves.toEqual([['done', true], ['pending', undefined]]);
    await persistence.stop();
  });

  it('keeps a row unrecorded while the history cannot be written, saves the run meanwhile, and records it at the next try', async () => {
    const run = bulkRunFor({ phase: 'running', lease: { owner: OWNER, heartbeatAt: new Date().toISOString() }, rows: [finalRow(1, 'done')] });
    const { persistence, drafts, storedRows, refuse } = setUp(run);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    refuse(true);
    await persistence.flush();
    await expect(storedRows()).resolves.toEqual([['done', undefined]]);
    refuse(false);
    await vi.advanceTimersByTimeAsync(AUDIT_INTERVAL_MS + SAVE_INTERVAL_MS);
    expect(drafts.map((draft) => draft.run?.line)).toEqual([1]);
    await expect(storedRows()).resolves.toEqual([['done', true]]);
    await persistence.flush();
    expect(drafts).toHaveLength(1);
    await persistence.stop();
  });
});
