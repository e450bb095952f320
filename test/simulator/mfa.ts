/**
 * The MFA step of login. Resolver's real wire format for it is not public; the simulator's
 * choice (documented in routes/authenticate.ts): the password step answers
 * `{mfa: 'setup' | 'verify', mfaChallenge}` instead of a token, and
 * `POST /user/authenticate/mfa` exchanges the challenge and a TOTP code for the token.
 */
import { randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import type { SimClock } from './clock';
import type { EnvironmentName, EnvironmentStore, SimMembership, SimOrg, SimUser } from './state';

export type MfaStep = 'setup' | 'verify';

/**
 * documented: SSO users are never subject to MFA; a user must set up MFA when their org
 * enforces it and their membership is not opted out. assumed: a user already enrolled always
 * verifies, enforced or not.
 */
export function mfaStepFor(
  user: Readonly<SimUser>,
  org: Readonly<SimOrg>,
  membership: Readonly<SimMembership>,
  enrolled: boolean,
): MfaStep | null {
  if (user.isSSO) return null;
  if (enrolled) return 'verify';
  return org.mfaEnforced && !membership.mfaOptOut ? 'setup' : null;
}

export interface MfaChallenge {
  id: string;
  environment: EnvironmentName;
  userId: number;
  orgId: number;
  step: MfaStep;
  /** The secret being set up (setup) or the enrolled one (verify). */
  secret: string;
  expiresAt: number;
}

const CHALLENGE_LIFETIME_SECONDS = 5 * 60;
/** documented: "Remember this device for 30 days". */
export const REMEMBER_DEVICE_SECONDS = 30 * 24 * 60 * 60;
export const REMEMBER_DEVICE_COOKIE = 'resolver_mfa_device';

interface RememberedDevice {
  environment: EnvironmentName;
  userId: number;
  expiresAt: number;
}

export class MfaService {
  private readonly challenges = new Map<string, MfaChallenge>();
  private readonly devices = new Map<string, RememberedDevice>();

  constructor(private readonly clock: SimClock) {}

  startChallenge(env: EnvironmentStore, userId: number, orgId: number, step: MfaStep): MfaChallenge {
    const enrolled = env.enrolment(userId);
    const challenge: MfaChallenge = {
      id: randomBytes(18).toString('base64url'),
      environment: env.name,
      userId,
      orgId,
      step,
      secret: step === 'verify' && enrolled ? enrolled.secret : generateSecret(),
      expiresAt: this.clock.now() + CHALLENGE_LIFETIME_SECONDS,
    };
    this.challenges.set(challenge.id, challenge);
    return challenge;
  }

  findChallenge(id: string, environment: EnvironmentName): MfaChallenge | undefined {
    const challenge = this.challenges.get(id);
    if (!challenge || challenge.environment !== environment || challenge.expiresAt <= this.clock.now()) return undefined;
    return challenge;
  }

  /** Codes are checked against real time (see clock.ts), one 30 s step either side for drift. */
  async codeIsValid(challenge: MfaChallenge, code: string): Promise<boolean> {
    if (!/^\d{6}$/.test(code)) return false;
    const result = await verify({ secret: challenge.secret, token: code, epochTolerance: 30 });
    return result.valid;
  }

  finish(challenge: MfaChallenge, env: EnvironmentStore): void {
    this.challenges.delete(challenge.id);
    if (challenge.step === 'setup') env.enrol(challenge.userId, challenge.secret, this.clock.now());
  }

  rememberDevice(environment: EnvironmentName, userId: number): string {
    const id = randomBytes(24).toString('base64url');
    this.devices.set(id, { environment, userId, expiresAt: this.clock.now() + REMEMBER_DEVICE_SECONDS });
    return id;
  }

  isRemembered(deviceId: string | undefined, environment: EnvironmentName, userId: number): boolean {
    if (deviceId === undefined) return false;
    const device = this.devices.get(deviceId);
    return (
      device !== undefined &&
      device.environment === environment &&
      device.userId === userId &&
      device.expiresAt > this.clock.now()
    );
  }

  /** A reset forgets the user's remembered devices: the next login must set MFA up again. */
  forgetDevices(environment: EnvironmentName, userId: number): void {
    for (const [id, device] of this.devices) {
      if (device.environment === environment && device.userId === userId) this.devices.delete(id);
    }
  }
}

export function otpauthUri(email: string, secret: string): string {
  return generateURI({ issuer: 'Resolver', label: email, secret });
}
