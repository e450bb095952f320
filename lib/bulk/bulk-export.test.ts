import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n';
import { asRecords, parseCsv } from '../test-csv';
import { bulkExportFileName, bulkRowsToCsv } from './bulk-export';
import type { BulkRow, RowResolution } from './bulk-schema';
import { readyRow, testUser } from './test-runs';

const bulkRowFor = (line: number, overrides: Partial<BulkRow> = {}): BulkRow => ({ ...readyRow(line), ...overrides });
const flaggedRowFor = (line: number, input: string, resolution: RowResolution): BulkRow => ({
  line,
  input,
  resolution,
  state: 'skipped',
  attempts: 0,
});

describe('the bulk CSV export', () => {
  afterEach(async () => {
    await setLanguage('en');
  });

  it('names its columns in the admin’s language, and keeps the values language-neutral', async () => {
    const rows = [bulkRowFor(1, { state: 'done', attempts: 1, outcome: { ok: true, status: 204 } })];
    const [english = [], englishRow] = parseCsv(bulkRowsToCsv(rows));
    await setLanguage('fr');
    const [french = [], frenchRow] = parseCsv(bulkRowsToCsv(rows));
    expect(french).toEqual([
      'Ligne',
      'Saisie',
      'Id utilisateur',
      'Nom utilisateur',
      'E-mail utilisateur',
      'Résultat de la recherche',
      'État',
      'Tentatives',
      'Code HTTP',
      'Message',
      'Terminé le',
    ]);
    expect(english).toHaveLength(french.length);
    expect(frenchRow).toEqual(englishRow);
  });

  it('has one row per input line with the user it resolved to and how sending went', () => {
    const rows = [
      bulkRowFor(1, { state: 'done', attempts: 1, outcome: { ok: true, status: 204 }, finishedAt: '2025-03-04T10:01:00.000Z' }),
      bulkRowFor(2, {
        state: 'failed',
        attempts: 3,
        outcome: { ok: false, kind: 'server', status: 500, detail: 'internal.error' },
        finishedAt: '2025-03-04T10:02:00.000Z',
      }),
    ];
    expect(asRecords(bulkRowsToCsv(rows))).toEqual([
      {
        line: '1',
        input: 'user101@acme.example',
        'user.id': '101',
        'user.name': 'User 101',
        'user.email': 'user101@acme.example',
        resolution: 'ready',
        state: 'done',
        attempts: '1',
        status: '204',
        message: '',
        finishedAt: '2025-03-04T10:01:00.000Z',
      },
      {
        line: '2',
        input: 'user102@acme.example',
        'user.id': '102',
        'user.name': 'User 102',
        'user.email': 'user102@acme.example',
        resolution: 'ready',
        state: 'failed',
        attempts: '3',
        status: '500',
        message: 'server: internal.error',
        finishedAt: '2025-03-04T10:02:00.000Z',
      },
    ]);
  });

  it('names why flagged rows were skipped, with the user when one was found', () => {
    const rows = [
      flaggedRowFor(3, 'nobody@acme.example', { kind: 'unknown' }),
      flaggedRowFor(4, '12a', { kind: 'invalid', detail: 'not an id or email' }),
      flaggedRowFor(5, 'sam@acme.example', { kind: 'sso', user: { ...testUser(9), name: 'Sam Sso' } }),
      flaggedRowFor(6, 'x@acme.example', { kind: 'lookup-failed', outcome: { ok: false, kind: 'timeout' } }),
      flaggedRowFor(7, 'user101@acme.example', { kind: 'duplicate', user: testUser(101), firstLine: 1 }),
    ];
    const records = asRecords(bulkRowsToCsv(rows));
    expect(records.map((r) => [r.line, r.resolution, r.state, r['user.name'], r.message])).toEqual([
      ['3', 'unknown', 'skipped', '', ''],
      ['4', 'invalid', 'skipped', '', 'not an id or email'],
      ['5', 'sso', 'skipped', 'Sam Sso', ''],
      ['6', 'lookup-failed', 'skipped', '', 'timeout'],
      ['7', 'duplicate', 'skipped', 'User 101', ''],
    ]);
  });

  it('makes pasted input that looks like a formula inert', () => {
    const [record] = asRecords(bulkRowsToCsv([flaggedRowFor(1, '=HYPERLINK("http://evil.example")', { kind: 'unknown' })]));
    expect(record?.input).toBe(`'=HYPERLINK("http://evil.example")`);
  });

  it('is named for the local date', () => {
    expect(bulkExportFileName(new Date(2025, 2, 4, 23, 59))).toBe('resolver-mfa-bulk-2025-03-04.csv');
  });
});
