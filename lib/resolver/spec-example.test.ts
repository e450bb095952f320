import { describe, expect, it } from 'vitest';
import { readApiDescription } from './spec-document';
import { exampleOfOperation } from './spec-example';
import { findOperation } from './spec-operation';

function exampleIn(document: unknown): unknown {
  const description = readApiDescription(document);
  const operation = findOperation(description, 'PUT', '/user/org/mfa');
  if (operation === undefined) throw new Error('test document lacks PUT /user/org/mfa');
  return exampleOfOperation(description, operation);
}

const openApi = (requestBody: unknown, components: unknown = {}) => ({
  openapi: '3.0.0',
  paths: { '/user/org/mfa': { put: { requestBody } } },
  components,
});

const swagger = (parameters: unknown[], definitions: unknown = {}) => ({
  swagger: '2.0',
  paths: { '/user/org/mfa': { put: { parameters } } },
  definitions,
});

describe('OpenAPI 3 examples', () => {
  const schema = { type: 'object', properties: { generated: { type: 'boolean' } } };

  it('prefers the media-type example, then the first examples entry, then the schema', () => {
    const media = { example: { from: 'example' }, examples: { a: { value: { from: 'examples' } } }, schema };
    expect(exampleIn(openApi({ content: { 'application/json': media } }))).toEqual({ from: 'example' });
    const { example: _omitted, ...withoutExample } = media;
    expect(exampleIn(openApi({ content: { 'application/json': withoutExample } }))).toEqual({ from: 'examples' });
    expect(exampleIn(openApi({ content: { 'application/json': { schema } } }))).toEqual({ generated: true });
  });

  it('falls through to the schema when the first examples entry is external', () => {
    const media = { examples: { a: { externalValue: 'https://x.example/a.json' } }, schema };
    expect(exampleIn(openApi({ content: { 'application/json': media } }))).toEqual({ generated: true });
  });

  it('keeps a null example as the example', () => {
    expect(exampleIn(openApi({ content: { 'application/json': { example: null, schema } } }))).toBeNull();
  });

  it.each([
    [['text/plain', 'application/problem+json', 'application/json'], 'application/json'],
    [['application/xml', 'Application/JSON; charset=UTF-8'], 'Application/JSON; charset=UTF-8'],
    [['text/plain', 'application/merge-patch+json'], 'application/merge-patch+json'],
    [['application/xml', '*/*'], '*/*'],
  ])('picks the JSON media type among %j', (types, chosen) => {
    const content = Object.fromEntries(types.map((type) => [type, { example: type }]));
    expect(exampleIn(openApi({ content }))).toBe(chosen);
  });

  it('gives nothing without a JSON media type or a request body', () => {
    expect(exampleIn(openApi({ content: { 'application/xml': { example: '<a/>' } } }))).toBeUndefined();
    expect(exampleIn(openApi(undefined))).toBeUndefined();
    expect(exampleIn(openApi({ content: { 'application/json': {} } }))).toBeUndefined();
  });
});

describe('Swagger 2.0 examples', () => {
  const body = { in: 'body', name: 'body' };

  it('prefers the schema example, then x-example, then the generated one', () => {
    const schema = { type: 'object', properties: { on: { type: 'boolean' } } };
    expect(exampleIn(swagger([{ ...body, schema: { ...schema, example: { on: 1 } }, 'x-example': { on: 2 } }]))).toEqual({
      on: 1,
    });
    expect(exampleIn(swagger([{ ...body, schema, 'x-example': { on: 2 } }]))).toEqual({ on: 2 });
    expect(exampleIn(swagger([{ ...body, schema }]))).toEqual({ on: true });
  });

  it('reads the example of a schema behind a $ref', () => {
    const definitions = { Mfa: { type: 'object', example: { on: 3 } } };
    expect(exampleIn(swagger([{ ...body, schema: { $ref: '#/definitions/Mfa' } }], definitions))).toEqual({ on: 3 });
  });

  it('ignores parameters that are not the body', () => {
    expect(exampleIn(swagger([{ in: 'query', name: 'dryRun', type: 'boolean', 'x-example': true }]))).toBeUndefined();
  });
});
