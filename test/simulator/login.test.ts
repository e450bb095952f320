import { generate } from 'otplib';
import { describe, expect } from 'vitest';
import { ACTIONS, ENDPOINTS } from '../../lib/resolver/knowledge';
import { adminToken, simTest as test } from './fixtures';
import { simRequest } from './http-client';
import { login, loginToken } from './login-client';
import { SEED } from './seed';
import { MFA_LOGIN_PATH } from './spec/operations';

const { users, passwords, orgs } = SEED;
const alice = { email: users.alice.email, password: passwords.user };
const bob = { email: users.bob.email, password: passwords.user };

function authenticate(sim: { port: number }, body: unknown, cookies: string[] = []) {
  return simRequest(sim, { method: 'POST', path: ENDPOINTS.authenticate, body, cookies });
}

describe('password step', () => {
  test('a multi-org user without selectedOrg gets the org list and no token', async ({ sim }) => {
    const res = await authenticate(sim, { email: users.admin.email, password: passwords.admin });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      availableOrgs: [
        { id: orgs.acmeCorp.id, orgName: 'Acme Corp' },
        { id: orgs.acmeSubsidiary.id, orgName: 'Acme Subsidiary' },
      ],
    });
  });

  test('choosing an org signs in to that org', async ({ sim }) => {
    const { token } = await loginToken(sim, { email: users.admin.email, password: passwords.admin, org: 'Acme Subsidiary' });
    const me = await simRequest(sim, { path: ENDPOINTS.me, token });
    expect(me.json).toMatchObject({ id: users.admin.id, currentOrg: { id: orgs.acmeSubsidiary.id, name: 'Acme Subsidiary' } });
  });

  test('the login response carries the documented fields', async ({ sim }) => {
    const res = await authenticate(sim, { email: users.bob.email, password: passwords.user });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      token: expect.any(String),
      expiresAt: sim.clock.now() + 15 * 60,
      user: { id: users.bob.id, email: users.bob.email, first: 'Bob', last: 'Nguyen' },
      availableOrgs: [{ id: orgs.acmeCorp.id, orgName: 'Acme Corp' }],
      isAdmin: false,
      sessionTimeout: 15,
    });
  });

  test('wrong password and unknown email are 401', async ({ sim }) => {
    expect((await authenticate(sim, { ...bob, password: 'nope' })).json).toMatchObject({
      statusCode: 401,
      message: 'invalid.credentials',
    });
    expect((await authenticate(sim, { email: 'nobody@acme.example', password: 'x' })).status).toBe(401);
  });

  test('a malformed body is 400', async ({ sim }) => {
    expect((await simRequest(sim, { method: 'POST', path: ENDPOINTS.authenticate, rawBody: '{"email":' })).status).toBe(400);
    expect((await authenticate(sim, { email: users.bob.email })).status).toBe(400);
  });

  test('three failures lock the account for 15 minutes, even for the right password', async ({ sim }) => {
    for (let i = 0; i < 3; i++) await authenticate(sim, { ...bob, password: 'wrong' });
    const locked = await authenticate(sim, bob);
    expect(locked.json).toMatchObject({ statusCode: 401, message: 'account.locked' });
    sim.clock.advance(15 * 60 - 1);
    expect((await authenticate(sim, bob)).status).toBe(401);
    sim.clock.advance(1);
    expect(await login(sim, bob)).toHaveProperty('token');
  });

  test('a user without an active membership is 404', async ({ sim }) => {
    const token = await adminToken(sim);
    const path = ACTIONS.setMfaOptOut.path.replace('{id}', String(users.bob.id));
    expect((await simRequest(sim, { method: 'PUT', path, token, body: { isActive: false } })).status).toBe(204);
    expect((await authenticate(sim, bob)).json).toMatchObject({ statusCode: 404 });
  });
});

