/**
 * Who executes a stored run. Extension storage has no compare-and-set, so the executor says it is
 * alive every HEARTBEAT_MS, and another content script (the reloaded tab, or a second tab on the
 * origin) takes a run over only once that heartbeat is LEASE_STALE_MS old, or released on pagehide.
 */
import type { BulkRun } from './bulk-schema';

/** A fresh run or owner id (the audit history's id maker, safe on http pages too). */
export { randomId } from '../audit/audit-store';

export const HEARTBEAT_MS = 2_000;
export const LEASE_STALE_MS = 6_000;

/** True while another executor may still be working on the run. */
export function leaseIsLive(run: BulkRun, nowMs: number): boolean {
  return run.lease !== null && nowMs - Date.parse(run.lease.heartbeatAt) < LEASE_STALE_MS;
}

/** Phases in which a run has (or needs) an executor. */
export function needsExecutor(run: BulkRun): boolean {
  return run.phase === 'resolving' || run.phase === 'running' || (run.phase === 'paused' && run.pause === 'session');
}
