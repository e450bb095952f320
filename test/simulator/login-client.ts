/**
 * The full API login from Node (password step, org choice, TOTP via otplib), for tests that
 * need a session without driving the login page.
 */
import { generate } from 'otplib';
import { z } from 'zod';
import { ENDPOINTS } from '../../lib/resolver/knowledge';
import { simRequest } from './http-client';
import { MFA_LOGIN_PATH } from './spec/operations';

export interface LoginOptions {
  tenant?: string;
  email: string;
  password: string;
  /** Org id, or org name as listed in availableOrgs. */
  org?: number | string;
  /** Answers the 'verify' step with a current code. */
  totpSecret?: string;
  /** Answers the 'setup' step with a code for the secret the server offers (enrols the user). */
  completeSetup?: boolean;
  rememberDevice?: boolean;
  /** A remembered-device cookie (`name=value`) from an earlier login. */
  deviceCookie?: string;
}

const AvailableOrgSchema = z.object({ id: z.number(), orgName: z.string() });
const SignedInSchema = z.object({ token: z.string(), expiresAt: z.number() });
const SetupSchema = z.object({
  mfa: z.literal('setup'),
  mfaChallenge: z.string(),
  secret: z.string(),
  otpauthUri: z.string(),
});
const VerifySchema = z.object({ mfa: z.literal('verify'), mfaChallenge: z.string() });
const OrgChoiceSchema = z.object({ availableOrgs: z.array(AvailableOrgSchema) });
const ErrorSchema = z.object({ statusCode: z.number(), message: z.string() });

export type LoginResult =
  | { token: string; expiresAt: number; deviceCookie?: string }
  | z.infer<typeof SetupSchema>
  | z.infer<typeof VerifySchema>
  | { selectOrg: z.infer<typeof AvailableOrgSchema>[] }
  | { refused: { status: number; message: string } };

function refused(status: number, json: unknown): LoginResult {
  const error = ErrorSchema.safeParse(json);
  return { refused: { status, message: error.success ? error.data.message : `HTTP ${status}` } };
}

async function submitCode(
  sim: { port: number },
  options: LoginOptions,
  mfaChallenge: string,
  secret: string,
): Promise<LoginResult> {
  const res = await simRequest(sim, {
    method: 'POST',
    path: MFA_LOGIN_PATH,
    tenant: options.tenant,
    body: { mfaChallenge, code: await generate({ secret }), rememberDevice: options.rememberDevice ?? false },
  });
  if (res.status !== 200) return refused(res.status, res.json);
  const { token, expiresAt } = SignedInSchema.parse(res.json);
  const deviceCookie = res.cookies[0];
  return deviceCookie ? { token, expiresAt, deviceCookie } : { token, expiresAt };
}

export async function login(sim: { port: number }, options: LoginOptions): Promise<LoginResult> {
  let selectedOrg = typeof options.org === 'number' ? options.org : undefined;
  for (;;) {
    const res = await simRequest(sim, {
      method: 'POST',
      path: ENDPOINTS.authenticate,
      tenant: options.tenant,
      body: { email: options.email, password: options.password, selectedOrg, client: 'test' },
      cookies: options.deviceCookie ? [options.deviceCookie] : [],
    });
    if (res.status !== 200) return refused(res.status, res.json);

    const signedIn = SignedInSchema.safeParse(res.json);
    if (signedIn.success) return { token: signedIn.data.token, expiresAt: signedIn.data.expiresAt };
    const verifyStep = VerifySchema.safeParse(res.json);
    if (verifyStep.success) {
      return options.totpSecret
        ? submitCode(sim, options, verifyStep.data.mfaChallenge, options.totpSecret)
        : verifyStep.data;
    }
    const setupStep = SetupSchema.safeParse(res.json);
    if (setupStep.success) {
      return options.completeSetup
        ? submitCode(sim, options, setupStep.data.mfaChallenge, setupStep.data.secret)
        : setupStep.data;
    }
    const { availableOrgs } = OrgChoiceSchema.parse(res.json);
    const wanted = availableOrgs.find((org) => org.orgName === options.org || org.id === options.org);
    if (!wanted || wanted.id === selectedOrg) return { selectOrg: availableOrgs };
    selectedOrg = wanted.id;
  }
}

/** `login()` that must end signed in; throws naming the step it stopped at. */
export async function loginToken(
  sim: { port: number },
  options: LoginOptions,
): Promise<{ token: string; expiresAt: number }> {
  const result = await login(sim, options);
  if ('token' in result) return { token: result.token, expiresAt: result.expiresAt };
  throw new Error(`login of ${options.email} stopped at ${JSON.stringify(result)}`);
}
