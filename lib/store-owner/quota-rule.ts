/**
 * The quota rule: what the stores' owner drops, one thing at a time, when a write does not fit in
 * extension storage (10 MB in Chrome without `unlimitedStorage`, see SECURITY.md), before it tries
 * the write again. Cheapest loss first:
 *
 * 1. a finished exemption report of another environment (oldest scan first): a scan makes it again;
 * 2. a finished or cancelled bulk run of another environment (oldest first): its rows' outcomes
 *    are in the audit history already;
 * 3. the oldest page of the audit history (250 entries), never its newest page.
 *
 * A report or run still going on is never dropped, nor one of the environment being written. Each
 * drop is noted (storage-drops.ts) and the options page says what was dropped.
 */
import type { AuditOwnerStore } from '../audit/audit-store';
import type { BulkOwnerStore } from '../bulk/bulk-store';
import type { ReportStore } from '../exemption-report/report-store';
import type { StorageDrop } from './storage-drops';

/** Chrome: "QUOTA_BYTES quota exceeded" (older: "Resource::kQuotaBytes quota exceeded"); Firefox: QuotaExceededError. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && typeof error !== 'object') return false;
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return /quota/i.test(`${String(name)} ${String(message)}`);
}

export interface RoomSources {
  audit: Pick<AuditOwnerStore, 'dropOldestPage'>;
  bulk: Pick<BulkOwnerStore, 'finishedRuns' | 'remove'>;
  reports: Pick<ReportStore, 'list' | 'remove'>;
}

const FINISHED_SCAN = new Set(['finished', 'cancelled', 'failed']);

/**
 * Drops the one thing the rule names first, keeping whatever belongs to `keepOrigin` (the
 * environment being written, if any). Answers what it dropped, or null when nothing may go.
 */
export async function dropOneForRoom(sources: RoomSources, keepOrigin: string | null, at: string): Promise<StorageDrop | null> {
  const report = (await sources.reports.list()).filter((scan) => scan.origin !== keepOrigin && FINISHED_SCAN.has(scan.phase)).at(-1);
  if (report !== undefined) {
    await sources.reports.remove(report.origin);
    return { store: 'report', at, origin: report.origin, scannedAt: report.updatedAt };
  }
  const run = (await sources.bulk.finishedRuns()).find((finished) => finished.origin !== keepOrigin);
  if (run !== undefined) {
    await sources.bulk.remove(run.origin);
    return { store: 'bulk', at, origin: run.origin, updatedAt: run.updatedAt };
  }
  const page = await sources.audit.dropOldestPage();
  return page === null ? null : { store: 'audit', at, ...page };
}
