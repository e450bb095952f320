/**
 * Tables as files an admin can hand on, shared by every export (audit history, bulk runs,
 * exemption reports).
 *
 * CSV follows RFC 4180 (every cell quoted, quotes doubled, CRLF rows). A cell that starts with
 * `=`, `+`, `-` or `@` (or a tab or carriage return) would run as a formula when the file is
 * opened in a spreadsheet, and exports hold text from Resolver and from pasted input (names,
 * server messages), so such cells get a leading apostrophe (OWASP's advice against CSV injection).
 */

import { t, type MessageKey } from './i18n';

export type CsvCell = string | number | boolean | null | undefined;

/** Column name, and how to read that column's cell from one item. */
export type CsvColumns<T> = readonly (readonly [string, (item: T) => CsvCell])[];

/** Columns named by message key: each export names its columns in the admin's language. */
export type KeyedCsvColumns<T> = readonly (readonly [MessageKey, (item: T) => CsvCell])[];

/** The columns with their names in the current language, read when the file is made (the language may change meanwhile). */
export function namedColumns<T>(columns: KeyedCsvColumns<T>): CsvColumns<T> {
  return columns.map(([key, read]) => [t(key), read] as const);
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  const text = value === null || value === undefined ? '' : String(value);
  const inert = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${inert.replaceAll('"', '""')}"`;
}

/** A header row of the column names, then one row per item, in the order given. */
export function csvTable<T>(columns: CsvColumns<T>, items: readonly T[]): string {
  const header = columns.map(([name]) => csvCell(name)).join(',');
  const rows = items.map((item) => columns.map(([, read]) => csvCell(read(item))).join(','));
  return [header, ...rows].join('\r\n') + '\r\n';
}

/** e.g. `resolver-mfa-audit-2025-03-04.csv` for prefix `resolver-mfa-audit` (local date). */
export function datedFileName(prefix: string, extension: string, at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${prefix}-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}.${extension}`;
}
