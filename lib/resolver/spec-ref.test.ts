import { describe, expect, it } from 'vitest';
import { followRefs, resolveRef } from './spec-ref';
import { failureOf } from './test-failure';

const DOCUMENT = {
  components: {
    schemas: {
      'a/b': { type: 'string' },
      'til~de': { type: 'integer' },
      'with space': { type: 'boolean' },
      Alias: { $ref: '#/components/schemas/Target' },
      Target: { type: 'object', description: 'target' },
      Loop: { $ref: '#/components/schemas/Loop2' },
      Loop2: { $ref: '#/components/schemas/Loop' },
    },
  },
  list: ['zero', 'one'],
};

describe('resolveRef', () => {
  it.each([
    ['#/components/schemas/a~1b', { type: 'string' }],
    ['#/components/schemas/til~0de', { type: 'integer' }],
    ['#/components/schemas/with%20space', { type: 'boolean' }],
    ['#/list/1', 'one'],
  ])('decodes %s', (ref, expected) => {
    expect(resolveRef(DOCUMENT, ref)).toEqual(expected);
  });

  it.each([
    'other.json#/components/schemas/Target',
    'https://attacker.example/schema.json',
    '#/components/schemas/Nope',
    '#/list/2',
    '#/list/01',
    '#/components/schemas/%E0%A4%A',
    '#/components/constructor',
    '#/components/__proto__',
  ])('refuses %s', (ref) => {
    const error = failureOf(() => resolveRef(DOCUMENT, ref));
    expect(error.code).toBe('spec-ref-unresolved');
    expect(error.message).toContain(ref);
  });
});

describe('followRefs', () => {
  it('follows chains of references and records them', () => {
    expect(followRefs(DOCUMENT, { $ref: '#/components/schemas/Alias' })).toEqual({
      node: { type: 'object', description: 'target' },
      refs: ['#/components/schemas/Alias', '#/components/schemas/Target'],
    });
  });

  it('lets keys beside a $ref override the target', () => {
    expect(followRefs(DOCUMENT, { $ref: '#/components/schemas/Target', example: { a: 1 } }).node).toEqual({
      type: 'object',
      description: 'target',
      example: { a: 1 },
    });
  });

  it('returns values that are not references as they are', () => {
    const node = { type: 'integer' };
    expect(followRefs(DOCUMENT, node)).toEqual({ node, refs: [] });
  });

  it('throws on a reference cycle', () => {
    expect(failureOf(() => followRefs(DOCUMENT, { $ref: '#/components/schemas/Loop' })).code).toBe('spec-ref-cycle');
  });

  it('throws when a reference is already being expanded further out', () => {
    const error = failureOf(() =>
      followRefs(DOCUMENT, { $ref: '#/components/schemas/Target' }, ['#/components/schemas/Target']),
    );
    expect(error.code).toBe('spec-ref-cycle');
  });
});
