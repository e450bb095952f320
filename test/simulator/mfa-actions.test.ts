import { describe, expect } from 'vitest';
import { ACTIONS, ENDPOINTS } from '../../lib/resolver/knowledge';
import { adminToken, simTest as test, viewerToken } from './fixtures';
import { simRequest } from './http-client';
import { login } from './login-client';
import { SEED } from './seed';

const { users, orgs, passwords } = SEED;
const enforce = ACTIONS.enforceOrgMfa;
const reset = ACTIONS.resetUserMfa;
const membershipPath = (userId: number | string) => ACTIONS.setMfaOptOut.path.replace('{id}', String(userId));
const put = (sim: { port: number }, path: string, token: string, body: unknown, tenant?: string) =>
  simRequest(sim, { method: 'PUT', path, token, body, tenant });

describe('PUT /user/org/mfa (enforce)', () => {
  test('enforces both production orgs and leaves the sandbox alone', async ({ sim }) => {
    const res = await put(sim, enforce.path, await adminToken(sim), enforce.defaultExample);
    expect(res.status).toBe(204);
    expect(sim.state.production.orgs.map((org) => [org.name, org.mfaEnforced])).toEqual([
      ['Acme Corp', true],
      ['Acme Subsidiary', true],
    ]);
    expect(sim.state.sandbox.org(orgs.acmeSandbox.id)?.mfaEnforced).toBe(false);
    expect(await login(sim, { email: users.bob.email, password: passwords.user })).toMatchObject({ mfa: 'setup' });
  });

  test('in the sandbox it enforces the sandbox org only', async ({ sim }) => {
    const tenant = SEED.tenants.sandbox;
    const res = await put(sim, enforce.path, await adminToken(sim, tenant), enforce.defaultExample, tenant);
    expect(res.status).toBe(204);
    expect(sim.state.sandbox.org(orgs.acmeSandbox.id)?.mfaEnforced).toBe(true);
    expect(sim.state.production.orgs.some((org) => org.mfaEnforced)).toBe(false);
  });

  test('an edited or malformed body is 400 and enforces nothing', async ({ sim }) => {
    const token = await adminToken(sim);
    expect((await put(sim, enforce.path, token, { mfaEnabled: false })).status).toBe(400);
    expect((await put(sim, enforce.path, token, { ...(enforce.defaultExample as object), extra: 1 })).status).toBe(400);
    expect((await simRequest(sim, { method: 'PUT', path: enforce.path, token, rawBody: 'true,' })).status).toBe(400);
    expect(sim.state.production.orgs.some((org) => org.mfaEnforced)).toBe(false);
  });
});

describe('PUT /user/users/mfa/reset', () => {
  test("clears alice's enrolment: her next login demands setup", async ({ sim }) => {
    const remembered = await login(sim, {
      email: users.alice.email,
      password: passwords.user,
      org: orgs.acmeCorp.id,
      totpSecret: users.alice.totpSecret,
      rememberDevice: true,
    });
    if (!('token' in remembered) || !remembered.deviceCookie) throw new Error('expected a remembered device');

    const res = await put(sim, reset.path, await adminToken(sim), { userId: users.alice.id });
    expect(res.status).toBe(204);
    expect(sim.state.production.enrolment(users.alice.id)).toBeUndefined();
    expect(sim.state.sandbox.enrolment(users.alice.id)).toBeDefined();

    const next = await login(sim, {
      email: users.alice.email,
      password: passwords.user,
      org: orgs.acmeCorp.id,
      deviceCookie: remembered.deviceCookie,
    });
    // Not enforced and no longer enrolled: she signs in without MFA until the org enforces it.
    expect(next).toHaveProperty('token');
    await put(sim, enforce.path, await adminToken(sim), enforce.defaultExample);
    expect(
      await login(sim, { email: users.alice.email, password: passwords.user, org: orgs.acmeCorp.id, deviceCookie: remembered.deviceCookie }),
    ).toMatchObject({ mfa: 'setup' });
  });

  test('an unknown user is 404; a body without the id in the placeholder is 400', async ({ sim }) => {
    const token = await adminToken(sim);
    expect((await put(sim, reset.path, token, { userId: 4242 })).json).toMatchObject({ statusCode: 404 });
    expect((await put(sim, reset.path, token, reset.defaultExample)).status).toBe(400);
    expect((await put(sim, reset.path, token, { userId: String(users.alice.id) })).status).toBe(400);
    expect((await put(sim, reset.path, token, { userId: users.alice.id, extra: true })).status).toBe(400);
    expect((await put(sim, reset.path, token, [users.alice.id])).status).toBe(400);
    expect(sim.state.production.enrolment(users.alice.id)).toBeDefined();
  });
});

