import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../protocol';
import type { Me } from '../../resolver/schemas';
import { fail, ok } from '../../result';
import type { SessionCandidate, SessionSourceReader } from './session-sources';
import { fingerprint } from '../../fingerprint';
import { createTabSession } from './tab-session';

const ADA: Me = { id: 1, first: 'Ada', last: 'Admin', isAdmin: true, currentOrg: { id: 11, name: 'Acme Corp' } };

/** A source whose token the test sets; `reads` counts how often it was read. */
function source(name: SessionSourceReader['name'], candidate: SessionCandidate | null = null) {
  const state = { candidate, reads: 0 };
  const reader: SessionSourceReader = {
    name,
    read: async () => {
      state.reads += 1;
      return state.candidate;
    },
  };
  return { reader, state };
}

/** "Who am I?" that accepts the listed tokens and answers `otherwise` for any other. */
function resolver(accepted: readonly string[], otherwise: Result<Me> = fail('session-ended', { status: 401 })) {
  const asked: string[] = [];
  const whoAmIWith = vi.fn(async (token: string) => {
    asked.push(token);
    return accepted.includes(token) ? ok(ADA) : otherwise;
  });
  return { whoAmIWith, asked };
}

describe('the tab session', () => {
  it('keeps Resolver’s answer for the checked token, and asks again for a changed token, after a 401 and when fresh', async () => {
    const web = source('web-app', { token: 'one', expiresAt: 1_700_000_600 });
    const { whoAmIWith, asked } = resolver(['one', 'two']);
    const session = createTabSession([web.reader], whoAmIWith);
    await session.resolve();
    // The same token, its expiry renewed in place: the answer stands, with the new expiry.
    web.state.candidate = { token: 'one', expiresAt: 1_700_000_900 };
    await expect(session.resolve()).resolves.toEqual(ok({ source: 'web-app', me: ADA, expiresAt: 1_700_000_900 }));
    expect(asked).toEqual(['one']);
    await session.resolve({ fresh: true });
    expect(asked).toEqual(['one', 'one']);
    session.forget();
    await session.resolve();
    expect(asked).toEqual(['one', 'one', 'one']);
    web.state.candidate = { token: 'two', expiresAt: null };
    await session.resolve();
    expect(asked).toEqual(['one', 'one', 'one', 'two']);
  });

  it('uses the web app’s sign-in first, once Resolver accepts it', async () => {
    const web = source('web-app', { token: 'web', expiresAt: 1_700_000_600 });
    const param = source('access-token', { token: 'param', expiresAt: null });
    const { whoAmIWith, asked } = resolver(['web', 'param']);
    const session = createTabSession([web.reader, param.reader], whoAmIWith);
    await expect(session.resolve()).resolves.toEqual(ok({ source: 'web-app', me: ADA, expiresAt: 1_700_000_600 }));
    expect(asked).toEqual(['web']);
    expect(param.state.reads).toBe(0);
  });

  it('falls through a token Resolver refuses (401 or 403) to the next source, such as the access_token address', async () => {
    const web = source('web-app', { token: 'stale', expiresAt: 1_700_000_600 });
    const param = source('access-token', { token: 'param', expiresAt: null });
    const ui = source('swagger-ui', { token: 'ui', expiresAt: null });
    const { whoAmIWith, asked } = resolver(['ui'], fail('forbidden', { status: 403 }));
    const session = createTabSession([web.reader, param.reader, ui.reader], whoAmIWith);
    await expect(session.resolve()).resolves.toEqual(ok({ source: 'swagger-ui', me: ADA, expiresAt: null }));
    expect(asked).toEqual(['stale', 'param', 'ui']);
    await expect(session.token()).resolves.toBe('ui');
  });

  it('is signed out when no source holds a token, asking Resolver nothing', async () => {
    const { whoAmIWith } = resolver([]);
    const session = createTabSession([source('web-app').reader, source('access-token').reader], whoAmIWith);
    await expect(session.resolve()).resolves.toEqual(ok(null));
    await expect(session.token()).resolves.toBeNull();
    expect(whoAmIWith).not.toHaveBeenCalled();
  });

  it('is signed out when every token is over (401), and reports a 403 refusal of every token as such', async () => {
    const web = source('web-app', { token: 'old', expiresAt: 1 });
    await expect(createTabSession([web.reader], resolver([]).whoAmIWith).resolve()).resolves.toEqual(ok(null));
    const denied = resolver([], fail('forbidden', { status: 403, detail: 'access.denied' }));
    await expect(createTabSession([web.reader], denied.whoAmIWith).resolve()).resolves.toEqual(
      fail('forbidden', { status: 403, detail: 'access.denied' }),
    );
  });

  it('answers a failure it cannot judge (Resolver unreachable) without trying the other sources', async () => {
    const param = source('access-token', { token: 'param', expiresAt: null });
    const session = createTabSession(
      [source('web-app', { token: 'web', expiresAt: null }).reader, param.reader],
      resolver([], fail('network')).whoAmIWith,
    );
    await expect(session.resolve()).resolves.toEqual(fail('network'));
    expect(param.state.reads).toBe(0);
  });

  it('reads the token from its source at every request, checking it again only when it changed', async () => {
    const web = source('web-app', { token: 'first', expiresAt: null });
    const { whoAmIWith, asked } = resolver(['first', 'renewed']);
    const session = createTabSession([web.reader], whoAmIWith);
    await expect(session.token()).resolves.toBe('first');
    await expect(session.token()).resolves.toBe('first');
    expect(asked).toEqual(['first']);
    web.state.candidate = { token: 'renewed', expiresAt: null };
    await expect(session.token()).resolves.toBe('renewed');
    expect(asked).toEqual(['first', 'renewed']);
  });

  it('never hands out a changed token Resolver has not accepted', async () => {
    const web = source('web-app', { token: 'good', expiresAt: null });
    const session = createTabSession([web.reader], resolver(['good']).whoAmIWith);
    await session.resolve();
    web.state.candidate = { token: 'planted-by-the-page', expiresAt: null };
    await expect(session.token()).resolves.toBeNull();
  });

  it('looks again after a 401 (forget), and shares one check between requests sent together', async () => {
    const web = source('web-app', { token: 'web', expiresAt: null });
    const { whoAmIWith, asked } = resolver(['web']);
    const session = createTabSession([web.reader], whoAmIWith);
    await Promise.all([session.token(), session.token(), session.resolve()]);
    expect(asked).toEqual(['web']);
    session.forget();
    await session.token();
    expect(asked).toEqual(['web', 'web']);
  });

  it('peeks at the fingerprint of the first token held, without asking Resolver', async () => {
    const { whoAmIWith } = resolver([]);
    const session = createTabSession([source('web-app').reader, source('access-token', { token: 'p', expiresAt: null }).reader], whoAmIWith);
    await expect(session.peekFingerprint()).resolves.toBe(fingerprint('p'));
    expect(whoAmIWith).not.toHaveBeenCalled();
    await expect(createTabSession([source('web-app').reader], whoAmIWith).peekFingerprint()).resolves.toBeNull();
  });
});