describe('MFA step', () => {
  test('an enrolled user gets no token from the password step, then signs in with a TOTP code', async ({ sim }) => {
    const step = await login(sim, { ...alice, org: orgs.acmeCorp.id });
    expect(step).toEqual({ mfa: 'verify', mfaChallenge: expect.any(String) });
    const signedIn = await login(sim, { ...alice, org: orgs.acmeCorp.id, totpSecret: users.alice.totpSecret });
    expect(signedIn).toEqual({ token: expect.any(String), expiresAt: sim.clock.now() + 15 * 60 });
  });

  test('a wrong code is refused and the right one still works', async ({ sim }) => {
    const step = await login(sim, { ...alice, org: orgs.acmeCorp.id });
    if (!('mfa' in step)) throw new Error('expected the MFA step');
    const code = await generate({ secret: users.alice.totpSecret });
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const refused = await simRequest(sim, {
      method: 'POST',
      path: MFA_LOGIN_PATH,
      body: { mfaChallenge: step.mfaChallenge, code: wrong },
    });
    expect(refused.json).toMatchObject({ statusCode: 401, message: 'mfa.code.invalid' });
    const accepted = await simRequest(sim, {
      method: 'POST',
      path: MFA_LOGIN_PATH,
      body: { mfaChallenge: step.mfaChallenge, code },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.json).toMatchObject({ token: expect.any(String), currentOrg: { id: orgs.acmeCorp.id } });
  });

  test('a challenge expires after 5 minutes', async ({ sim }) => {
    const step = await login(sim, { ...alice, org: orgs.acmeCorp.id });
    if (!('mfa' in step)) throw new Error('expected the MFA step');
    sim.clock.advance(5 * 60);
    const res = await simRequest(sim, {
      method: 'POST',
      path: MFA_LOGIN_PATH,
      body: { mfaChallenge: step.mfaChallenge, code: await generate({ secret: users.alice.totpSecret }) },
    });
    expect(res.json).toMatchObject({ statusCode: 401, message: 'mfa.challenge.expired' });
  });

  test('"remember this device" skips the code for 30 days', async ({ sim }) => {
    const first = await login(sim, { ...alice, org: orgs.acmeCorp.id, totpSecret: users.alice.totpSecret, rememberDevice: true });
    if (!('token' in first) || !first.deviceCookie) throw new Error('expected a remembered device');

    const withCookie = await authenticate(sim, { ...alice, selectedOrg: orgs.acmeCorp.id }, [first.deviceCookie]);
    expect(withCookie.json).toHaveProperty('token');
    const withoutCookie = await authenticate(sim, { ...alice, selectedOrg: orgs.acmeCorp.id });
    expect(withoutCookie.json).toMatchObject({ mfa: 'verify' });

    sim.clock.advance(30 * 24 * 60 * 60);
    const expired = await authenticate(sim, { ...alice, selectedOrg: orgs.acmeCorp.id }, [first.deviceCookie]);
    expect(expired.json).toMatchObject({ mfa: 'verify' });
  });

  test('the remember-device cookie is httpOnly and lasts 30 days', async ({ sim }) => {
    const step = await login(sim, { ...alice, org: orgs.acmeCorp.id });
    if (!('mfa' in step)) throw new Error('expected the MFA step');
    const res = await simRequest(sim, {
      method: 'POST',
      path: MFA_LOGIN_PATH,
      body: { mfaChallenge: step.mfaChallenge, code: await generate({ secret: users.alice.totpSecret }), rememberDevice: true },
    });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/Max-Age=2592000/);
  });

  test('enforced MFA: an unenrolled user must set up, and the setup enrols them', async ({ sim }) => {
    const token = await adminToken(sim);
    await simRequest(sim, { method: 'PUT', path: ACTIONS.enforceOrgMfa.path, token, body: ACTIONS.enforceOrgMfa.defaultExample });

    const setup = await authenticate(sim, bob);
    expect(setup.json).toMatchObject({
      mfa: 'setup',
      mfaChallenge: expect.any(String),
      secret: expect.stringMatching(/^[A-Z2-7]{16,}$/),
      otpauthUri: expect.stringMatching(/^otpauth:\/\/totp\/.*bob%40acme\.example.*secret=/),
      qrCode: expect.stringMatching(/^data:image\/png;base64,/),
    });
    expect(setup.json).not.toHaveProperty('token');

    const enrolled = await login(sim, { ...bob, completeSetup: true });
    expect(enrolled).toHaveProperty('token');
    expect(sim.state.production.enrolment(users.bob.id)).toBeDefined();
    expect(await login(sim, bob)).toMatchObject({ mfa: 'verify' });
  });

  test('enforced MFA does not apply to the SSO user nor to an opted-out member', async ({ sim }) => {
    const token = await adminToken(sim);
    await simRequest(sim, { method: 'PUT', path: ACTIONS.enforceOrgMfa.path, token, body: ACTIONS.enforceOrgMfa.defaultExample });
    expect(await login(sim, { email: users.dave.email, password: passwords.user })).toHaveProperty('token');
    expect(await login(sim, { email: users.carol.email, password: passwords.user })).toHaveProperty('token');
  });
});
