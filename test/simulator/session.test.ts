import { describe, expect } from 'vitest';
import { ENDPOINTS } from '../../lib/resolver/knowledge';
import { adminToken, simTest as test } from './fixtures';
import { simRequest } from './http-client';
import { SEED } from './seed';

describe('session tokens', () => {
  test('GET /user/authenticate renews: a new token with a later expiry', async ({ sim }) => {
    const token = await adminToken(sim);
    sim.clock.advance(60);
    const res = await simRequest(sim, { path: ENDPOINTS.authenticate, token });
    expect(res.status).toBe(200);
    const renewed = res.json as { token: string; expiresAt: number };
    expect(renewed.token).not.toBe(token);
    expect(renewed.expiresAt).toBe(sim.clock.now() + 15 * 60);
    expect((await simRequest(sim, { path: ENDPOINTS.me, token: renewed.token })).status).toBe(200);
  });

  test('issuedTokens lists every token issued, renewed and expired ones included, in either environment', async ({ sim }) => {
    expect(sim.issuedTokens()).toEqual([]);
    const production = await adminToken(sim);
    const sandbox = await adminToken(sim, SEED.tenants.sandbox);
    const renewal = await simRequest(sim, { path: ENDPOINTS.authenticate, token: production });
    const renewed = (renewal.json as { token: string }).token;
    sim.clock.advance(15 * 60);
    expect(sim.issuedTokens()).toEqual([production, sandbox, renewed]);
  });

  test('a token expires 15 minutes after it was issued (401)', async ({ sim }) => {
    const token = await adminToken(sim);
    sim.clock.advance(15 * 60 - 1);
    expect((await simRequest(sim, { path: ENDPOINTS.me, token })).status).toBe(200);
    sim.clock.advance(1);
    const expired = await simRequest(sim, { path: ENDPOINTS.me, token });
    expect(expired.json).toEqual({ statusCode: 401, message: 'token.expired', details: null });
    expect((await simRequest(sim, { path: ENDPOINTS.authenticate, token })).status).toBe(401);
  });

  test('the bearer scheme is case-insensitive', async ({ sim }) => {
    const token = await adminToken(sim);
    for (const scheme of ['bearer', 'Bearer', 'BEARER']) {
      expect((await simRequest(sim, { path: ENDPOINTS.me, authorization: `${scheme} ${token}` })).status).toBe(200);
    }
  });

  test('no Authorization header is 403 access.denied; a bad token or scheme is 401', async ({ sim }) => {
    const token = await adminToken(sim);
    expect((await simRequest(sim, { path: ENDPOINTS.me })).json).toMatchObject({ statusCode: 403, message: 'access.denied' });
    expect((await simRequest(sim, { path: ENDPOINTS.me, token: 'not-a-token' })).status).toBe(401);
    expect((await simRequest(sim, { path: ENDPOINTS.me, authorization: `Basic ${token}` })).status).toBe(401);
  });

  test('a production token is unknown to the sandbox', async ({ sim }) => {
    const token = await adminToken(sim);
    const res = await simRequest(sim, { path: ENDPOINTS.me, token, tenant: SEED.tenants.sandbox });
    expect(res.status).toBe(401);
  });

  test('the sandbox has its own login and org', async ({ sim }) => {
    const token = await adminToken(sim, SEED.tenants.sandbox);
    const me = await simRequest(sim, { path: ENDPOINTS.me, token, tenant: SEED.tenants.sandbox });
    expect(me.json).toMatchObject({ id: SEED.users.admin.id, currentOrg: { id: SEED.orgs.acmeSandbox.id, name: 'Acme Sandbox' } });
  });
});
