/**
 * The audit history as files an admin can hand on: CSV for spreadsheets (formula-safe, see
 * lib/csv.ts), JSON for tools.
 */
import { csvTable, datedFileName, namedColumns, type KeyedCsvColumns } from '../csv';
import type { AuditEntry } from './audit-schema';

/**
 * Column names come from the catalogue (lib/i18n/en/csv.ts): in English, the entry's field paths,
 * as earlier exports had them; the values stay language-neutral in every language.
 */
const COLUMNS: KeyedCsvColumns<AuditEntry> = [
  ['csv.audit.time', (e) => e.time],
  ['csv.audit.adminId', (e) => e.admin?.id],
  ['csv.audit.adminName', (e) => e.admin?.name],
  ['csv.audit.adminEmail', (e) => e.admin?.email],
  ['csv.audit.origin', (e) => e.origin],
  ['csv.audit.environment', (e) => e.environment],
  ['csv.audit.orgId', (e) => e.org?.id],
  ['csv.audit.orgName', (e) => e.org?.name],
  ['csv.audit.action', (e) => e.action],
  ['csv.audit.targetUserId', (e) => e.target?.userId],
  ['csv.audit.targetName', (e) => e.target?.name],
  ['csv.audit.targetEmail', (e) => e.target?.email],
  ['csv.audit.optOut', (e) => e.optOut],
  ['csv.audit.optOutUntil', (e) => e.optOutUntil],
  ['csv.audit.reason', (e) => e.reason],
  ['csv.audit.requestSource', (e) => e.request?.source],
  ['csv.audit.requestMethod', (e) => e.request?.method],
  ['csv.audit.requestPath', (e) => e.request?.path],
  ['csv.audit.outcomeOk', (e) => e.outcome.ok],
  ['csv.audit.outcomeStatus', (e) => e.outcome.status],
  ['csv.audit.outcomeKind', (e) => (e.outcome.ok ? undefined : e.outcome.kind)],
  ['csv.audit.outcomeDetail', (e) => (e.outcome.ok ? undefined : e.outcome.detail)],
  // A bulk row's run and input line, so a spreadsheet can match the history to the run's own export.
  ['csv.audit.runId', (e) => e.run?.id],
  ['csv.audit.runLine', (e) => e.run?.line],
  ['csv.audit.id', (e) => e.id],
];

export function toCsv(entries: readonly AuditEntry[]): string {
  return csvTable(namedColumns(COLUMNS), entries);
}

/**
 * The version of the entries' shape in a JSON export. Not AUDIT_HISTORY_VERSION: that numbers the
 * storage layout, which went to pages in its version 2 while the entries stayed as they were.
 */
const AUDIT_EXPORT_VERSION = 1;

/** The entries with the version of their shape, so a later version can read an old export. */
export function toJsonExport(entries: readonly AuditEntry[], exportedAt: Date): string {
  return JSON.stringify({ version: AUDIT_EXPORT_VERSION, exportedAt: exportedAt.toISOString(), entries }, null, 2);
}

/** The CSV file of `entries`, named for `at`. The byte-order mark makes spreadsheet apps read names with accents as UTF-8. */
export function csvFile(entries: readonly AuditEntry[], at: Date): { name: string; blob: Blob } {
  return { name: exportFileName('csv', at), blob: new Blob(['\uFEFF', toCsv(entries)], { type: 'text/csv;charset=utf-8' }) };
}

/** e.g. `resolver-mfa-audit-2025-03-04.csv` (local date). */
export function exportFileName(extension: 'csv' | 'json', at: Date): string {
  return datedFileName('resolver-mfa-audit', extension, at);
}
