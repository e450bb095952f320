// Inside properties, node's assert rather than expect: as strict (-0 is not 0), and cheap enough
// for 10,000 runs, where expect's bookkeeping would take most of the time.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { buildActionRequest } from './test-build';
import type { JsonPath } from './json-value';
import { describedExample } from './test-descriptions';

const RUNS = { numRuns: 10_000 };
/** 10,000 runs take a second or two; the default 5 s is too tight when the machine is busy. */
const PROPERTY_TIMEOUT = 30_000;

const userIds = fc.oneof(
  fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  fc.integer({ min: 1, max: 10_000 }),
  fc.constantFrom(1, Number.MAX_SAFE_INTEGER),
);

/** Keys real bodies use, keys that are hard on plain objects, and any text. */
const anyKey = fc.oneof(
  fc.string(),
  fc.constantFrom('id', 'userId', 'mfaOptOut', 'isAdmin', '__proto__', 'constructor', 'toString', '$ref', '0'),
);

/** What `JSON.parse` can give: the documented placeholders 0 and 1, -0, integers, fractions, extremes. */
const jsonNumber = fc.oneof(
  fc.constantFrom(0, 1, -0, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

// Sizes are kept small so that 10,000 runs of each property stay fast; depth and breadth still vary.
const dictionary = <T>(keys: fc.Arbitrary<string>, values: fc.Arbitrary<T>, minKeys: number, maxKeys: number) =>
  fc.dictionary(keys, values, { minKeys, maxKeys, noNullPrototype: true, size: 'xsmall' });

/** Field values of a membership-like body, made afresh for each field: a copy must share none. */
const FIELD_VALUES: (() => unknown)[] = [
  () => true,
  () => false,
  () => 0,
  () => -0,
  () => 1700000000,
  () => 0.5,
  () => 'en',
  () => '',
  () => null,
  () => [],
  () => ({}),
  () => [{ id: 2, name: 'Auditor' }],
  () => ({ settings: { theme: ['dark', 1, null] } }),
];

/**
 * Objects like a membership example: 10 to 40 fields (`mfaOptOut` among them), some of which,
 * such as roles and the admin flag, must never be sent back. Values are dealt from a pool, from a
 * random start, because generating each one is what makes wide objects slow.
 */
const manyFields = fc
  .tuple(
    fc.array(anyKey, { minLength: 10, maxLength: 40 }),
    fc.nat(FIELD_VALUES.length - 1),
    fc.constantFrom<unknown>(true, false, null, 'true', 1),
  )
  .map(([keys, start, mfaOptOut]) => {
    const fields = keys.map((key, i) => [key, FIELD_VALUES[(start + i) % FIELD_VALUES.length]?.()]);
    return Object.fromEntries([...fields, ['mfaOptOut', mfaOptOut]]);
  });

/** Any JSON, or a wide object: what an API description may give as an example body. */
const examples = fc.oneof(fc.jsonValue({ maxDepth: 3 }), manyFields).map((example) => ({ example }));

const jsonWithout = (numbers: boolean, keys: fc.Arbitrary<string>) =>
  fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'xsmall', maxDepth: 3 },
      ...(numbers ? [jsonNumber] : []),
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      tie('array'),
      tie('object'),
    ),
    array: fc.array(tie('value'), { maxLength: 3, size: 'xsmall' }),
    object: dictionary(keys, tie('value'), 0, 3),
  })).value;

/** An example body and where its user-id placeholder sits. */
interface Placeholder {
  example: unknown;
  at: JsonPath;
}

/** Wraps `innermost` in up to `depth` objects (as a field) or arrays (as an element), among siblings. */
function nested(
  innermost: fc.Arbitrary<Placeholder>,
  siblings: fc.Arbitrary<unknown>,
  keys: fc.Arbitrary<string>,
  depth: number,
): fc.Arbitrary<Placeholder> {
  if (depth === 0) return innermost;
  const inner = nested(innermost, siblings, keys, depth - 1);
  const asField = fc.tuple(dictionary(keys, siblings, 0, 4), keys, inner, fc.nat()).map(([others, key, placed, n]) => {
    const entries = Object.entries(others).filter(([other]) => other !== key);
    entries.splice(n % (entries.length + 1), 0, [key, placed.example]);
    return { example: Object.fromEntries(entries), at: [key, ...placed.at] };
  });
  const asElement = fc
    .tuple(fc.array(siblings, { maxLength: 3 }), fc.array(siblings, { maxLength: 3 }), inner)
    .map(([before, after, placed]) => ({
      example: [...before, placed.example, ...after],
      at: [before.length, ...placed.at],
    }));
  return fc.oneof(innermost, asField, asElement);
}

/** The only number of the example, anywhere. */
const onlyNumber = nested(
  jsonNumber.map((value) => ({ example: value, at: [] })),
  jsonWithout(false, anyKey),
  anyKey,
  4,
);

/** The documented rule for a user-id key: case, `_` and `-` aside, it is id, ids, userId or userIds. */
const namesUserId = (key: string) =>
  ['id', 'ids', 'userid', 'userids'].includes(key.toLowerCase().replace(/[_-]/g, ''));

const userIdKey = fc
  .tuple(
    fc.constantFrom('id', 'ids', 'userId', 'userIds'),
    fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
    fc.array(fc.constantFrom('', '', '', '_', '-', '__'), { minLength: 8, maxLength: 8 }),
  )
  .map(([word, upper, separators]) => {
    const letters = [...word].map((letter, i) => (upper[i] ? letter.toUpperCase() : letter.toLowerCase()));
    return `${letters.map((letter, i) => `${separators[i]}${letter}`).join('')}${separators[word.length]}`;
  });

