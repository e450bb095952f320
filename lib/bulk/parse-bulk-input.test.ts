import { describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { BULK_ROW_LIMIT } from './bulk-schema';
import { parseBulkInput } from './parse-bulk-input';

const inputs = (text: string) => {
  const parsed = parseBulkInput(text);
  if (!parsed.ok) throw new Error(`expected entries, got ${parsed.detail}`);
  return parsed.value.map((entry) => entry.input);
};

describe('pasted lists', () => {
  it('takes one entry per line, trimmed, ignoring blank lines, and numbers them in order', () => {
    expect(parseBulkInput(' 42 \n\nalice@acme.example\r\n  \n7\n')).toEqual({
      ok: true,
      value: [
        { line: 1, input: '42' },
        { line: 2, input: 'alice@acme.example' },
        { line: 3, input: '7' },
      ],
    });
  });

  it('splits entries separated by commas, semicolons or tabs on one line', () => {
    expect(inputs('42, 43;alice@acme.example\tbob@acme.example,,\n44')).toEqual([
      '42',
      '43',
      'alice@acme.example',
      'bob@acme.example',
      '44',
    ]);
  });

  it('refuses an input with no entry', () => {
    expect(parseBulkInput(' \n ,, \n')).toEqual({ ok: false, kind: 'invalid-input', detail: t('bulk.input.empty') });
  });

  it(`refuses more than ${BULK_ROW_LIMIT} entries, saying how many there were`, () => {
    const text = Array.from({ length: BULK_ROW_LIMIT + 1 }, (_, i) => String(i + 1)).join('\n');
    expect(parseBulkInput(text)).toEqual({
      ok: false,
      kind: 'invalid-input',
      detail: t('bulk.input.too-many', { count: BULK_ROW_LIMIT + 1, limit: BULK_ROW_LIMIT }),
    });
    expect(inputs(text.split('\n').slice(0, BULK_ROW_LIMIT).join('\n'))).toHaveLength(BULK_ROW_LIMIT);
  });
});

describe('CSV files', () => {
  it('reads the email column of a file with a header, BOM and CRLF line ends', () => {
    const csv = '\uFEFFName,Email,Department\r\nAlice Example,alice@acme.example,Risk\r\nBob,bob@acme.example,IT\r\n';
    expect(parseBulkInput(csv)).toEqual({
      ok: true,
      value: [
        { line: 1, input: 'alice@acme.example' },
        { line: 2, input: 'bob@acme.example' },
      ],
    });
  });

  it('reads quoted fields holding delimiters, line breaks and doubled quotes', () => {
    const csv = 'name,e-mail\n"Example, Alice ""Al""",alice@acme.example\n"Bob\nBuilder","bob@acme.example"\n';
    expect(inputs(csv)).toEqual(['alice@acme.example', 'bob@acme.example']);
  });

  it('prefers the email column over an id column, whatever their order or case', () => {
    expect(inputs('ID;EMAIL\n900;alice@acme.example\n')).toEqual(['alice@acme.example']);
  });

  it.each([
    ['userId', 'userId\n42\n43'],
    ['user id', 'name\tUser ID\nAlice\t42\nBob\t43'],
    ['id', '"id","name"\n42,Alice\n43,Bob'],
    ['user', 'User\n42\n43'],
  ])('reads a %s column', (_name, csv) => {
    expect(inputs(csv)).toEqual(['42', '43']);
  });

  it('keeps a data row whose cell is empty (it is shown as not usable), but not a blank line', () => {
    expect(inputs('email,name\n,Nobody\n\nalice@acme.example,Alice\n')).toEqual(['', 'alice@acme.example']);
  });

  it('uses the header’s delimiter, so a comma inside a semicolon-separated name does not shift columns', () => {
    expect(inputs('name;email\nDoe, Jane;jane@acme.example\n')).toEqual(['jane@acme.example']);
  });

  it('reports a quote that is never closed, with the line it starts on', () => {
    expect(parseBulkInput('email\nalice@acme.example\n"bob@acme.example\n')).toEqual({
      ok: false,
      kind: 'invalid-input',
      detail: t('bulk.input.unclosed-quote', { line: 3 }),
    });
  });

  it('cuts an overlong cell to the length a run keeps', () => {
    const [long] = inputs(`${'x'.repeat(400)}@acme.example`);
    expect(long).toHaveLength(300);
  });
});
