import { RequestBuildError } from './request-error';

/**
 * A user id as the API uses it: a positive safe integer. Beyond 2^53-1 JavaScript numbers lose
 * precision, so a larger id could silently turn into another user's id.
 */
export function checkUserId(value: unknown): number {
  if (value === undefined || value === null) throw new RequestBuildError('user-id-missing');
  if (typeof value !== 'number') throw new RequestBuildError('user-id-not-number');
  // NaN and ±Infinity are not integers either.
  if (!Number.isInteger(value)) throw new RequestBuildError('user-id-not-integer');
  if (value <= 0) throw new RequestBuildError('user-id-not-positive');
  if (!Number.isSafeInteger(value)) throw tooLarge();
  return value;
}

const ASCII_DIGITS = /^[0-9]+$/;
const EDGE_WHITESPACE = /^[ \t\r\n]+|[ \t\r\n]+$/g;

/**
 * Parses a user id typed or pasted by a person. Only plain ASCII decimal digits are accepted
 * (surrounding spaces and line breaks from a paste are ignored): no sign, exponent, hex, other
 * scripts' digits, separators or expressions, because `Number()` would read `1e3`, `0x10` or
 * ` 12 ` as ids the person never typed. Leading zeros are refused rather than dropped: Resolver
 * never writes ids that way, so `007` is more likely some other number (a padded employee number)
 * than user 7.
 */
export function parseUserId(text: string): number {
  const digits = text.replace(EDGE_WHITESPACE, '');
  if (digits === '') throw new RequestBuildError('user-id-missing');
  if (!ASCII_DIGITS.test(digits)) throw new RequestBuildError('user-id-not-digits');
  if (/^0+$/.test(digits)) throw new RequestBuildError('user-id-not-positive');
  if (digits.startsWith('0')) throw new RequestBuildError('user-id-leading-zero');
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) throw tooLarge();
  return value;
}

function tooLarge(): RequestBuildError {
  return new RequestBuildError('user-id-too-large', { max: String(Number.MAX_SAFE_INTEGER) });
}
