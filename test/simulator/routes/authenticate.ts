/**
 * Login and renewal.
 *
 * Documented: `POST /user/authenticate {email, password, selectedOrg?, client?}` →
 * `{token, expiresAt, user, availableOrgs, isAdmin, sessionTimeout}`; 401 wrong credentials;
 * 404 not an active member of any org; locked 15 min after 3 failures;
 * `GET /user/authenticate` renews.
 *
 * Simulator choices where Resolver's behaviour is not public:
 * - a user in several orgs who sends no (or a foreign) `selectedOrg` gets 200 `{availableOrgs}`
 *   and no token, and logs in again with `selectedOrg`;
 * - a locked account answers 401 `account.locked` with `details.lockedUntil` (unix seconds);
 * - MFA: the password step answers 200 `{mfa: 'verify', mfaChallenge, availableOrgs}` (enrolled
 *   user) or `{mfa: 'setup', mfaChallenge, secret, otpauthUri, qrCode, availableOrgs}` (must
 *   enrol; qrCode is a PNG data URL) and no token; `POST /user/authenticate/mfa
 *   {mfaChallenge, code, rememberDevice?}` then answers the login response (401
 *   `mfa.code.invalid` for a wrong code, which does not count towards the lockout; 401
 *   `mfa.challenge.expired` after 5 minutes);
 * - `rememberDevice: true` sets the httpOnly cookie `resolver_mfa_device` (30 days); while it is
 *   valid an enrolled user's password step returns the token directly; an MFA reset forgets it;
 * - `sessionTimeout` is in minutes.
 */
import { Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import QRCode from 'qrcode';
import { z } from 'zod';
import { ENDPOINTS, TOKEN_LIFETIME_SECONDS } from '../../../lib/resolver/knowledge';
import { requireSession } from '../auth';
import type { SimContext, SimEnv } from '../context';
import { apiError, malformedBody, readJsonBody, validationError } from '../errors';
import { REMEMBER_DEVICE_COOKIE, REMEMBER_DEVICE_SECONDS, mfaStepFor, otpauthUri } from '../mfa';
import { MFA_LOGIN_PATH } from '../spec/operations';
import type { EnvironmentStore } from '../state';
import { availableOrgs, currentOrgJson, userJson } from '../views';

const OrgIdSchema = z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]);

const CredentialsSchema = z.object({
  email: z.string().min(1),
  password: z.string().min(1),
  selectedOrg: OrgIdSchema.nullish(),
  client: z.string().optional(),
});

const MfaCodeSchema = z.object({
  mfaChallenge: z.string().min(1),
  code: z.string(),
  rememberDevice: z.boolean().optional(),
});

function loginResponse(ctx: SimContext, env: EnvironmentStore, userId: number, orgId: number) {
  const session = ctx.tokens.issue(env.name, userId, orgId);
  const user = env.user(userId);
  if (!user) throw new Error(`no user ${userId}`);
  return {
    token: session.token,
    expiresAt: session.expiresAt,
    user: userJson(env, user, orgId),
    availableOrgs: availableOrgs(env, userId),
    currentOrg: currentOrgJson(env, orgId),
    isAdmin: env.membership(orgId, userId)?.isAdmin ?? false,
    sessionTimeout: TOKEN_LIFETIME_SECONDS / 60,
  };
}

export function authenticateRoutes(ctx: SimContext): Hono<SimEnv> {
  const app = new Hono<SimEnv>();

  app.post(ENDPOINTS.authenticate, async (c) => {
    const json = await readJsonBody(c);
    if (!json.ok) return malformedBody(c);
    const parsed = CredentialsSchema.safeParse(json.value);
    if (!parsed.success) return validationError(c, parsed.error);
    const { email, password, selectedOrg } = parsed.data;
    const env = c.get('env');

    const lockedUntil = ctx.lockout.lockedUntil(env.name, email);
    if (lockedUntil !== null) return apiError(c, 401, 'account.locked', { lockedUntil });
    const user = env.user(email);
    if (!user || user.password !== password) {
      ctx.lockout.recordFailure(env.name, email);
      return apiError(c, 401, 'invalid.credentials');
    }
    ctx.lockout.recordSuccess(env.name, email);

    const orgs = user.isActive ? availableOrgs(env, user.id) : [];
    if (orgs.length === 0) return apiError(c, 404, 'user.not.active.in.any.org');
    const chosen = orgs.length === 1 ? orgs[0] : orgs.find((o) => o.id === selectedOrg);
    if (!chosen) return c.json({ availableOrgs: orgs });

    const org = env.org(chosen.id);
    const membership = env.membership(chosen.id, user.id);
    if (!org || !membership) throw new Error('available org without membership');
    const step = mfaStepFor(user, org, membership, env.enrolment(user.id) !== undefined);
    const remembered =
      step === 'verify' && ctx.mfa.isRemembered(getCookie(c, REMEMBER_DEVICE_COOKIE), env.name, user.id);
    if (step === null || remembered) return c.json(loginResponse(ctx, env, user.id, chosen.id));

    const challenge = ctx.mfa.startChallenge(env, user.id, chosen.id, step);
    if (step === 'verify') return c.json({ mfa: step, mfaChallenge: challenge.id, availableOrgs: orgs });
    const uri = otpauthUri(user.email, challenge.secret);
    return c.json({
      mfa: step,
      mfaChallenge: challenge.id,
      secret: challenge.secret,
      otpauthUri: uri,
      qrCode: await QRCode.toDataURL(uri),
      availableOrgs: orgs,
    });
  });

  app.post(MFA_LOGIN_PATH, async (c) => {
    const json = await readJsonBody(c);
    if (!json.ok) return malformedBody(c);
    const parsed = MfaCodeSchema.safeParse(json.value);
    if (!parsed.success) return validationError(c, parsed.error);
    const env = c.get('env');
    const challenge = ctx.mfa.findChallenge(parsed.data.mfaChallenge, env.name);
    if (!challenge) return apiError(c, 401, 'mfa.challenge.expired');
    if (!(await ctx.mfa.codeIsValid(challenge, parsed.data.code.trim()))) return apiError(c, 401, 'mfa.code.invalid');

    ctx.mfa.finish(challenge, env);
    if (parsed.data.rememberDevice) {
      setCookie(c, REMEMBER_DEVICE_COOKIE, ctx.mfa.rememberDevice(env.name, challenge.userId), {
        httpOnly: true,
        path: '/',
        sameSite: 'Lax',
        maxAge: REMEMBER_DEVICE_SECONDS,
      });
    }
    return c.json(loginResponse(ctx, env, challenge.userId, challenge.orgId));
  });

  app.get(ENDPOINTS.authenticate, requireSession(ctx), (c) => {
    const renewed = ctx.tokens.renew(c.get('session'));
    return c.json({ token: renewed.token, expiresAt: renewed.expiresAt });
  });

  return app;
}
