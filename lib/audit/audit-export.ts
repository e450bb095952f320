/**
 * The audit history as files an admin can hand on: CSV for spreadsheets (formula-safe, see
 * lib/csv.ts), JSON for tools.
 */
import { csvTable, datedFileName, type CsvColumns } from '../csv';
import type { AuditEntry } from './audit-schema';

/** Column names are the entry's field paths, the same in every language, so tools can rely on them. */
const COLUMNS: CsvColumns<AuditEntry> = [
  ['time', (e) => e.time],
  ['admin.id', (e) => e.admin?.id],
  ['admin.name', (e) => e.admin?.name],
  ['admin.email', (e) => e.admin?.email],
  ['origin', (e) => e.origin],
  ['environment', (e) => e.environment],
  ['org.id', (e) => e.org?.id],
  ['org.name', (e) => e.org?.name],
  ['action', (e) => e.action],
  ['target.userId', (e) => e.target?.userId],
  ['target.name', (e) => e.target?.name],
  ['target.email', (e) => e.target?.email],
  ['optOut', (e) => e.optOut],
  ['optOutUntil', (e) => e.optOutUntil],
  ['reason', (e) => e.reason],
  ['request.source', (e) => e.request?.source],
  ['request.method', (e) => e.request?.method],
  ['request.path', (e) => e.request?.path],
  ['outcome.ok', (e) => e.outcome.ok],
  ['outcome.status', (e) => e.outcome.status],
  ['outcome.kind', (e) => (e.outcome.ok ? undefined : e.outcome.kind)],
  ['outcome.detail', (e) => (e.outcome.ok ? undefined : e.outcome.detail)],
  // A bulk row's run and input line, so a spreadsheet can match the history to the run's own export.
  ['run.id', (e) => e.run?.id],
  ['run.line', (e) => e.run?.line],
  ['id', (e) => e.id],
];

export function toCsv(entries: readonly AuditEntry[]): string {
  return csvTable(COLUMNS, entries);
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
