import { describe, expect, it } from 'vitest';
import { isUneditedExample, placeholderValue } from './example-match';

describe('placeholderValue', () => {
  it('reads the id from the placeholder position of any shape', () => {
    expect(placeholderValue({ userId: 0 }, { userId: 42 })).toBe(42);
    expect(placeholderValue([1], [42])).toBe(42);
    expect(placeholderValue(0, 42)).toBe(42);
    expect(placeholderValue({ ids: [0] }, { ids: [42] })).toBe(42);
    expect(placeholderValue({ user: { id: 0, note: 'x' } }, { user: { id: 42, note: 'x' } })).toBe(42);
  });

  it('refuses bodies that differ from the example elsewhere', () => {
    expect(placeholderValue({ userId: 0 }, { userId: 42, extra: 1 })).toBeNull();
    expect(placeholderValue({ userId: 0 }, { id: 42 })).toBeNull();
    expect(placeholderValue([0], [42, 43])).toBeNull();
    expect(placeholderValue({ user: { id: 0, note: 'x' } }, { user: { id: 42, note: 'y' } })).toBeNull();
    expect(placeholderValue({ userId: 0 }, [42])).toBeNull();
  });

  it('refuses ids that are not positive safe integers', () => {
    for (const id of [0, -1, 1.5, 2 ** 53, '42', null]) expect(placeholderValue({ userId: 0 }, { userId: id })).toBeNull();
  });

  it('insists on exactly one numeric placeholder in the example', () => {
    expect(() => placeholderValue({ a: 0, b: 0 }, { a: 1, b: 0 })).toThrow(/exactly one/);
    expect(() => placeholderValue({ a: 'x' }, { a: 'x' })).toThrow(/exactly one/);
  });
});

describe('isUneditedExample', () => {
  it('is deep equality', () => {
    expect(isUneditedExample({ mfaEnabled: true }, { mfaEnabled: true })).toBe(true);
    expect(isUneditedExample({ mfaEnabled: true }, { mfaEnabled: false })).toBe(false);
    expect(isUneditedExample({}, { x: 1 })).toBe(false);
    expect(isUneditedExample({}, [])).toBe(false);
  });
});
