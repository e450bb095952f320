/**
 * The audit history as files an admin can hand on: CSV for spreadsheets, JSON for tools.
 *
 * CSV follows RFC 4180 (every cell quoted, quotes doubled, CRLF rows). A cell that starts with
 * `=`, `+`, `-` or `@` (or a tab or carriage return) would run as a formula when the file is
 * opened in a spreadsheet, and entries hold text from Resolver (names, server messages), so such
 * cells get a leading apostrophe (OWASP's advice against CSV injection).
 */
import { AUDIT_HISTORY_VERSION } from './audit-migrations';
import type { AuditEntry } from './audit-schema';

type Cell = string | number | boolean | null | undefined;

/** Column names are the entry's field paths, the same in every language, so tools can rely on them. */
const COLUMNS: readonly (readonly [string, (entry: AuditEntry) => Cell])[] = [
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
  ['reason', (e) => e.reason],
  ['request.source', (e) => e.request?.source],
  ['request.method', (e) => e.request?.method],
  ['request.path', (e) => e.request?.path],
  ['outcome.ok', (e) => e.outcome.ok],
  ['outcome.status', (e) => e.outcome.status],
  ['outcome.kind', (e) => (e.outcome.ok ? undefined : e.outcome.kind)],
  ['outcome.detail', (e) => (e.outcome.ok ? undefined : e.outcome.detail)],
  ['id', (e) => e.id],
];

const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: Cell): string {
  const text = value === null || value === undefined ? '' : String(value);
  const inert = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${inert.replaceAll('"', '""')}"`;
}

export function toCsv(entries: readonly AuditEntry[]): string {
  const header = COLUMNS.map(([name]) => csvCell(name)).join(',');
  const rows = entries.map((entry) => COLUMNS.map(([, read]) => csvCell(read(entry))).join(','));
  return [header, ...rows].join('\r\n') + '\r\n';
}

/** The entries with the version of their shape, so a later version can read an old export. */
export function toJsonExport(entries: readonly AuditEntry[], exportedAt: Date): string {
  return JSON.stringify({ version: AUDIT_HISTORY_VERSION, exportedAt: exportedAt.toISOString(), entries }, null, 2);
}

/** e.g. `resolver-mfa-audit-2025-03-04.csv` (local date). */
export function exportFileName(extension: 'csv' | 'json', at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `resolver-mfa-audit-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}.${extension}`;
}
