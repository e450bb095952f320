import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RequestErrorCode } from './request-error';
import { failureOf } from './test-failure';
import { checkUserId, parseUserId } from './user-id';

const codeOf = (run: () => unknown) => failureOf(run).code;

describe('parseUserId', () => {
  it.each([
    ['1', 1],
    ['42', 42],
    ['9007199254740991', Number.MAX_SAFE_INTEGER],
    [' 42\n', 42],
    ['\t7 ', 7],
  ])('reads %j as %d', (text, id) => {
    expect(parseUserId(text)).toBe(id);
  });

  it.each<[string, RequestErrorCode]>([
    ['', 'user-id-missing'],
    ['   ', 'user-id-missing'],
    ['0', 'user-id-not-positive'],
    ['000', 'user-id-not-positive'],
    ['-0', 'user-id-not-digits'],
    ['-1', 'user-id-not-digits'],
    ['+1', 'user-id-not-digits'],
    ['1.5', 'user-id-not-digits'],
    ['1e3', 'user-id-not-digits'],
    ['0x10', 'user-id-not-digits'],
    ['2**53', 'user-id-not-digits'],
    ['1 2', 'user-id-not-digits'],
    ['1,000', 'user-id-not-digits'],
    ['1/../x', 'user-id-not-digits'],
    ['1/../org/mfa', 'user-id-not-digits'],
    ['%2e', 'user-id-not-digits'],
    ['42%2F..', 'user-id-not-digits'],
    ['٤٢', 'user-id-not-digits'],
    ['４２', 'user-id-not-digits'],
    ['\u00a042', 'user-id-not-digits'],
    ['Infinity', 'user-id-not-digits'],
    ['NaN', 'user-id-not-digits'],
    ['007', 'user-id-leading-zero'],
    ['9007199254740992', 'user-id-too-large'],
    ['99999999999999999999999', 'user-id-too-large'],
    ['9'.repeat(400), 'user-id-too-large'],
  ])('refuses %j (%s)', (text, code) => {
    expect(codeOf(() => parseUserId(text))).toBe(code);
  });

  it('round-trips every positive safe integer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (id) => parseUserId(String(id)) === id),
    );
  });

  it('refuses any text holding something other than ASCII digits between its ends', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const text = `1${before}x${after}2`;
        return codeOf(() => parseUserId(text)) === 'user-id-not-digits';
      }),
    );
  });
});

describe('checkUserId', () => {
  it('accepts positive safe integers', () => {
    expect(checkUserId(1)).toBe(1);
    expect(checkUserId(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each<[string, unknown, RequestErrorCode]>([
    ['undefined', undefined, 'user-id-missing'],
    ['null', null, 'user-id-missing'],
    ['a numeric string', '42', 'user-id-not-number'],
    ['a bigint', 42n, 'user-id-not-number'],
    ['NaN', Number.NaN, 'user-id-not-integer'],
    ['-Infinity', Number.NEGATIVE_INFINITY, 'user-id-not-integer'],
    ['1.5', 1.5, 'user-id-not-integer'],
    ['-0', -0, 'user-id-not-positive'],
    ['-1', -1, 'user-id-not-positive'],
    ['2**53', 2 ** 53, 'user-id-too-large'],
  ])('refuses %s', (_name, value, code) => {
    expect(codeOf(() => checkUserId(value))).toBe(code);
  });
});
