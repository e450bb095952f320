/**
 * documented: login locks for 15 minutes after 3 failures. Counted per environment and email
 * (unknown emails too, so the answer never reveals whether an account exists).
 */
import type { SimClock } from './clock';
import type { EnvironmentName } from './state';

export const MAX_FAILURES = 3;
export const LOCK_SECONDS = 15 * 60;

interface Entry {
  failures: number;
  lockedUntil: number;
}

export class LoginLockout {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly clock: SimClock) {}

  private key(environment: EnvironmentName, email: string): string {
    return `${environment}:${email.trim().toLowerCase()}`;
  }

  /** Unix seconds until which the account is locked, or null. */
  lockedUntil(environment: EnvironmentName, email: string): number | null {
    const entry = this.entries.get(this.key(environment, email));
    return entry && entry.lockedUntil > this.clock.now() ? entry.lockedUntil : null;
  }

  recordFailure(environment: EnvironmentName, email: string): void {
    const key = this.key(environment, email);
    const entry = this.entries.get(key) ?? { failures: 0, lockedUntil: 0 };
    entry.failures += 1;
    if (entry.failures >= MAX_FAILURES) {
      entry.failures = 0;
      entry.lockedUntil = this.clock.now() + LOCK_SECONDS;
    }
    this.entries.set(key, entry);
  }

  recordSuccess(environment: EnvironmentName, email: string): void {
    this.entries.delete(this.key(environment, email));
  }
}
