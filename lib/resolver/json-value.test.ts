import { describe, expect, it } from 'vitest';
import { copyJson, formatJsonPath, mapJsonLeaves, MAX_NESTING } from './json-value';

describe('copyJson', () => {
  it('copies deeply', () => {
    const value = { a: [1, { b: null }], c: 'x', d: true };
    const copy = copyJson(value);
    expect(copy).toEqual(value);
    expect(copy).not.toBe(value);
    expect((copy as typeof value).a).not.toBe(value.a);
  });

  it('keeps a "__proto__" key from parsed JSON as plain data', () => {
    const copy = copyJson(JSON.parse('{"__proto__": {"isAdmin": true}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses values nested beyond the limit', () => {
    let deep: unknown = 0;
    for (let level = 0; level <= MAX_NESTING; level += 1) deep = [deep];
    expect(() => copyJson(deep)).toThrow(`more than ${MAX_NESTING} levels deep`);
  });
});

describe('mapJsonLeaves', () => {
  it('visits each leaf with its path', () => {
    const seen: unknown[] = [];
    const result = mapJsonLeaves({ a: [1, 2], b: { c: 'x' } }, (leaf, path) => {
      seen.push([path, leaf]);
      return typeof leaf === 'number' ? leaf * 10 : leaf;
    });
    expect(result).toEqual({ a: [10, 20], b: { c: 'x' } });
    expect(seen).toEqual([
      [['a', 0], 1],
      [['a', 1], 2],
      [['b', 'c'], 'x'],
    ]);
  });
});

describe('formatJsonPath', () => {
  it('writes paths the way a reader would', () => {
    expect(formatJsonPath([])).toBe('(body)');
    expect(formatJsonPath(['user', 'ids', 0])).toBe('user.ids[0]');
    expect(formatJsonPath([0, 'id'])).toBe('[0].id');
  });
});
