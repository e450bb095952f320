import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n';
import { AuditEntrySchema } from './audit-schema';
import { exportFileName, toCsv, toJsonExport } from './audit-export';
import { asRecords, parseCsv } from '../test-csv';
import { auditEntryFor } from './test-entries';

describe('CSV export', () => {
  afterEach(async () => {
    await setLanguage('en');
  });

  it('has one header row and one row per entry, in the order given', () => {
    const records = asRecords(
      toCsv([auditEntryFor({ id: 'b' }), auditEntryFor({ id: 'a', action: 'setMfaOptOut', optOut: false })]),
    );
    expect(records.map((record) => [record.id, record.action, record.optOut])).toEqual([
      ['b', 'resetUserMfa', ''],
      ['a', 'setMfaOptOut', 'false'],
    ]);
    expect(records[0]).toMatchObject({
      time: '2025-03-04T10:00:00.000Z',
      'admin.email': 'ada@acme.example',
      'org.name': 'Acme Corp',
      'target.userId': '42',
      'request.source': 'spec',
      'outcome.ok': 'true',
      'outcome.status': '204',
      'outcome.kind': '',
    });
  });

  it('keeps commas, quotes and line breaks inside their cell', () => {
    const reason = 'Lost phone, "urgent"\r\nticket 7\nsee notes';
    const [record] = asRecords(toCsv([auditEntryFor({ reason })]));
    expect(record?.reason).toBe(reason);
  });

  it.each(['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'makes a cell starting like a formula inert: %j',
    (name) => {
      const [record] = asRecords(toCsv([auditEntryFor({ target: { userId: 42, name } })]));
      expect(record?.['target.name']).toBe(`'${name}`);
    },
  );

  it('leaves ordinary text, including a formula sign later in the cell, as it is', () => {
    const [record] = asRecords(toCsv([auditEntryFor({ target: { userId: 42, name: 'Ann = Smith' } })]));
    expect(record?.['target.name']).toBe('Ann = Smith');
  });

  it('writes failures with their kind and Resolver’s message', () => {
    const outcome = { ok: false, kind: 'forbidden', status: 403, detail: 'access.denied' } as const;
    const [record] = asRecords(toCsv([auditEntryFor({ outcome, admin: null, org: null })]));
    expect(record).toMatchObject({
      'outcome.ok': 'false',
      'outcome.kind': 'forbidden',
      'outcome.status': '403',
      'outcome.detail': 'access.denied',
      'admin.email': '',
      'org.name': '',
    });
  });

  it('names the bulk run and input line of a bulk row, and leaves both empty for a single action', () => {
    const records = asRecords(toCsv([auditEntryFor({ id: 'bulk', run: { id: 'run-7', line: 12 } }), auditEntryFor({ id: 'single' })]));
    expect(records.map((record) => [record.id, record['run.id'], record['run.line']])).toEqual([
      ['bulk', 'run-7', '12'],
      ['single', '', ''],
    ]);
  });

  it('names its columns in the admin’s language, and keeps the values language-neutral', async () => {
    const entry = auditEntryFor({ outcome: { ok: false, kind: 'forbidden', status: 403 } });
    const [english = [], englishRow] = parseCsv(toCsv([entry]));
    await setLanguage('fr');
    const [french = [], frenchRow] = parseCsv(toCsv([entry]));
    expect(french).toHaveLength(english.length);
    expect(french.slice(0, 4)).toEqual(['Date et heure', 'Id administrateur', 'Nom administrateur', 'E-mail administrateur']);
    expect(frenchRow).toEqual(englishRow);
    expect(asRecords(toCsv([entry]))[0]).toMatchObject({ 'Date et heure': '2025-03-04T10:00:00.000Z', 'Réussie': 'false', 'Type d’échec': 'forbidden' });
  });

  it('is just the header for no entries', () => {
    expect(parseCsv(toCsv([]))).toHaveLength(1);
  });
});

describe('JSON export', () => {
  it('holds the entries as stored, with the format version and the export time', () => {
    const entries = [auditEntryFor({ id: 'b', reason: 'x' }), auditEntryFor({ id: 'a' })];
    const exported: unknown = JSON.parse(toJsonExport(entries, new Date('2025-03-05T12:00:00.000Z')));
    expect(exported).toEqual({ version: 1, exportedAt: '2025-03-05T12:00:00.000Z', entries });
    const read = (exported as { entries: unknown[] }).entries.map((entry) => AuditEntrySchema.parse(entry));
    expect(read).toEqual(entries);
  });
});

describe('export file names', () => {
  it('carry the local date and the format', () => {
    const at = new Date(2025, 2, 4, 23, 59);
    expect(exportFileName('csv', at)).toBe('resolver-mfa-audit-2025-03-04.csv');
    expect(exportFileName('json', at)).toBe('resolver-mfa-audit-2025-03-04.json');
  });
});
