import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n';
import { parseCsv } from '../test-csv';
import { reportFileName, reportToCsv, reportToJson } from './report-export';
import { reportRows, type ReportRow } from './report-rows';
import { CAROL, ORIGIN, scanFor } from './test-scans';

const rows = (): ReportRow[] => [
  {
    ...CAROL,
    history: { by: { id: 1, name: 'Bob Boss', email: 'bob@acme.example' }, at: '2026-03-02T09:00:00.000Z', reason: 'Lost phone' },
    reminderDue: '2026-03-11T10:00:00.000Z',
  },
  ...reportRows(scanFor(), [], []).slice(1),
];

/** The CSV's two blocks: the field/value preamble and the table, split at the first empty line. */
function blocks(csv: string): { fields: Record<string, string>; header: string[]; table: string[][] } {
  const at = csv.indexOf('\r\n\r\n');
  expect(at).toBeGreaterThan(0);
  const [fieldHeader, ...fieldRows] = parseCsv(csv.slice(0, at + 2));
  expect(fieldHeader).toEqual(['field', 'value']);
  const [header = [], ...table] = parseCsv(csv.slice(at + 4));
  return { fields: Object.fromEntries(fieldRows.map(([name = '', value = '']) => [name, value])), header, table };
}

describe('the report as CSV', () => {
  afterEach(async () => {
    await setLanguage('en');
  });

  it('describes the scan field by field, then an empty line, then one row per exempt user', () => {
    const { fields, header, table } = blocks(reportToCsv(scanFor(), rows()));
    expect(fields).toMatchObject({
      'org.id': '10',
      'org.name': 'Acme Corp',
      environment: 'production',
      origin: ORIGIN,
      phase: 'finished',
      scannedAt: '2026-03-04T10:01:00.000Z',
      'scannedBy.email': 'admin@acme.example',
      'listing.complete': 'true',
      'listing.reportedTotal': '',
      'count.users': '5',
      'count.activeUsers': '4',
      'count.exempt': '2',
      'count.activeExempt': '1',
      'count.unreported': '1',
      'count.failed': '0',
      'count.notRead': '0',
      'count.gone': '0',
    });
    expect(header[0]).toBe('user.id');
    expect(header).toEqual([
      'user.id',
      'user.name',
      'user.email',
      'active',
      'admin',
      'sso',
      'optedOutBy.name',
      'optedOutBy.email',
      'optedOutAt',
      'reason',
      'reminderDue',
    ]);
    expect(table).toEqual([
      ['4', 'Carol Example', 'carol@acme.example', 'true', 'false', 'false', 'Bob Boss', 'bob@acme.example', '2026-03-02T09:00:00.000Z', 'Lost phone', '2026-03-11T10:00:00.000Z'],
      ['7', 'Gus Gone', 'gus@acme.example', 'false', 'false', 'false', '', '', '', '', ''],
    ]);
  });

  it('names its fields and columns in the admin’s language, and keeps the values language-neutral', async () => {
    const parts = (csv: string) => csv.split('\r\n\r\n').map((part) => parseCsv(part.endsWith('\r\n') ? part : `${part}\r\n`));
    const [englishFields = [], englishTable = []] = parts(reportToCsv(scanFor(), rows()));
    await setLanguage('fr');
    const [frenchFields = [], frenchTable = []] = parts(reportToCsv(scanFor(), rows()));
    expect(frenchFields[0]).toEqual(['Champ', 'Valeur']);
    expect(frenchFields[1]).toEqual(['Id organisation', '10']);
    expect(frenchFields).toContainEqual(['Exemptés actifs', '1']);
    expect(frenchTable[0]).toEqual([
      'Id utilisateur',
      'Nom utilisateur',
      'E-mail utilisateur',
      'Actif',
      'Administrateur',
      'SSO',
      'Exempté par (nom)',
      'Exempté par (e-mail)',
      'Exempté le',
      'Motif',
      'Échéance du rappel',
    ]);
    // Every value is the same as in English.
    expect(frenchFields.map(([, value]) => value).slice(1)).toEqual(englishFields.map(([, value]) => value).slice(1));
    expect(frenchTable.slice(1)).toEqual(englishTable.slice(1));
  });

  it('leaves the table empty (header only) when nobody is exempt', () => {
    const { fields, table } = blocks(reportToCsv(scanFor({ states: 'sssss', exempt: [] }), []));
    expect(fields['count.exempt']).toBe('0');
    expect(table).toEqual([]);
  });

  it('neutralises formula-looking names in the table and the preamble', () => {
    const scan = scanFor({ org: { id: 10, name: '@SUM(A1)' } });
    const evil: ReportRow = { ...CAROL, name: '=HYPERLINK("https://evil.example")', email: '+1@x', history: null, reminderDue: null };
    const { fields, table } = blocks(reportToCsv(scan, [evil]));
    expect(fields['org.name']).toBe("'@SUM(A1)");
    expect(table[0]?.slice(1, 3)).toEqual(['\'=HYPERLINK("https://evil.example")', "'+1@x"]);
  });
});

describe('the report as JSON', () => {
  it('parses and holds the scan’s description, its counts and the rows', () => {
    const parsed = JSON.parse(reportToJson(scanFor({ listing: { pages: 2, reportedTotal: 7, complete: false } }), rows())) as Record<string, unknown>;
    expect(parsed).toMatchObject({
      org: { id: 10, name: 'Acme Corp' },
      environment: 'production',
      origin: ORIGIN,
      scannedAt: '2026-03-04T10:01:00.000Z',
      scannedBy: { id: 1, email: 'admin@acme.example' },
      listing: { pages: 2, reportedTotal: 7, complete: false },
      counts: { users: 5, activeUsers: 4, exempt: 2, activeExempt: 1, unreported: 1, failed: 0, notRead: 0, gone: 0 },
    });
    expect(parsed.exempt).toEqual(JSON.parse(JSON.stringify(rows())));
  });
});

describe('the file name', () => {
  it('names the environment by its host’s first label and the local date', () => {
    const at = new Date(2026, 2, 4, 23, 30);
    expect(reportFileName(scanFor(), 'csv', at)).toBe('resolver-mfa-exempt-acme-2026-03-04.csv');
    expect(reportFileName({ origin: 'https://acme-sandbox.resolver.com' }, 'json', at)).toBe('resolver-mfa-exempt-acme-sandbox-2026-03-04.json');
  });
});
