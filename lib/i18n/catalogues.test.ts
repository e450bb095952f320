/**
 * What the compiler cannot see in the catalogues: the same keys at run time (a cast or a spread
 * could hide a gap), the same placeholders in every language, no text left untranslated, and
 * French typography.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUES, type MessageKey } from './catalogues';
import { LANGUAGES } from './languages';

const { en, fr } = CATALOGUES;
const keys = Object.keys(en) as MessageKey[];

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

/**
 * Texts that read the same in French: names, codes and words French uses as they are. Anything
 * else equal to its English text was left untranslated.
 */
const SAME_IN_FRENCH: ReadonlySet<MessageKey> = new Set<MessageKey>([
  'ui.status.session',
  'ui.environment.badge.production',
  'ui.environment.badge.sandbox',
  'ui.environment.production',
  'ui.environment.sandbox',
  'ui.user.describe',
  'card.id',
  'card.mfa',
  'audit.filter.action',
  'audit.column.action',
  'bulkUi.form.operation',
  'bulkUi.control.pause',
  'bulkUi.flag.invalid',
  'exemption.pause',
  'exemption.col.id',
  'exemption.col.sso',
  'exemption.col.action',
  'report.format.swagger2',
  'report.format.openapi3',
]);

describe('the catalogues', () => {
  it.each(LANGUAGES)('%s holds exactly the English keys', (language) => {
    expect(Object.keys(CATALOGUES[language]).sort()).toEqual([...keys].sort());
  });

  it.each(LANGUAGES)('%s has a text for every key', (language) => {
    expect(keys.filter((key) => CATALOGUES[language][key].trim() === '')).toEqual([]);
  });

  it('uses the same placeholders in French as in English, for every key', () => {
    const differing = keys.filter((key) => placeholders(fr[key]).join() !== placeholders(en[key]).join());
    expect(differing).toEqual([]);
  });

  it('leaves no English text untranslated in French', () => {
    expect(keys.filter((key) => fr[key] === en[key] && !SAME_IN_FRENCH.has(key))).toEqual([]);
    // And the list names no text that has since been translated.
    expect([...SAME_IN_FRENCH].filter((key) => fr[key] !== en[key])).toEqual([]);
  });

  it('writes French with a non-breaking space before : ; ? ! and inside « »', () => {
    const loose = keys.filter((key) => / [:;?!»]|« /.test(fr[key]));
    expect(loose).toEqual([]);
    // A colon ending a clause (URLs' "https://" excepted) has its space too.
    expect(keys.filter((key) => /[^\u00a0\u202f]:(?=\s|$)/.test(fr[key]))).toEqual([]);
  });

  it('speaks to the admin with “vous”, never “tu”', () => {
    expect(keys.filter((key) => /(?<!\p{L})(tu|ton|ta|tes|toi)(?!\p{L})/iu.test(fr[key]))).toEqual([]);
  });

  it.each(LANGUAGES)('keeps the %s name and description within what browsers and stores show (75 and 132 characters)', (language) => {
    expect(CATALOGUES[language]['app.name'].length).toBeLessThanOrEqual(75);
    expect(CATALOGUES[language]['app.description'].length).toBeLessThanOrEqual(132);
  });
});
