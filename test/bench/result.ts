/** One run's figures, as `--json` prints them and the tables and docs/benchmarks.md show them. */
import type { ActionKey } from './action-check';
import type { Size } from './bundle-size';
import type { Machine } from './machine';
import type { TargetsMet } from './targets';

export type ByAction = Record<ActionKey, number>;

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
  bundle: Record<string, { raw: number; gzip: number; budget: Size | null; ok: boolean }>;
  targets: TargetsMet;
  targetsMet: boolean;
}
