/**
 * A bulk run's rows as a CSV file (formula-safe, see lib/csv.ts): what each input line resolved
 * to, and how sending went. Column names are in the admin's language (in English the field names,
 * as earlier exports had them); values are language-neutral (resolution and state names, failure
 * kinds, Resolver's own messages), so tools can read them whatever the UI language.
 */
import type { AuditOutcome } from '../audit/audit-schema';
import { csvTable, datedFileName, namedColumns, type KeyedCsvColumns } from '../csv';
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

const COLUMNS: KeyedCsvColumns<BulkRow> = [
  ['csv.bulk.line', (row) => row.line],
  ['csv.bulk.input', (row) => row.input],
  ['csv.bulk.userId', (row) => userOf(row.resolution)?.id],
  ['csv.bulk.userName', (row) => userOf(row.resolution)?.name],
  ['csv.bulk.userEmail', (row) => userOf(row.resolution)?.email],
  ['csv.bulk.resolution', (row) => row.resolution.kind],
  ['csv.bulk.state', (row) => row.state],
  ['csv.bulk.attempts', (row) => row.attempts],
  ['csv.bulk.status', (row) => outcomeOf(row)?.status],
  ['csv.bulk.message', messageOf],
  ['csv.bulk.finishedAt', (row) => row.finishedAt],
];

/** One row per input line, in the order given. */
export function bulkRowsToCsv(rows: readonly BulkRow[]): string {
  return csvTable(namedColumns(COLUMNS), rows);
}

/** e.g. `resolver-mfa-bulk-2025-03-04.csv` (local date). */
export function bulkExportFileName(at: Date): string {
  return datedFileName('resolver-mfa-bulk', 'csv', at);
}
