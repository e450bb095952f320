// Inside properties, node's assert rather than expect: as strict, and cheap enough for 10,000 runs.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserIdSchema } from '../protocol';
import { buildActionRequest } from './test-build';
import { RequestBuildError } from './request-error';
import { OPENAPI30_BROKEN, SWAGGER2_SERVICE } from './test-specs';
import { checkUserId, parseUserId } from './user-id';

const RUNS = { numRuns: 10_000 };
/** 10,000 runs take a second or two; the default 5 s is too tight when the machine is busy. */
const PROPERTY_TIMEOUT = 30_000;

/** Pieces someone might paste, or type to steer the request, into the user-id field. */
const PIECES = [
  ...['/', '.', '..', '%', '\\', '?', '#', ',', '_', ':', ';', '&', '=', '*'],
  ...['e', 'E', '-', '+', 'x', 'Infinity', 'NaN'],
  ...[' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u2007', '\u2028', '\u200b', '\ufeff', '\u0000'],
  ...['١', '٢', '۳', '१', '１', '２', '𝟏', '߁', '¹', '½'],
  ...['2**53', '0x1f', '0b1', '0o7', '1e3', '-0', '%2e%2e', '%2F', '%00', '..%2f', '1/../org/mfa'],
];

/** Mostly digits, so that many texts are ids, mixed with the pieces above. */
const idLikeText = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...'0123456789'), weight: 3 }, fc.constantFrom(...PIECES)), {
    maxLength: 10,
  })
  .map((parts) => parts.join(''));

/** Ids of any size as a paste brings them, with spaces or line breaks around. */
const edgeSpace = fc.array(fc.constantFrom(' ', '\t', '\n', '\r'), { maxLength: 3 }).map((parts) => parts.join(''));
const pastedIds = fc
  .tuple(edgeSpace, fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), edgeSpace)
  .map(([before, id, after]) => `${before}${id}${after}`);

const texts = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }), // any code point (fast-check 4's successor of fullUnicodeString)
  fc.string({ unit: 'grapheme' }),
  { arbitrary: idLikeText, weight: 3 },
  { arbitrary: pastedIds, weight: 2 },
);

/** The only place a user id goes into a path, with and without an API description. */
const descriptions = fc.constantFrom(undefined, SWAGGER2_SERVICE, OPENAPI30_BROKEN);

function parsed(text: string): number | RequestBuildError {
  try {
    return parseUserId(text);
  } catch (error) {
    if (error instanceof RequestBuildError) return error;
    throw error;
  }
}

