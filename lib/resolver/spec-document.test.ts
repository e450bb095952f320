import { describe, expect, it } from 'vitest';
import { isApiDescription, readApiDescription } from './spec-document';
import { failureOf } from './test-failure';
import { OPENAPI30_INLINE, OPENAPI30_REFS, OPENAPI31, SWAGGER2_BASE_PATH } from './test-specs';

describe('readApiDescription', () => {
  it.each([
    ['Swagger 2.0 basePath', SWAGGER2_BASE_PATH, 'swagger2', '/api'],
    ['a server on another origin', OPENAPI30_INLINE, 'openapi3', '/core/v2'],
    ['server variables', OPENAPI30_REFS, 'openapi3', '/v3'],
    ['a relative server', OPENAPI31, 'openapi3', '/api'],
    ['no servers', { openapi: '3.0.0', paths: {} }, 'openapi3', ''],
    ['no basePath', { swagger: '2.0', paths: {} }, 'swagger2', ''],
  ])('reads %s', (_name, document, kind, basePath) => {
    expect(readApiDescription(document)).toMatchObject({ kind, basePath });
  });

  it('keeps a server variable without default as written', () => {
    const document = { openapi: '3.0.0', servers: [{ url: '/{stage}/core', variables: { stage: {} } }] };
    expect(readApiDescription(document).basePath).toBe('/%7Bstage%7D/core');
  });

  it('tolerates an OpenAPI 3.1 document without paths', () => {
    expect(readApiDescription({ openapi: '3.1.0', webhooks: {} }).paths).toEqual({});
  });

  it('names a server URL it cannot read', () => {
    const error = failureOf(() => readApiDescription({ openapi: '3.0.0', servers: [{ url: 'http://[::1' }] }));
    expect(error.code).toBe('spec-invalid');
    expect(error.message).toContain('servers.0.url');
  });

  it.each([
    [{ openapi: '3.0.0', paths: [] }, 'paths'],
    [{ openapi: '3.0.0', servers: [{}] }, 'servers.0.url'],
    [{ swagger: '2.0', basePath: 7 }, 'basePath'],
  ])('names where a recognised document is malformed: %j', (document, where) => {
    expect(isApiDescription(document)).toBe(true);
    const error = failureOf(() => readApiDescription(document));
    expect(error.code).toBe('spec-invalid');
    expect(error.message).toBe(`The page's API description is malformed at ${where}.`);
  });

  it.each([
    ['HTML', '<!doctype html>'],
    ['null', null],
    ['Swagger 1.2', { swaggerVersion: '1.2', apis: [] }],
    ['OpenAPI 4', { openapi: '4.0.0', paths: {} }],
    ['a version that is not a string', { openapi: 3 }],
  ])('refuses %s', (_name, document) => {
    expect(isApiDescription(document)).toBe(false);
    expect(failureOf(() => readApiDescription(document)).code).toBe('spec-unrecognized');
  });

  it('recognises both kinds', () => {
    expect(isApiDescription(SWAGGER2_BASE_PATH)).toBe(true);
    expect(isApiDescription(OPENAPI31)).toBe(true);
  });
});
