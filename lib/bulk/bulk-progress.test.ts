import { describe, expect, it } from 'vitest';
import { bulkProgress, countRows, finishRate, timeLeftMs, waitingForTab } from './bulk-progress';
import { LEASE_STALE_MS } from './lease';
import type { BulkRow } from './bulk-schema';
import { bulkRunFor, readyRow } from './test-runs';

const bulkRowFor = (line: number, overrides: Partial<BulkRow> = {}): BulkRow => ({ ...readyRow(line), ...overrides });
const START = '2025-03-04T10:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(START) + seconds * 1000);
const iso = (seconds: number) => at(seconds).toISOString();
const done = (line: number, seconds: number) => bulkRowFor(line, { state: 'done', attempts: 1, finishedAt: iso(seconds) });
const failed = (line: number, seconds: number) =>
  bulkRowFor(line, { state: 'failed', attempts: 3, finishedAt: iso(seconds), outcome: { ok: false, kind: 'server', status: 500 } });

describe('row counts', () => {
  it('count every state, and leave skipped rows out of what is sent', () => {
    const unknown: BulkRow = { line: 5, input: 'nobody@example.com', resolution: { kind: 'unknown' }, state: 'skipped', attempts: 0 };
    const rows = [
      done(1, 5),
      failed(2, 6),
      bulkRowFor(3),
      bulkRowFor(4),
      unknown,
      bulkRowFor(6, { state: 'cancelled' }),
    ];
    expect(countRows(rows)).toEqual({
      total: 6,
      toSend: 5,
      done: 1,
      failed: 1,
      skipped: 1,
      cancelled: 1,
      remaining: 2,
      finished: 2,
    });
  });
});

describe('the finish rate', () => {
  it('is rows finished per minute since the start, while the run is younger than the window', () => {
    const run = bulkRunFor({ startedAt: START, rows: [done(1, 10), failed(2, 20), done(3, 30), bulkRowFor(4)] });
    expect(finishRate(run, at(60))).toBeCloseTo(3);
  });

  it('follows the recent window only, once the run is older than it', () => {
    // Six rows in the first minute, then one in the last five minutes: the rate is the recent one.
    const early = [1, 2, 3, 4, 5, 6].map((line) => done(line, line * 5));
    const run = bulkRunFor({ startedAt: START, rows: [...early, done(7, 9 * 60)] });
    expect(finishRate(run, at(10 * 60), 5 * 60_000)).toBeCloseTo(1 / 5);
  });

  it('is unknown before any row finished, or too soon after the start to say', () => {
    expect(finishRate(bulkRunFor({ startedAt: START, rows: [bulkRowFor(1)] }), at(60))).toBeNull();
    expect(finishRate(bulkRunFor({ startedAt: START, rows: [done(1, 0)] }), at(0.5))).toBeNull();
  });
});

describe('the time left', () => {
  it('is the remaining rows at the current rate', () => {
    expect(timeLeftMs(30, 10)).toBe(3 * 60_000);
  });

  it('is zero with nothing left, and unknown without a rate', () => {
    expect(timeLeftMs(0, null)).toBe(0);
    expect(timeLeftMs(5, null)).toBeNull();
    expect(timeLeftMs(5, 0)).toBeNull();
  });
});

describe('a run waiting for a tab', () => {
  const lease = (seconds: number) => ({ owner: 'tab-a', heartbeatAt: iso(seconds) });

  it('is a running run whose executor has not said so for a while, or that has none', () => {
    expect(waitingForTab(bulkRunFor({ phase: 'running', lease: lease(0) }), at(LEASE_STALE_MS / 1000 + 1))).toBe(true);
    expect(waitingForTab(bulkRunFor({ phase: 'running', lease: null }), at(0))).toBe(true);
  });

  it('is not a run with a fresh heartbeat, nor one that is not running', () => {
    expect(waitingForTab(bulkRunFor({ phase: 'running', lease: lease(0) }), at(LEASE_STALE_MS / 1000 - 1))).toBe(false);
    expect(waitingForTab(bulkRunFor({ phase: 'paused', pause: 'admin', lease: null }), at(60))).toBe(false);
  });
});

describe('the progress of a run', () => {
  it('tells the time left while running, and none while paused', () => {
    const rows = [done(1, 30), done(2, 60), bulkRowFor(3), bulkRowFor(4)];
    const running = bulkProgress(bulkRunFor({ phase: 'running', startedAt: START, rows, lease: { owner: 'a', heartbeatAt: iso(59) } }), at(60));
    expect(running).toMatchObject({ ratePerMinute: 2, timeLeftMs: 60_000, waitingForTab: false });
    expect(running.counts.remaining).toBe(2);
    const paused = bulkProgress(bulkRunFor({ phase: 'paused', pause: 'admin', startedAt: START, rows }), at(60));
    expect(paused.timeLeftMs).toBeNull();
  });
});
