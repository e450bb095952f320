import { describe, expect } from 'vitest';
import { ACTIONS, ENDPOINTS } from '../../lib/resolver/knowledge';
import { simTest as test, withSimulator } from './fixtures';
import { simRequest } from './http-client';
import { MFA_LOGIN_PATH } from './spec/operations';

type Json = Record<string, Record<string, Record<string, unknown>>>;

const EXPECTED_OPERATIONS = [
  ['get', ENDPOINTS.discover],
  ['post', ENDPOINTS.authenticate],
  ['get', ENDPOINTS.authenticate],
  ['post', MFA_LOGIN_PATH],
  ['get', ENDPOINTS.me],
  ['get', ENDPOINTS.users],
  ['get', ENDPOINTS.user],
  ['get', ENDPOINTS.membership],
  ['put', ACTIONS.enforceOrgMfa.path],
  ['put', ACTIONS.resetUserMfa.path],
  ['put', ACTIONS.setMfaOptOut.path],
] as const;

describe('the API description', () => {
  test('OpenAPI 3 at /api/openapi.json: every endpoint, tagged, with request-body examples', async ({ sim }) => {
    const res = await simRequest(sim, { path: '/api/openapi.json' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    const doc = res.json as Json;
    expect(doc.openapi).toMatch(/^3\./);
    for (const [method, path] of EXPECTED_OPERATIONS) {
      expect(doc.paths[path]?.[method], `${method} ${path}`).toMatchObject({ tags: [expect.any(String)] });
    }
    expect(doc.paths[ACTIONS.enforceOrgMfa.path].put).toMatchObject({
      tags: ['org'],
      requestBody: { content: { 'application/json': { example: ACTIONS.enforceOrgMfa.defaultExample } } },
    });
    expect(doc.paths[ACTIONS.setMfaOptOut.path].put).toMatchObject({
      tags: ['user'],
      parameters: [{ name: 'id', in: 'path', required: true }],
      requestBody: {
        content: { 'application/json': { example: expect.objectContaining({ mfaOptOut: true, isAdmin: true, roles: [0] }) } },
      },
    });
    expect((await simRequest(sim, { path: '/api/swagger.json' })).status).toBe(404);
  });

  test('Swagger 2.0 at /api/swagger.json in legacy mode', async () => {
    await withSimulator({ swaggerUi: '2' }, async (sim) => {
      const res = await simRequest(sim, { path: '/api/swagger.json' });
      const doc = res.json as Json;
      expect(doc.swagger).toBe('2.0');
      for (const [method, path] of EXPECTED_OPERATIONS) {
        expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
      }
      expect(doc.paths[ACTIONS.resetUserMfa.path].put).toMatchObject({
        parameters: [{ in: 'body', schema: { example: ACTIONS.resetUserMfa.defaultExample } }],
      });
      expect((await simRequest(sim, { path: '/api/openapi.json' })).status).toBe(404);
    });
  });
});