describe('PUT /user/users/{id}/membership', () => {
  test('{"mfaOptOut": …} alone flips only mfaOptOut', async ({ sim }) => {
    const token = await adminToken(sim);
    const before = { ...sim.state.production.membership(orgs.acmeCorp.id, users.bob.id) };

    expect((await put(sim, membershipPath(users.bob.id), token, { mfaOptOut: true })).status).toBe(204);
    expect(sim.state.production.membership(orgs.acmeCorp.id, users.bob.id)).toEqual({ ...before, mfaOptOut: true });

    expect((await put(sim, membershipPath(users.bob.id), token, { mfaOptOut: false })).status).toBe(204);
    expect(sim.state.production.membership(orgs.acmeCorp.id, users.bob.id)).toEqual(before);
  });

  test('opting a user out in one org leaves their other memberships alone', async ({ sim }) => {
    await put(sim, membershipPath(users.alice.id), await adminToken(sim), { mfaOptOut: true });
    expect(sim.state.production.membership(orgs.acmeCorp.id, users.alice.id)?.mfaOptOut).toBe(true);
    expect(sim.state.production.membership(orgs.acmeSubsidiary.id, users.alice.id)?.mfaOptOut).toBe(false);
  });

  test('a full body really overwrites isAdmin, isActive and roles', async ({ sim }) => {
    const token = await adminToken(sim);
    const full = { isAdmin: true, isActive: false, allAccess: true, mfaOptOut: true, ssoBypass: true, roles: [0], userGroups: [0] };
    expect((await put(sim, membershipPath(users.carol.id), token, full)).status).toBe(204);
    expect(sim.state.production.membership(orgs.acmeCorp.id, users.carol.id)).toMatchObject(full);
    expect(await login(sim, { email: users.carol.email, password: passwords.user })).toMatchObject({
      refused: { status: 404 },
    });
  });

  test('malformed bodies are 400 and change nothing; unknown users 404', async ({ sim }) => {
    const token = await adminToken(sim);
    const before = { ...sim.state.production.membership(orgs.acmeCorp.id, users.bob.id) };
    for (const body of [{ mfaOptOut: 'yes' }, { mfaOptOut: true, favouriteColour: 'blue' }, [true], 'mfaOptOut']) {
      expect((await put(sim, membershipPath(users.bob.id), token, body)).status).toBe(400);
    }
    expect((await simRequest(sim, { method: 'PUT', path: membershipPath(users.bob.id), token, rawBody: '{' })).status).toBe(400);
    expect(sim.state.production.membership(orgs.acmeCorp.id, users.bob.id)).toEqual(before);
    expect((await put(sim, membershipPath(4242), token, { mfaOptOut: true })).status).toBe(404);
  });
});

describe('admins only', () => {
  const adminCalls = [
    { method: 'PUT', path: enforce.path, body: enforce.defaultExample },
    { method: 'PUT', path: reset.path, body: { userId: users.alice.id } },
    { method: 'PUT', path: membershipPath(users.bob.id), body: { mfaOptOut: true } },
    {
      method: 'GET',
      path: ENDPOINTS.membership.replace('{orgId}', String(orgs.acmeCorp.id)).replace('{userId}', String(users.bob.id)),
      body: undefined,
    },
  ];

  test('a non-admin gets 403 on each admin endpoint and changes nothing', async ({ sim }) => {
    const token = await viewerToken(sim);
    for (const call of adminCalls) {
      const res = await simRequest(sim, { ...call, token });
      expect({ call: call.path, json: res.json }).toMatchObject({ call: call.path, json: { statusCode: 403, message: 'access.denied' } });
    }
    expect(sim.state.production.orgs.some((org) => org.mfaEnforced)).toBe(false);
    expect(sim.state.production.enrolment(users.alice.id)).toBeDefined();
    expect(sim.state.production.membership(orgs.acmeCorp.id, users.bob.id)?.mfaOptOut).toBe(false);
  });

  test('without a token each admin endpoint is 403; with an expired one 401', async ({ sim }) => {
    const token = await adminToken(sim);
    sim.clock.advance(15 * 60);
    for (const call of adminCalls) {
      expect((await simRequest(sim, call)).status).toBe(403);
      expect((await simRequest(sim, { ...call, token })).status).toBe(401);
    }
  });
});