describe('parseUserId properties', () => {
  it(
    'property: any text is refused with a RequestBuildError or read as a positive safe integer spelled as the trimmed text',
    { timeout: PROPERTY_TIMEOUT },
    () => {
      let accepted = 0;
      fc.assert(
        fc.property(texts, (text) => {
          const id = parsed(text);
          if (id instanceof RequestBuildError) return;
          accepted += 1;
          assert.ok(Number.isSafeInteger(id) && id > 0, `${id} is a positive safe integer`);
          assert.equal(String(id), text.trim());
        }),
        RUNS,
      );
      // The property says nothing if every text is refused.
      expect(accepted).toBeGreaterThan(1000);
    },
  );

  it(
    'property: no accepted id escapes its path template: the membership path is exactly /user/users/<id>/membership',
    { timeout: PROPERTY_TIMEOUT },
    () => {
      let accepted = 0;
      fc.assert(
        fc.property(texts, descriptions, fc.boolean(), (text, description, optOut) => {
          const id = parsed(text);
          if (id instanceof RequestBuildError) return;
          accepted += 1;
          const { path } = buildActionRequest('setMfaOptOut', { userId: id, optOut }, description);
          assert.equal(path, `/user/users/${id}/membership`);
          assert.ok(!path.includes('..') && !path.includes('%'), path);
          assert.equal(path.split('/').length, 5, path);
        }),
        RUNS,
      );
      expect(accepted).toBeGreaterThan(1000);
    },
  );

  it(
    'property: a valid id with a path, encoding, sign, exponent or foreign-digit piece inserted anywhere is refused',
    { timeout: PROPERTY_TIMEOUT },
    () => {
      // Everything but ASCII digits and the edge whitespace a paste may bring.
      const hostile = PIECES.filter((piece) => /[^0-9 \t\r\n]/.test(piece));
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
          fc.constantFrom(...hostile),
          fc.nat(),
          (id, piece, at) => {
            const digits = String(id);
            const position = at % (digits.length + 1);
            const text = `${digits.slice(0, position)}${piece}${digits.slice(position)}`;
            assert.throws(() => parseUserId(text), RequestBuildError, JSON.stringify(text));
          },
        ),
        RUNS,
      );
    },
  );

  it.each([
    ['a path to another endpoint', '1/../org/mfa'],
    ['dot segments', '..'],
    ['percent-encoded dot segments', '%2e%2e'],
    ['an encoded slash', '42%2F..'],
    ['an encoded NUL', '42%00'],
    ['a trailing slash', '42/'],
    ['a leading slash', '/42'],
    ['a backslash', '42\\..'],
    ['a query', '42?admin=1'],
    ['a fragment', '42#x'],
    ['an exponent', '1e3'],
    ['hexadecimal', '0x1f'],
    ['binary', '0b101'],
    ['an expression', '2**53'],
    ['negative zero', '-0'],
    ['a plus sign', '+42'],
    ['a minus sign', '-42'],
    ['a decimal point', '42.0'],
    ['an Arabic-Indic digit', '١'],
    ['a full-width digit', '１'],
    ['Arabic-Indic digits', '١٢'],
    ['full-width digits', '１２'],
    ['Devanagari digits', '४२'],
    ['mathematical digits', '𝟒𝟐'],
    ['superscript digits', '¹²'],
    ['a no-break space before', '\u00a042'],
    ['a no-break space inside', '4\u00a02'],
    ['a zero-width space', '42\u200b'],
    ['a byte-order mark', '\ufeff42'],
    ['a line separator', '42\u2028'],
    ['a vertical tab', '\v42'],
    ['a NUL', '42\u0000'],
    ['digits split by a space', '4 2'],
    ['a thousands separator', '1,000'],
    ['an underscore separator', '1_000'],
    ['2^53, past the safe integers', '9007199254740992'],
    ['thirty-one digits', `1${'0'.repeat(30)}`],
    ['Infinity', 'Infinity'],
    ['NaN', 'NaN'],
    ['zero', '0'],
    ['leading zeros', '007'],
    ['nothing', ''],
    ['only whitespace', ' \t\n '],
  ])('refuses %s: %j', (_name, text) => {
    expect(() => parseUserId(text)).toThrow(RequestBuildError);
  });
});

describe('checkUserId properties', () => {
  const numbers = fc.oneof(
    fc.double(), // includes NaN, ±Infinity and -0
    fc.maxSafeInteger(),
    fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }).map((id) => id + 0.5),
    fc.double({ min: 2 ** 53 - 8, max: 2 ** 64 }),
    fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 0, 0.5, Number.EPSILON, Number.MIN_VALUE, Number.MAX_VALUE),
    fc.constantFrom(2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, -(2 ** 53 - 1), 1e21),
  );

  it(
    'property: a number is accepted, unchanged, exactly when it is a positive safe integer, as the protocol says',
    { timeout: PROPERTY_TIMEOUT },
    () => {
      fc.assert(
        fc.property(numbers, (value) => {
          const valid = Number.isSafeInteger(value) && value > 0;
          assert.equal(UserIdSchema.safeParse(value).success, valid, `the protocol schema on ${value}`);
          if (valid) assert.equal(checkUserId(value), value);
          else assert.throws(() => checkUserId(value), RequestBuildError, `${value}`);
        }),
        RUNS,
      );
    },
  );

  it(
    'property: anything that is not a number (numeric strings, bigints, boxed numbers, arrays) is refused',
    { timeout: PROPERTY_TIMEOUT },
    () => {
      const others = fc.oneof(
        fc.anything({ withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true }),
        fc.constantFrom<unknown>('42', ' 42', 42n, Object(42), [42], { valueOf: () => 42 }, true),
      );
      fc.assert(
        fc.property(
          others.filter((value) => typeof value !== 'number'),
          (value) => assert.throws(() => checkUserId(value), RequestBuildError),
        ),
        RUNS,
      );
    },
  );
});
