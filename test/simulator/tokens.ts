/**
 * Session tokens. Opaque random strings (the real format is not public), each bound to one
 * environment, user and org, living TOKEN_LIFETIME_SECONDS by the simulator clock.
 * Renewal issues a new token; the old one stays valid until its own expiry (Resolver's
 * behaviour here is not public; this is the lenient choice).
 */
import { randomBytes } from 'node:crypto';
import { TOKEN_LIFETIME_SECONDS } from '../../lib/resolver/knowledge';
import type { SimClock } from './clock';
import type { EnvironmentName } from './state';

export interface Session {
  token: string;
  environment: EnvironmentName;
  userId: number;
  orgId: number;
  /** Unix seconds. */
  expiresAt: number;
}

export type TokenCheck = { ok: true; session: Session } | { ok: false; reason: 'unknown' | 'expired' };

export class TokenStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly clock: SimClock) {}

  issue(environment: EnvironmentName, userId: number, orgId: number): Session {
    const session: Session = {
      token: randomBytes(24).toString('base64url'),
      environment,
      userId,
      orgId,
      expiresAt: this.clock.now() + TOKEN_LIFETIME_SECONDS,
    };
    this.sessions.set(session.token, session);
    return session;
  }

  check(token: string, environment: EnvironmentName): TokenCheck {
    const session = this.sessions.get(token);
    // A token from the other environment is unknown here, as it would be on another server.
    if (!session || session.environment !== environment) return { ok: false, reason: 'unknown' };
    if (session.expiresAt <= this.clock.now()) return { ok: false, reason: 'expired' };
    return { ok: true, session };
  }

  renew(session: Session): Session {
    return this.issue(session.environment, session.userId, session.orgId);
  }

  /** Every token issued so far, expired ones included (none is ever forgotten). */
  issued(): string[] {
    return [...this.sessions.keys()];
  }
}
