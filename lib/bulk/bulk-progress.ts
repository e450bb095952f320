/**
 * A bulk run's progress as the admin reads it: how many rows are done, failed, skipped and left,
 * how fast rows finish, and how long the rest should take. Pure: the UI passes the time in.
 */
import type { BulkRow, BulkRun } from './bulk-schema';
import { leaseIsLive } from './lease';

export interface BulkCounts {
  total: number;
  /** Rows the run sends (or sent): every row but the skipped ones. */
  toSend: number;
  done: number;
  failed: number;
  skipped: number;
  cancelled: number;
  /** Rows still to send (pending). */
  remaining: number;
  /** Done or failed: the progress bar's value. */
  finished: number;
}

export function countRows(rows: readonly BulkRow[]): BulkCounts {
  const count = (state: BulkRow['state']) => rows.filter((row) => row.state === state).length;
  const done = count('done');
  const failed = count('failed');
  const skipped = count('skipped');
  return {
    total: rows.length,
    toSend: rows.length - skipped,
    done,
    failed,
    skipped,
    cancelled: count('cancelled'),
    remaining: count('pending'),
    finished: done + failed,
  };
}

/** The rate follows the last few minutes, so it adapts when Resolver slows down or a retry starts. */
const RATE_WINDOW_MS = 5 * 60_000;

/** Less time than this since the start says nothing about the rate yet. */
const RATE_MIN_SPAN_MS = 1_000;

/**
 * Rows finished (done or failed) per minute over the recent window, from the rows' `finishedAt`;
 * the window starts no earlier than the run did. null until a row has finished in the window.
 */
export function finishRate(run: Pick<BulkRun, 'rows' | 'startedAt'>, now: Date, windowMs = RATE_WINDOW_MS): number | null {
  const windowStart = now.getTime() - windowMs;
  const finishTimes = run.rows
    .filter((row) => (row.state === 'done' || row.state === 'failed') && row.finishedAt)
    .map((row) => Date.parse(row.finishedAt ?? ''))
    .filter((time) => time >= windowStart && time <= now.getTime());
  if (finishTimes.length === 0) return null;
  const started = run.startedAt ? Date.parse(run.startedAt) : Math.min(...finishTimes);
  const span = now.getTime() - Math.max(windowStart, started);
  if (span < RATE_MIN_SPAN_MS) return null;
  return finishTimes.length / (span / 60_000);
}

/** Milliseconds until `remaining` rows are finished at `ratePerMinute`; null when the rate is unknown. */
export function timeLeftMs(remaining: number, ratePerMinute: number | null): number | null {
  if (remaining === 0) return 0;
  if (ratePerMinute === null || ratePerMinute <= 0) return null;
  return (remaining / ratePerMinute) * 60_000;
}

/**
 * A running run that no Resolver tab is executing (its lease is released or stale, by the same
 * rule a tab uses to take it over): the tab was closed or reloaded, and the run continues once a
 * tab of its origin takes the lease.
 */
export function waitingForTab(run: BulkRun, now: Date): boolean {
  return run.phase === 'running' && !leaseIsLive(run, now.getTime());
}

export interface BulkProgress {
  counts: BulkCounts;
  ratePerMinute: number | null;
  /** Only while the run is running (a paused run has no time left to tell). */
  timeLeftMs: number | null;
  waitingForTab: boolean;
}

export function bulkProgress(run: BulkRun, now: Date): BulkProgress {
  const counts = countRows(run.rows);
  const ratePerMinute = finishRate(run, now);
  return {
    counts,
    ratePerMinute,
    timeLeftMs: run.phase === 'running' ? timeLeftMs(counts.remaining, ratePerMinute) : null,
    waitingForTab: waitingForTab(run, now),
  };
}
