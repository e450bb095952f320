import { describe, expect } from 'vitest';
import { ENDPOINTS } from '../../lib/resolver/knowledge';
import { adminToken, simTest as test, viewerToken } from './fixtures';
import { simRequest } from './http-client';
import { loginToken } from './login-client';
import { SEED, generatedUserEmail } from './seed';

const { users, orgs } = SEED;

function emailsOf(json: unknown): string[] {
  return (json as { data: { email: string }[] }).data.map((user) => user.email);
}

describe('discover', () => {
  test('maps service keys to {url, docUrl} without auth; docUrl is the Swagger page', async ({ sim }) => {
    const res = await simRequest(sim, { path: ENDPOINTS.discover });
    expect(res.status).toBe(200);
    const origin = sim.origin();
    expect(res.json).toMatchObject({
      session: { url: `${origin}/user`, docUrl: `${origin}/api` },
      user: { url: `${origin}/user`, docUrl: `${origin}/api` },
      org: { url: `${origin}/user`, docUrl: `${origin}/api` },
    });
    const sandbox = await simRequest(sim, { path: ENDPOINTS.discover, tenant: SEED.tenants.sandbox });
    expect(sandbox.json).toMatchObject({ user: { docUrl: `${sim.origin(SEED.tenants.sandbox)}/api` } });
  });
});

describe('users', () => {
  test('who am I: the user, the current org and the admin flag', async ({ sim }) => {
    const res = await simRequest(sim, { path: ENDPOINTS.me, token: await viewerToken(sim) });
    expect(res.json).toMatchObject({
      id: users.viewer.id,
      email: users.viewer.email,
      first: 'Vera',
      last: 'Lindqvist',
      isAdmin: false,
      isSSO: false,
      currentOrg: { id: orgs.acmeCorp.id, name: 'Acme Corp' },
    });
  });

  test('search matches email or name, case-insensitively', async ({ sim }) => {
    const token = await adminToken(sim);
    const byEmail = await simRequest(sim, { path: `${ENDPOINTS.users}?search=ALICE@acme`, token });
    expect(emailsOf(byEmail.json)).toEqual([users.alice.email]);
    const byName = await simRequest(sim, { path: `${ENDPOINTS.users}?search=${encodeURIComponent('carol oka')}`, token });
    expect(emailsOf(byName.json)).toEqual([users.carol.email]);
    const byDomain = await simRequest(sim, { path: `${ENDPOINTS.users}?search=user1`, token });
    expect(emailsOf(byDomain.json)).toHaveLength(100);
  });

  test('search only sees members of the current org', async ({ sim }) => {
    const subsidiaryOnly = generatedUserEmail(201);
    const corp = await simRequest(sim, { path: `${ENDPOINTS.users}?search=${subsidiaryOnly}`, token: await adminToken(sim) });
    expect(emailsOf(corp.json)).toEqual([]);
    const { token } = await loginToken(sim, {
      email: users.admin.email,
      password: SEED.passwords.admin,
      org: orgs.acmeSubsidiary.id,
    });
    const subsidiary = await simRequest(sim, { path: `${ENDPOINTS.users}?search=${subsidiaryOnly}`, token });
    expect(emailsOf(subsidiary.json)).toEqual([subsidiaryOnly]);
  });

  test('?ids= returns those users; malformed ids are 400', async ({ sim }) => {
    const token = await adminToken(sim);
    const res = await simRequest(sim, { path: `${ENDPOINTS.users}?ids=${users.bob.id},${users.alice.id},99999`, token });
    expect(emailsOf(res.json).sort()).toEqual([users.alice.email, users.bob.email]);
    expect((await simRequest(sim, { path: `${ENDPOINTS.users}?ids=1;drop`, token })).status).toBe(400);
  });

  test('one user by id; unknown id is 404', async ({ sim }) => {
    const token = await adminToken(sim);
    const bob = await simRequest(sim, { path: ENDPOINTS.user.replace('{id}', String(users.bob.id)), token });
    expect(bob.json).toMatchObject({ id: users.bob.id, email: users.bob.email, isSSO: false });
    const dave = await simRequest(sim, { path: ENDPOINTS.user.replace('{id}', String(users.dave.id)), token });
    expect(dave.json).toMatchObject({ isSSO: true });
    const unknown = await simRequest(sim, { path: ENDPOINTS.user.replace('{id}', '4242'), token });
    expect(unknown.json).toMatchObject({ statusCode: 404 });
  });

  test("a membership: ids, flags, roles and mfaOptOut", async ({ sim }) => {
    const token = await adminToken(sim);
    const path = ENDPOINTS.membership.replace('{orgId}', String(orgs.acmeCorp.id)).replace('{userId}', String(users.carol.id));
    const res = await simRequest(sim, { path, token });
    expect(res.json).toEqual({
      id: orgs.acmeCorp.id * 1000 + users.carol.id,
      userId: users.carol.id,
      orgId: orgs.acmeCorp.id,
      isAdmin: false,
      isActive: true,
      allAccess: false,
      mfaOptOut: true,
      ssoBypass: false,
      roles: [...users.carol.roles],
      userGroups: expect.any(Array),
    });
    const missing = ENDPOINTS.membership.replace('{orgId}', String(orgs.acmeCorp.id)).replace('{userId}', '4242');
    expect((await simRequest(sim, { path: missing, token })).status).toBe(404);
  });
});
