import { describe, expect, it } from 'vitest';
import { fillPlaceholder, findPlaceholder } from './placeholder';
import { failureOf } from './test-failure';

const OP = 'PUT /user/users/mfa/reset';

describe('fillPlaceholder', () => {
  it.each([
    ['an object field (0)', { userId: 0 }, { userId: 42 }],
    ['an object field (1)', { userId: 1 }, { userId: 42 }],
    ['a nested field', { target: { user: { id: 1 } }, note: 'x' }, { target: { user: { id: 42 } }, note: 'x' }],
    ['an array element', [0], [42]],
    ['an array under a key', { userIds: [1] }, { userIds: [42] }],
    ['a bare 0', 0, 42],
    ['a bare 1', 1, 42],
    ['the only number among other values', { email: 'x', remember: false, n: 0 }, { email: 'x', remember: false, n: 42 }],
  ])('replaces %s', (_name, example, expected) => {
    expect(fillPlaceholder(example, 42, OP)).toEqual(expected);
  });

  it.each([
    ['userId', { userId: 0, days: 30 }, { userId: 42, days: 30 }],
    ['user_id', { user_id: 1, limit: 5 }, { user_id: 42, limit: 5 }],
    ['id', { id: 0, version: 2 }, { id: 42, version: 2 }],
    ['ids[]', { ids: [0], retries: 3 }, { ids: [42], retries: 3 }],
    ['userIds[]', { orgId: 1, userIds: [1] }, { orgId: 1, userIds: [42] }],
  ])('prefers the %s key among several numbers', (_name, example, expected) => {
    expect(fillPlaceholder(example, 42, OP)).toEqual(expected);
  });

  it('does not confuse a dotted key with a nested one', () => {
    expect(fillPlaceholder({ 'user.id': 5, user: { id: 0 } }, 42, OP)).toEqual({ 'user.id': 5, user: { id: 42 } });
  });

  it('leaves the example itself untouched', () => {
    const example = { userId: 0 };
    fillPlaceholder(example, 42, OP);
    expect(example).toEqual({ userId: 0 });
  });
});

describe('findPlaceholder', () => {
  it.each([
    ['two user-id keys', { userId: 0, ids: [1] }],
    ['two array items', { userIds: [0, 1] }],
    ['no user-id key', { days: 30, count: 1 }],
  ])('throws for %s', (_name, example) => {
    expect(failureOf(() => findPlaceholder(example, OP)).code).toBe('placeholder-ambiguous');
  });

  it.each([
    ['an empty object', {}],
    ['only strings', { userId: '0' }],
    ['null', null],
  ])('throws when there is no number: %s', (_name, example) => {
    expect(() => findPlaceholder(example, OP)).toThrow(
      'The example body of PUT /user/users/mfa/reset holds no number to replace with the user id.',
    );
  });

  it('names every candidate when it cannot choose', () => {
    expect(() => findPlaceholder({ a: { b: 1 }, list: [2, 3] }, OP)).toThrow('(a.b, list[0], list[1])');
  });
});
