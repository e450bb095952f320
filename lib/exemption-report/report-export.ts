/**
 * The exemption report as files an admin hands to an auditor. Both hold the org, the environment,
 * the scan time and the counts with the rows. The CSV's column and field names are in the admin's
 * language (in English the field names, as earlier exports had them); the JSON's names and every
 * value are language-neutral (field names, ISO times, true/false), so tools read them whatever
 * the UI language.
 *
 * CSV (formula-safe, see lib/csv.ts): first a block of `field,value` lines describing the scan,
 * then an empty line, then the table of exempt users. Spreadsheets open it as it is; a tool that
 * wants the table alone skips to the line after the first empty one.
 */
import { csvTable, datedFileName, namedColumns, type KeyedCsvColumns } from '../csv';
import { t, type MessageKey } from '../i18n';
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

const ROW_COLUMNS: KeyedCsvColumns<ReportRow> = [
  ['csv.report.userId', (row) => row.id],
  ['csv.report.userName', (row) => row.name],
  ['csv.report.userEmail', (row) => row.email],
  ['csv.report.active', (row) => row.active],
  ['csv.report.admin', (row) => row.admin],
  ['csv.report.sso', (row) => row.sso],
  ['csv.report.optedOutByName', (row) => row.history?.by?.name],
  ['csv.report.optedOutByEmail', (row) => row.history?.by?.email],
  ['csv.report.optedOutAt', (row) => row.history?.at],
  ['csv.report.reason', (row) => row.history?.reason],
  ['csv.report.reminderDue', (row) => row.reminderDue],
];

/** A line of the block describing the scan: the field's name (a message key) and its value. */
type Field = readonly [MessageKey, string | number | boolean | null | undefined];
const FIELD_COLUMNS: KeyedCsvColumns<Field> = [
  ['csv.report.field', ([name]) => t(name)],
  ['csv.report.value', ([, value]) => value],
];

export function reportToCsv(scan: Scan, rows: readonly ReportRow[]): string {
  const about = aboutScan(scan);
  const fields: Field[] = [
    ['csv.report.orgId', about.org.id],
    ['csv.report.orgName', about.org.name],
    ['csv.report.environment', about.environment],
    ['csv.report.origin', about.origin],
    ['csv.report.phase', about.phase],
    ['csv.report.scannedAt', about.scannedAt],
    ['csv.report.scannedByEmail', about.scannedBy.email],
    ['csv.report.listingComplete', about.listing?.complete],
    ['csv.report.listingReportedTotal', about.listing?.reportedTotal],
    ...(Object.keys(about.counts) as (keyof typeof about.counts)[]).map((name): Field => [`csv.report.count.${name}`, about.counts[name]]),
  ];
  return `${csvTable(namedColumns(FIELD_COLUMNS), fields)}\r\n${csvTable(namedColumns(ROW_COLUMNS), rows)}`;
}

export function reportToJson(scan: Scan, rows: readonly ReportRow[]): string {
  return JSON.stringify({ ...aboutScan(scan), exempt: rows }, null, 2);
}

/** e.g. `resolver-mfa-exempt-acme-2025-03-04.csv` (local date; the environment's host name first label). */
export function reportFileName(scan: Pick<Scan, 'origin'>, extension: 'csv' | 'json', at: Date): string {
  const label = new URL(scan.origin).hostname.split('.')[0]?.replace(/[^a-z0-9-]/gi, '') ?? '';
  return datedFileName(`resolver-mfa-exempt${label ? `-${label}` : ''}`, extension, at);
}
