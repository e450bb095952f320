/** One run's figures, as `--json` prints them and the tables and docs/benchmarks.md show them. */
import type { ActionKey } from './action-check';
import type { Size } from './bundle-size';
import type { Machine } from './machine';
import type { RequestCounts } from './request-count';
import type { TargetsMet } from './targets';

export type ByAction = Record<ActionKey, number>;
export type RequestsByAction = Record<ActionKey, RequestCounts>;

export interface RequestFigures {
  /** From the start of the action (the popup showing its status; the rendered Swagger page) to its success message. */
  extension: RequestsByAction;
  manual: RequestsByAction;
  extensionFirstTime: RequestsByAction;
  /** Not part of the action: opening the popup until its status shows; loading the Swagger page. */
  beforeStart: { extension: RequestsByAction; manual: RequestsByAction };
  /** Not part of the action: the requests in the moment after the success message (AFTER_SUCCESS_MS). */
  afterSuccess: { extension: RequestsByAction; manual: RequestsByAction };
}

export interface BulkFigures {
  rows: number;
  concurrency: number;
  /** The simulated round trip of every timed PUT, on both sides. */
  roundTripMs: number;
  extensionRowsPerSecond: number;
  plainRowsPerSecond: number;
  /** JS heap used by the tab (CDP Performance.getMetrics, JSHeapUsedSize), in MB. */
  memoryMb: { before: number; peak: number; after: number };
}

export interface ExemptionScanFigures {
  /** Acme Corp's members: each one's membership is read once. */
  users: number;
  concurrency: number;
  /** The simulated round trip of every timed GET, on both sides. */
  roundTripMs: number;
  extensionUsersPerSecond: number;
  plainUsersPerSecond: number;
  /** JS heap used by the tab (CDP Performance.getMetrics, JSHeapUsedSize), in MB. */
  memoryMb: { before: number; peak: number; after: number };
}

export interface BenchResult {
  mode: 'quick' | 'full';
  /** ISO 8601, when the run started. */
  date: string;
  durationMs: number;
  machine: Machine;
  interactions: { extension: ByAction; manual: ByAction; extensionFirstTime: ByAction };
  wallTimeMs: { extension: ByAction; manual: ByAction };
  /** API requests per action, by kind (test/bench/request-count.ts). */
  requests: RequestFigures;
  popupReadyRatio: number;
  popupReady: { popupMedianMs: number; emptyMedianMs: number; opensEach: number };
  swaggerLoadRatio: number;
  swaggerLoad: { withMedianMs: number; withoutMedianMs: number; pairs: number; contentScriptMainThreadMs: number };
  /** null when the bulk run could not be measured; `bulk.notMeasured` says why. */
  bulkThroughputRatio: number | null;
  bulk: BulkFigures | { notMeasured: string };
  /** null when the exemption scan could not be measured; `exemptionScan.notMeasured` says why. */
  exemptionScanRatio: number | null;
  exemptionScan: ExemptionScanFigures | { notMeasured: string };
  /** Every part bundle-size.ts measures (gzip null: the package, compressed already). */
  bundle: Record<string, { raw: number; gzip: number | null; budget: Size | null; ok: boolean }>;
  targets: TargetsMet;
  targetsMet: boolean;
}