const otherKey = fc
  .oneof(anyKey, fc.constantFrom('uid', 'userIdx', 'orgId', 'idx', 'days', 'user', 'membershipId', 'i d', 'ｉｄ'))
  .filter((key) => !namesUserId(key));

/** Among other numbers (directly beside it and elsewhere), the only one under a user-id key. */
const userIdAmongNumbers = nested(
  fc
    .tuple(
      dictionary(otherKey, jsonWithout(true, otherKey), 0, 4),
      dictionary(otherKey, jsonNumber, 1, 3),
      userIdKey,
      jsonNumber,
      fc.array(jsonWithout(false, anyKey), { maxLength: 3 }),
      fc.option(fc.nat()),
    )
    .map(([others, numbers, key, value, siblings, index]) => {
      // `{ userIds: [..., 0, ...] }`: the array's key names the element.
      const position = index === null ? undefined : index % (siblings.length + 1);
      const field = position === undefined ? value : siblings.toSpliced(position, 0, value);
      const example = Object.fromEntries([...Object.entries(others), ...Object.entries(numbers), [key, field]]);
      return { example, at: position === undefined ? [key] : [key, position] };
    }),
  jsonWithout(true, otherKey),
  otherKey,
  3,
);

/** Every leaf (primitive or empty container) with its path, in walking order. */
function leavesOf(value: unknown, path: JsonPath = []): [JsonPath, unknown][] {
  const children = Array.isArray(value) ? [...value.entries()] : isObject(value) ? Object.entries(value) : [];
  if (children.length === 0) return [[path, value]];
  return children.flatMap(([key, item]) => leavesOf(item, [...path, key]));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const samePath = (a: JsonPath, b: JsonPath) => a.length === b.length && a.every((part, i) => part === b[i]);

/** The body equals the example leaf for leaf, except the placeholder, which holds the user id. */
function assertOnlyPlaceholderReplaced(body: unknown, { example, at }: Placeholder, userId: number): void {
  const leaves = leavesOf(example);
  assert.equal(leaves.filter(([path]) => samePath(path, at)).length, 1, 'the placeholder is one leaf');
  assert.deepEqual(
    leavesOf(body),
    leaves.map(([path, leaf]) => [path, samePath(path, at) ? userId : leaf]),
  );
}

const numbersIn = (value: unknown) => leavesOf(value).filter(([, leaf]) => typeof leaf === 'number').length;

function containersIn(value: unknown, found = new Set<object>()): Set<object> {
  if (isObject(value)) {
    found.add(value);
    for (const item of Object.values(value)) containersIn(item, found);
  }
  return found;
}

/** Overwrites every field and element of a value and adds new ones, innermost first. */
function vandalize(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach(vandalize);
    value.fill('vandalized').push('vandalized');
  } else if (isObject(value)) {
    for (const key of Object.keys(value)) {
      vandalize(value[key]);
      value[key] = 'vandalized';
    }
    value.vandalized = true;
  }
}

describe('buildActionRequest properties', () => {
  it(
    'property: the opt-out body is exactly { mfaOptOut }, the path the template with the id in decimal, for any description',
    { timeout: PROPERTY_TIMEOUT },
    () => {
      fc.assert(
        fc.property(
          describedExample('setMfaOptOut', examples),
          fc.boolean(),
          userIds,
          ({ document, pathFor }, optOut, userId) => {
            const request = buildActionRequest('setMfaOptOut', { userId, optOut }, document);
            assert.deepEqual(request.body, { mfaOptOut: optOut });
            assert.deepEqual(Reflect.ownKeys(request.body as object), ['mfaOptOut']);
            assert.equal(request.path, pathFor(userId));
            assert.equal(request.source, 'spec');
          },
        ),
        RUNS,
      );
    },
  );

  it(
    'property: the reset body differs from an example holding one number only there, where the user id goes',
    { timeout: PROPERTY_TIMEOUT },
    () => {
      fc.assert(
        fc.property(describedExample('resetUserMfa', onlyNumber), userIds, (described, userId) => {
          const before = structuredClone(described.example);
          const request = buildActionRequest('resetUserMfa', { userId }, described.document);
          assertOnlyPlaceholderReplaced(request.body, described, userId);
          assert.equal(request.path, described.pathFor());
          assert.deepEqual(described.example, before, 'the description is left as it was');
        }),
        RUNS,
      );
    },
  );

  it(
    'property: among several numbers, the reset body replaces only the one under a user-id key',
    { timeout: PROPERTY_TIMEOUT },
    () => {
      fc.assert(
        fc.property(describedExample('resetUserMfa', userIdAmongNumbers), userIds, (described, userId) => {
          assert.ok(numbersIn(described.example) >= 2, 'the example holds several numbers');
          const request = buildActionRequest('resetUserMfa', { userId }, described.document);
          assertOnlyPlaceholderReplaced(request.body, described, userId);
        }),
        RUNS,
      );
    },
  );

  it(
    'property: the enforce body deep-equals the example and is a copy: changing it leaves the description intact',
    { timeout: PROPERTY_TIMEOUT },
    () => {
      fc.assert(
        fc.property(describedExample('enforceOrgMfa', examples), ({ document, example, pathFor }) => {
          // JSON is enough to see a change: vandalize writes strings and adds fields.
          const before = JSON.stringify(document);
          const request = buildActionRequest('enforceOrgMfa', {}, document);
          assert.deepEqual(request.body, example);
          assert.equal(request.path, pathFor());
          const shared = containersIn(document);
          assert.deepEqual([...containersIn(request.body)].filter((container) => shared.has(container)), []);
          vandalize(request.body);
          assert.equal(JSON.stringify(document), before, 'the description is left as it was');
        }),
        RUNS,
      );
    },
  );
});
