import { afterEach, describe, expect, it } from 'vitest';
import { formatDateTime, formatDecimal, formatMegabytes, formatNumber, formatTimestamp } from './format';
import { setLanguage } from './index';

afterEach(async () => {
  await setLanguage('en');
});

/** ICU puts narrow or plain no-break spaces in some formats, depending on its version: compared as plain spaces. */
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

// Built from local parts, so the expected wall-clock time holds in any time zone.
const MOMENT = new Date(2026, 11, 4, 19, 14, 32);

describe('numbers and dates in English', () => {
  it('groups thousands with commas and writes decimals with a point', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatDecimal(2.5, 1)).toBe('2.5');
    expect(formatDecimal(3, 1)).toBe('3.0');
    expect(spaced(formatMegabytes(1.5 * 1024 * 1024))).toBe('1.5 MB');
  });

  it('writes month before day, with a 12-hour clock', () => {
    expect(spaced(formatTimestamp(MOMENT))).toBe('12/4/2026, 7:14:32 PM');
    expect(spaced(formatDateTime(MOMENT))).toBe('Dec 4, 2026, 7:14 PM');
  });
});

describe('numbers and dates in French', () => {
  it('groups thousands with a space and writes decimals with a comma', async () => {
    await setLanguage('fr');
    expect(spaced(formatNumber(1234567))).toBe('1 234 567');
    expect(formatDecimal(2.5, 1)).toBe('2,5');
    expect(spaced(formatMegabytes(1.5 * 1024 * 1024))).toBe('1,5 Mo');
  });

  it('writes day before month, with a 24-hour clock and French month names', async () => {
    await setLanguage('fr');
    expect(formatTimestamp(MOMENT)).toBe('04/12/2026 19:14:32');
    expect(spaced(formatDateTime(MOMENT))).toBe('4 déc. 2026, 19:14');
    // An ISO string, as stored, reads the same as the moment it names.
    expect(formatDateTime(MOMENT.toISOString())).toBe(formatDateTime(MOMENT));
  });
});
