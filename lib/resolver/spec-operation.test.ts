import { describe, expect, it } from 'vitest';
import { readApiDescription } from './spec-document';
import { findOperation } from './spec-operation';
import { SWAGGER2_BASE_PATH, SWAGGER2_SERVICE } from './test-specs';

const find = (document: unknown, template: string) => findOperation(readApiDescription(document), 'PUT', template);

describe('findOperation', () => {
  it('finds a path listed under the base path, with operation parameters before shared ones', () => {
    const found = find(SWAGGER2_BASE_PATH, '/user/users/{id}/membership');
    expect(found?.pathTemplate).toBe('/api/user/users/{userId}/membership');
    expect(found?.parameters.map((parameter) => (parameter as { in: string }).in)).toEqual(['body', 'path']);
    expect(found?.where).toBe('paths./user/users/{userId}/membership.put');
  });

  it('finds a path whose base path is part of the documented path', () => {
    expect(find(SWAGGER2_SERVICE, '/user/users/mfa/reset')?.pathTemplate).toBe('/user/users/mfa/reset');
  });

  it('prefers base path + key to the key alone', () => {
    const document = {
      openapi: '3.0.0',
      servers: [{ url: '/user' }],
      paths: { '/user/org/mfa': { put: { summary: 'key alone' } }, '/org/mfa': { put: { summary: 'with base' } } },
    };
    expect(find(document, '/user/org/mfa')?.pathTemplate).toBe('/user/org/mfa');
  });

  it('skips a matching path without the method', () => {
    const document = {
      openapi: '3.0.0',
      paths: { '/user/org/mfa': { get: {} }, '/user/org/mfa/': { put: { requestBody: { content: {} } } } },
    };
    expect(find(document, '/user/org/mfa')?.pathTemplate).toBe('/user/org/mfa/');
  });

  it('follows a path item $ref', () => {
    const document = {
      openapi: '3.1.0',
      paths: { '/user/org/mfa': { $ref: '#/components/pathItems/Mfa' } },
      components: { pathItems: { Mfa: { put: { requestBody: { content: {} } } } } },
    };
    expect(find(document, '/user/org/mfa')?.requestBody).toEqual({ content: {} });
  });

  it('returns undefined when the operation is missing', () => {
    expect(find(SWAGGER2_SERVICE, '/user/org/mfa')).toBeUndefined();
    expect(find({ swagger: '2.0', paths: { '/user/org/mfa': { post: {} } } }, '/user/org/mfa')).toBeUndefined();
  });
});
