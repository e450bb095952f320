import { describe, expect, it } from 'vitest';
import { exampleFromSchema } from './example-from-schema';
import { failureOf } from './test-failure';

const sample = (schema: unknown, document: unknown = {}) => exampleFromSchema(document, schema, 'schema');

describe('exampleFromSchema', () => {
  it.each([
    ['integer', { type: 'integer' }, 0],
    ['number', { type: 'number', format: 'double' }, 0],
    ['string', { type: 'string' }, 'string'],
    ['boolean', { type: 'boolean' }, true],
    ['null', { type: 'null' }, null],
    ['integer default', { type: 'integer', default: 30 }, 30],
    ['boolean default', { type: 'boolean', default: false }, false],
    ['default of the wrong type', { type: 'integer', default: 'thirty' }, 0],
    ['enum', { type: 'string', enum: ['required', 'optional'] }, 'required'],
    ['enum default', { type: 'string', enum: ['required', 'optional'], default: 'optional' }, 'optional'],
    ['enum without type', { enum: [3, 4] }, 3],
    ['type list with null', { type: ['null', 'integer'] }, 0],
    ['example', { type: 'integer', example: 1 }, 1],
    ['OpenAPI 3.1 examples', { type: 'integer', examples: [1, 2] }, 1],
    ['example over examples', { type: 'integer', example: 7, examples: [1] }, 7],
    ['array', { type: 'array', items: { type: 'integer' } }, [0]],
    ['array without items', { type: 'array' }, []],
    ['untyped items', { type: 'array', items: {} }, []],
    ['inferred object', { properties: { a: { type: 'string' } } }, { a: 'string' }],
    ['inferred array', { items: { type: 'boolean' } }, [true]],
    ['boolean schema', true, undefined],
    ['untyped schema', { description: 'anything' }, undefined],
  ])('gives %s', (_name, schema, expected) => {
    expect(sample(schema)).toEqual(expected);
  });

  it('fills every property except read-only ones and untyped ones', () => {
    expect(
      sample({
        type: 'object',
        properties: {
          id: { type: 'integer', readOnly: true },
          userId: { type: 'integer' },
          note: {},
          tags: { type: 'array', items: { type: 'string' } },
          user: { type: 'object', properties: { email: { type: 'string' } } },
        },
        additionalProperties: { type: 'integer' },
      }),
    ).toEqual({ userId: 0, tags: ['string'], user: { email: 'string' } });
  });

  it('merges allOf parts, with the schema’s own keys last', () => {
    const document = {
      components: {
        schemas: { Base: { type: 'object', properties: { reason: { type: 'string' }, days: { type: 'integer' } } } },
      },
    };
    expect(
      sample(
        {
          allOf: [{ $ref: '#/components/schemas/Base' }, { properties: { userId: { type: 'integer' } } }],
          properties: { days: { type: 'integer', default: 30 } },
        },
        document,
      ),
    ).toEqual({ reason: 'string', days: 30, userId: 0 });
  });

  it('uses the first oneOf or anyOf branch', () => {
    expect(sample({ oneOf: [{ type: 'integer' }, { type: 'string' }] })).toBe(0);
    expect(sample({ anyOf: [{ type: 'string' }, { type: 'integer' }] })).toBe('string');
    const withOwnProperties = {
      type: 'object',
      properties: { a: { type: 'boolean' } },
      oneOf: [{ properties: { b: { type: 'integer' } } }],
    };
    expect(sample(withOwnProperties)).toEqual({ b: 0, a: true });
  });

  it('skips read-only properties defined through $ref', () => {
    const document = { definitions: { Stamp: { type: 'integer', readOnly: true } } };
    const schema = { type: 'object', properties: { at: { $ref: '#/definitions/Stamp' }, ok: { type: 'boolean' } } };
    expect(sample(schema, document)).toEqual({ ok: true });
  });

  it('reuses a referenced schema in sibling places', () => {
    const document = { definitions: { Id: { type: 'integer', example: 1 } } };
    const schema = { type: 'object', properties: { a: { $ref: '#/definitions/Id' }, b: { $ref: '#/definitions/Id' } } };
    expect(sample(schema, document)).toEqual({ a: 1, b: 1 });
  });

  it('throws on a schema that contains itself through allOf', () => {
    const document = { definitions: { Node: { allOf: [{ $ref: '#/definitions/Node' }] } } };
    expect(failureOf(() => sample({ $ref: '#/definitions/Node' }, document)).code).toBe('spec-ref-cycle');
  });

  it('names where a schema is malformed', () => {
    const error = failureOf(() => sample({ type: 'object', properties: { a: { type: 5 } } }));
    expect(error.code).toBe('spec-invalid');
    expect(error.message).toContain('schema.properties.a.type');
  });
});
