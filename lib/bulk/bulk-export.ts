/**
 * A bulk run's rows as a CSV file (formula-safe, see lib/csv.ts): what each input line resolved
 * to, and how sending went. Column names and values are language-neutral (field names, failure
 * kinds, Resolver's own messages), so tools can read the file whatever the UI language.
 */
import type { AuditOutcome } from '../audit/audit-schema';
import { csvTable, datedFileName, type CsvColumns } from '../csv';
import type { UserSummary } from '../protocol';
import type { BulkRow, RowResolution } from './bulk-schema';

function userOf(resolution: RowResolution): UserSummary | undefined {
  return 'user' in resolution ? resolution.user : undefined;
}

/** The last attempt's outcome or, for a row whose lookup failed, the lookup's. */
function outcomeOf(row: BulkRow): AuditOutcome | undefined {
  return row.outcome ?? (row.resolution.kind === 'lookup-failed' ? row.resolution.outcome : undefined);
}

function messageOf(row: BulkRow): string | undefined {
  if (row.resolution.kind === 'invalid') return row.resolution.detail;
  const outcome = outcomeOf(row);
  if (!outcome || outcome.ok) return undefined;
  return outcome.detail ? `${outcome.kind}: ${outcome.detail}` : outcome.kind;
}

const COLUMNS: CsvColumns<BulkRow> = [
  ['line', (row) => row.line],
  ['input', (row) => row.input],
  ['user.id', (row) => userOf(row.resolution)?.id],
  ['user.name', (row) => userOf(row.resolution)?.name],
  ['user.email', (row) => userOf(row.resolution)?.email],
  ['resolution', (row) => row.resolution.kind],
  ['state', (row) => row.state],
  ['attempts', (row) => row.attempts],
  ['status', (row) => outcomeOf(row)?.status],
  ['message', messageOf],
  ['finishedAt', (row) => row.finishedAt],
];

/** One row per input line, in the order given. */
export function bulkRowsToCsv(rows: readonly BulkRow[]): string {
  return csvTable(COLUMNS, rows);
}

/** e.g. `resolver-mfa-bulk-2025-03-04.csv` (local date). */
export function bulkExportFileName(at: Date): string {
  return datedFileName('resolver-mfa-bulk', 'csv', at);
}
