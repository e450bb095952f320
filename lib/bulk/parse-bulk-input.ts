/**
 * Turns what the admin pasted, or a CSV file's text, into a bulk run's entries.
 *
 * - CSV quirks handled: a byte-order mark, CRLF or LF line ends, fields in double quotes (which
 *   may hold delimiters and line breaks) with `""` for a quote inside.
 * - A first row with a cell named like a user column (email, e-mail, userId, user id, id, user;
 *   any case) is a header: that column is read from every following row, and the delimiter is
 *   the one the header uses. When several such columns exist, email wins: an `id` column in an
 *   export from another system (HR, a ticket tool) is often that system's id, and reading it as
 *   a Resolver user id would change the wrong person; an email means the same person everywhere.
 * - Without a header, every non-empty cell is an entry: one per line, or several on one line
 *   separated by commas, semicolons or tabs. Blank lines and empty cells are ignored.
 *
 * Each entry's `line` is its 1-based position among the entries (a header row not counted), so
 * it is unique within a run and, for the usual one-entry-per-line list, equals its line number.
 */
import { t } from '../i18n';
import type { Result } from '../protocol';
import { AUDIT_NAME_MAX } from '../audit/audit-schema';
import { fail, ok } from '../result';
import { BULK_ROW_LIMIT } from './bulk-schema';

export interface BulkEntry {
  line: number;
  /** Trimmed, and cut to the length a run keeps. */
  input: string;
}

/** Header names in order of preference (compared lower-cased, spaces kept). */
const HEADER_NAMES = ['email', 'e-mail', 'userid', 'user id', 'id', 'user'];
const DELIMITERS = [',', ';', '\t'];

export function parseBulkInput(text: string): Result<BulkEntry[]> {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const header = headerOf(withoutBom);
  const records = readRecords(withoutBom, header === null ? DELIMITERS : [header.delimiter]);
  if (!records.ok) return records;

  const cells =
    header === null
      ? records.value.flat().filter((cell) => cell !== '')
      : records.value
          .slice(1)
          // A row that is entirely blank is a blank line; a row with an empty email cell is kept,
          // so the admin sees that row was not usable rather than having it vanish.
          .filter((record) => record.some((cell) => cell !== ''))
          .map((record) => record[header.column] ?? '');

  if (cells.length === 0) return fail('invalid-input', { detail: t('bulk.input.empty') });
  if (cells.length > BULK_ROW_LIMIT) {
    return fail('invalid-input', { detail: t('bulk.input.too-many', { count: cells.length, limit: BULK_ROW_LIMIT }) });
  }
  return ok(cells.map((cell, index) => ({ line: index + 1, input: cell.slice(0, AUDIT_NAME_MAX) })));
}

/** The header's chosen column and delimiter, or null when the first row is not a header. */
function headerOf(text: string): { column: number; delimiter: string } | null {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  // The header's own delimiter: the most frequent one on its line (a lone column has none).
  const delimiter = DELIMITERS.map((d) => ({ d, count: firstLine.split(d).length })).sort((a, b) => b.count - a.count)[0]?.d ?? ',';
  const first = readRecords(firstLine, [delimiter]);
  const names = first.ok ? (first.value[0] ?? []).map((cell) => cell.toLowerCase()) : [];
  for (const wanted of HEADER_NAMES) {
    const column = names.indexOf(wanted);
    if (column !== -1) return { column, delimiter };
  }
  return null;
}

/** RFC 4180 records with any of `delimiters`; every cell trimmed. Fails on an unclosed quote. */
function readRecords(text: string, delimiters: readonly string[]): Result<string[][]> {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let line = 1;
  let index = 0;
  const endCell = () => {
    record.push(cell.trim());
    cell = '';
  };
  const endRecord = () => {
    endCell();
    records.push(record);
    record = [];
  };
  while (index < text.length) {
    const char = text[index] as string;
    if (char === '"' && cell.trim() === '') {
      // A quoted field: everything up to the closing quote, `""` standing for one quote.
      const startLine = line;
      let quoted = '';
      index += 1;
      for (;;) {
        if (index >= text.length) return fail('invalid-input', { detail: t('bulk.input.unclosed-quote', { line: startLine }) });
        const inner = text[index] as string;
        if (inner === '"' && text[index + 1] === '"') {
          quoted += '"';
          index += 2;
        } else if (inner === '"') {
          index += 1;
          break;
        } else {
          if (inner === '\n') line += 1;
          quoted += inner;
          index += 1;
        }
      }
      cell = quoted;
      continue;
    }
    if (delimiters.includes(char)) endCell();
    else if (char === '\n' || (char === '\r' && text[index + 1] === '\n')) {
      if (char === '\r') index += 1;
      line += 1;
      endRecord();
    } else cell += char;
    index += 1;
  }
  if (cell !== '' || record.length > 0) endRecord();
  return ok(records);
}
