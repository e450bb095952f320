/**
 * A bulk row's audit entry, built from the stored run alone: the executor that finished the row
 * and the one that takes the run over after a crash build the very same entry.
 */
import { AUDIT_ID_MAX, AUDIT_NAME_MAX, type AuditDraft } from '../audit/audit-schema';
import type { AuditRecorder } from '../audit/audit-store';
import type { BulkRow, BulkRun } from './bulk-schema';

/** Done or failed: the rows that have an audit entry. */
function isFinal(row: BulkRow): boolean {
  return row.state === 'done' || row.state === 'failed';
}

/**
 * The audit draft of a final row; null for any other row (nothing was decided for it yet), and for
 * a row finished before rows carried their `request` (see BulkRowSchema): already recorded then.
 */
export function rowDraft(run: BulkRun, row: BulkRow): AuditDraft | null {
  if (!isFinal(row) || row.outcome === undefined || row.request === undefined || row.resolution.kind !== 'ready') return null;
  const { user } = row.resolution;
  const { operation } = run;
  const draft: AuditDraft = {
    admin: run.admin,
    origin: run.origin,
    environment: run.environment,
    org: run.org,
    action: operation.action,
    // Cut to the history's bound: one entry that does not parse would hold back its whole batch.
    target: { userId: user.id, name: user.name.slice(0, AUDIT_NAME_MAX), email: user.email.slice(0, AUDIT_NAME_MAX) },
    request: row.request,
    outcome: row.outcome,
    run: { id: run.id, line: row.line },
  };
  // One id per row and attempt: whichever executor records this outcome, the history keeps it
  // once; a row sent again (a retry) is a new attempt and a new entry. Run ids are 32 characters.
  const id = `${run.id}/${row.line}/${row.attempts}`;
  if (id.length <= AUDIT_ID_MAX) draft.id = id;
  if (run.reason) draft.reason = run.reason;
  if (operation.action === 'setMfaOptOut') draft.optOut = operation.optOut;
  return draft;
}

/**
 * Adds every final row not yet `recorded` to the audit history in one write, then marks those
 * rows recorded in `run` (in memory: the caller saves the run). Answers how many were recorded.
 * Rows that become final while the write is under way wait for the next call. Throws when the
 * history could not be written; no row is marked then.
 */
export async function recordFinalRows(run: BulkRun, recorder: AuditRecorder): Promise<number> {
  const rows: BulkRow[] = [];
  const drafts: AuditDraft[] = [];
  for (const row of run.rows) {
    if (row.recorded) continue;
    const draft = rowDraft(run, row);
    if (draft === null) continue;
    rows.push(row);
    drafts.push(draft);
  }
  if (drafts.length === 0) return 0;
  await recorder.recordMany(drafts);
  for (const row of rows) row.recorded = true;
  return rows.length;
}
