/**
 * The exemption report as files an admin hands to an auditor. Both hold the org, the environment,
 * the scan time and the counts with the rows. Names and values are language-neutral (field names,
 * ISO times, true/false), so tools read them whatever the UI language.
 *
 * CSV (formula-safe, see lib/csv.ts): first a block of `field,value` lines describing the scan,
 * then an empty line, then the table of exempt users. Spreadsheets open it as it is; a tool that
 * wants the table alone skips to the line after the first empty one.
 */
import { csvTable, datedFileName, type CsvColumns } from '../csv';
import type { Scan } from './report-schema';
import type { ReportRow } from './report-rows';
import { scanCounts } from './scan-counts';

/** What the report describes, for both files. */
function aboutScan(scan: Scan) {
  const counts = scanCounts(scan);
  return {
    org: scan.org,
    environment: scan.environment,
    origin: scan.origin,
    phase: scan.phase,
    scannedAt: scan.finishedAt,
    scannedBy: scan.admin,
    listing: scan.listing,
    counts: {
      users: counts.users,
      activeUsers: counts.activeUsers,
      exempt: counts.exempt,
      activeExempt: counts.activeExempt,
      unreported: counts.unreported,
      failed: counts.failed,
      notRead: counts.pending,
      gone: counts.gone,
    },
  };
}

const ROW_COLUMNS: CsvColumns<ReportRow> = [
  ['user.id', (row) => row.id],
  ['user.name', (row) => row.name],
  ['user.email', (row) => row.email],
  ['active', (row) => row.active],
  ['admin', (row) => row.admin],
  ['sso', (row) => row.sso],
  ['optedOutBy.name', (row) => row.history?.by?.name],
  ['optedOutBy.email', (row) => row.history?.by?.email],
  ['optedOutAt', (row) => row.history?.at],
  ['reason', (row) => row.history?.reason],
  ['reminderDue', (row) => row.reminderDue],
];

type Field = readonly [string, string | number | boolean | null | undefined];
const FIELD_COLUMNS: CsvColumns<Field> = [
  ['field', ([name]) => name],
  ['value', ([, value]) => value],
];

export function reportToCsv(scan: Scan, rows: readonly ReportRow[]): string {
  const about = aboutScan(scan);
  const fields: Field[] = [
    ['org.id', about.org.id],
    ['org.name', about.org.name],
    ['environment', about.environment],
    ['origin', about.origin],
    ['phase', about.phase],
    ['scannedAt', about.scannedAt],
    ['scannedBy.email', about.scannedBy.email],
    ['listing.complete', about.listing?.complete],
    ['listing.reportedTotal', about.listing?.reportedTotal],
    ...Object.entries(about.counts).map(([name, value]): Field => [`count.${name}`, value]),
  ];
  return `${csvTable(FIELD_COLUMNS, fields)}\r\n${csvTable(ROW_COLUMNS, rows)}`;
}

export function reportToJson(scan: Scan, rows: readonly ReportRow[]): string {
  return JSON.stringify({ ...aboutScan(scan), exempt: rows }, null, 2);
}

/** e.g. `resolver-mfa-exempt-acme-2025-03-04.csv` (local date; the environment's host name first label). */
export function reportFileName(scan: Pick<Scan, 'origin'>, extension: 'csv' | 'json', at: Date): string {
  const label = new URL(scan.origin).hostname.split('.')[0]?.replace(/[^a-z0-9-]/gi, '') ?? '';
  return datedFileName(`resolver-mfa-exempt${label ? `-${label}` : ''}`, extension, at);
}
