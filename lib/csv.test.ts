import { describe, expect, it } from 'vitest';
import { csvCell, csvTable, datedFileName, type CsvColumns } from './csv';
import { asRecords, parseCsv } from './test-csv';

interface Item {
  name: string;
  count?: number;
}

const COLUMNS: CsvColumns<Item> = [
  ['name', (item) => item.name],
  ['count', (item) => item.count],
];

describe('CSV tables', () => {
  it('write a header row, then one CRLF-ended row per item, in the order given', () => {
    const csv = csvTable(COLUMNS, [{ name: 'b', count: 2 }, { name: 'a' }]);
    expect(csv).toBe('"name","count"\r\n"b","2"\r\n"a",""\r\n');
  });

  it('keep commas, quotes and line breaks inside their cell', () => {
    const name = 'Lost phone, "urgent"\r\nticket 7\nsee notes';
    expect(asRecords(csvTable(COLUMNS, [{ name }]))[0]?.name).toBe(name);
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tcmd', '\rcmd'])('make a cell starting like a formula inert: %j', (name) => {
    expect(csvCell(name)).toBe(`"'${name.replaceAll('"', '""')}"`);
  });

  it('leave a formula sign later in the cell alone, and write null and undefined as empty', () => {
    expect([csvCell('Ann = Smith'), csvCell(null), csvCell(undefined), csvCell(false)]).toEqual([
      '"Ann = Smith"',
      '""',
      '""',
      '"false"',
    ]);
  });

  it('are just the header for no items', () => {
    expect(parseCsv(csvTable(COLUMNS, []))).toEqual([['name', 'count']]);
  });
});

describe('dated export file names', () => {
  it('carry the prefix, the local date and the extension', () => {
    expect(datedFileName('resolver-mfa-bulk', 'csv', new Date(2025, 0, 9, 23, 59))).toBe('resolver-mfa-bulk-2025-01-09.csv');
  });
});
