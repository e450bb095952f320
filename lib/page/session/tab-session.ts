/**
 * The tab's session: the first of its sources (session-sources.ts) whose token Resolver accepts,
 * checked with "who am I?" before any other request uses it. Only that source's name and a
 * fingerprint of the checked token are kept, in memory: the token itself is read from its source
 * each time a request is sent, and a token that differs from the checked one (the web app renewed
 * it, someone else signed in) is checked again first.
 *
 * Resolver's answer for the checked token is kept with it: a token names one user in one org, so
 * while the source still holds that same token the answer stands, and an action asks "who am I?"
 * no more (the status, the membership read and the audit record all use it). It is asked again
 * after a 401 (forget), for a changed token, or when the admin refreshes (`fresh`).
 */
import { fingerprint } from '../../fingerprint';
import type { Failure, Result, SessionSource } from '../../protocol';
import type { Me } from '../../resolver/schemas';
import { ok } from '../../result';
import type { SessionSourceReader } from './session-sources';

export interface ResolvedSession {
  source: SessionSource;
  /** Resolver's answer to "who am I?" with the session's token. */
  me: Me;
  /** Unix seconds; null when the source does not tell. */
  expiresAt: number | null;
}

export interface TabSession {
  /**
   * Checks the sources in order; the first whose token Resolver accepts is the tab's session.
   * null when no source holds an accepted token; a failure when Resolver could not tell (network,
   * server) or refused every token with 403 (an IP allow-list refuses every session alike).
   */
  resolve(options?: { fresh?: boolean }): Promise<Result<ResolvedSession | null>>;
  /** The session's token, read from its source now; null when the tab has no session. For the API client only. */
  token(): Promise<string | null>;
  /** Resolver answered 401: the session in use is over, and the next request looks for one again. */
  forget(): void;
  /** A fingerprint of the token the sources hold now, unchecked (a bulk run waiting for a new session compares it). */
  peekFingerprint(): Promise<string | null>;
}

/** `whoAmIWith` asks "who am I?" with the given token rather than the session's. */
export function createTabSession(
  sources: readonly SessionSourceReader[],
  whoAmIWith: (token: string) => Promise<Result<Me>>,
): TabSession {
  let checked: { reader: SessionSourceReader; fingerprint: string; resolved: ResolvedSession } | null = null;
  let checking: Promise<{ session: Result<ResolvedSession | null>; token: string | null }> | null = null;

  async function check(): Promise<{ session: Result<ResolvedSession | null>; token: string | null }> {
    checked = null;
    let refusal: Failure | null = null;
    for (const reader of sources) {
      const candidate = await reader.read();
      if (candidate === null) continue;
      const me = await whoAmIWith(candidate.token);
      if (me.ok) {
        const resolved: ResolvedSession = { source: reader.name, me: me.value, expiresAt: candidate.expiresAt };
        checked = { reader, fingerprint: fingerprint(candidate.token), resolved };
        return { session: ok(resolved), token: candidate.token };
      }
      // 401: this source's token is over; 403 is also what Resolver answers a token it does not
      // know (calls without auth are documented as 403). Either way the next source may hold one.
      if (me.kind === 'session-ended') continue;
      if (me.kind === 'forbidden') {
        refusal ??= me;
        continue;
      }
      return { session: me, token: null };
    }
    return { session: refusal ?? ok(null), token: null };
  }

  /** One check at a time: requests sent together share it. */
  function checkOnce() {
    checking ??= check().finally(() => {
      checking = null;
    });
    return checking;
  }

  return {
    async resolve(options = {}) {
      const current = checked;
      if (current !== null && options.fresh !== true) {
        const candidate = await current.reader.read();
        // The same token: Resolver's answer for it stands (its expiry may have been renewed in place).
        if (candidate !== null && fingerprint(candidate.token) === current.fingerprint) {
          return ok({ ...current.resolved, expiresAt: candidate.expiresAt });
        }
      }
      return (await checkOnce()).session;
    },
    async token() {
      const current = checked;
      if (current !== null) {
        const candidate = await current.reader.read();
        if (candidate !== null && fingerprint(candidate.token) === current.fingerprint) return candidate.token;
      }
      return (await checkOnce()).token;
    },
    forget() {
      checked = null;
    },
    async peekFingerprint() {
      for (const reader of sources) {
        const candidate = await reader.read();
        if (candidate !== null) return fingerprint(candidate.token);
      }
      return null;
    },
  };
}
