/**
 * Who executes a stored run. Extension storage has no compare-and-set, so the executor says it is
 * alive every HEARTBEAT_MS, and a content script of another tab on the origin takes a run over
 * only once that heartbeat is LEASE_STALE_MS old, or released on pagehide.
 *
 * The next page of the executor's own tab does not wait: a tab has one top frame and so one
 * content script of ours at a time, which means the executor that wrote the tab's id is gone (a
 * reload, or a navigation within the origin). The pagehide release cannot be relied on for that:
 * it is an asynchronous read-modify-write of storage that the unloading page rarely finishes. The
 * tab id comes from the background (`sender.tab.id`), never from the page, so a page cannot
 * forge it. Should the old page come back from the back/forward cache, its next save finds
 * another owner's lease and it stops (see BulkStore.save).
 */
import type * as z from 'zod/mini';
import type { BulkRun, LeaseSchema } from './bulk-schema';

/** A fresh run or owner id (the audit history's id maker, safe on http pages too). */
export { randomId } from '../random-id';

export const HEARTBEAT_MS = 2_000;
export const LEASE_STALE_MS = 6_000;

export type Lease = z.infer<typeof LeaseSchema>;

/** Anything stored with a lease: a bulk run, an exemption report's scan. */
export interface Leased {
  lease: Lease | null;
}

/** This content script as an executor: its random owner id, and its tab's id when the background told it. */
export interface LeaseHolder {
  owner: string;
  tabId: number | null;
}

/** The lease `holder` writes at `nowMs`. */
export function leaseFor(holder: LeaseHolder, nowMs: number): Lease {
  const lease: Lease = { owner: holder.owner, heartbeatAt: new Date(nowMs).toISOString() };
  if (holder.tabId !== null) lease.tabId = holder.tabId;
  return lease;
}

/** True while another executor may still be working on the run. */
export function leaseIsLive(run: Leased, nowMs: number): boolean {
  return run.lease !== null && nowMs - Date.parse(run.lease.heartbeatAt) < LEASE_STALE_MS;
}

/** True when `holder` may execute the run now: no live lease, its own, or one left by an earlier page of its tab. */
export function mayExecute(run: Leased, holder: LeaseHolder, nowMs: number): boolean {
  const lease = run.lease;
  if (lease === null || !leaseIsLive(run, nowMs) || lease.owner === holder.owner) return true;
  return holder.tabId !== null && lease.tabId === holder.tabId;
}

/** Phases in which a run has (or needs) an executor. */
export function needsExecutor(run: BulkRun): boolean {
  return run.phase === 'resolving' || run.phase === 'running' || (run.phase === 'paused' && run.pause === 'session');
}

/** How long to wait before looking again at a run another executor may still hold: until its heartbeat would be stale. */
export function msUntilStale(run: Leased, nowMs: number): number {
  return Math.max(LEASE_STALE_MS - (nowMs - Date.parse(run.lease?.heartbeatAt ?? '')) + 50, 50);
}

/** The stored copy, read again right before a take-over, is still `run` under the same lease: nobody took it meanwhile. */
export function stillUnderLease<T extends Leased & { id: string }>(again: T | null, run: T): again is T {
  return again !== null && again.id === run.id && JSON.stringify(again.lease) === JSON.stringify(run.lease);
}
