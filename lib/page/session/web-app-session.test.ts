// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { readSession, readValidSession } from './web-app-session';

const readToken = (storage: Storage, nowSeconds: number) => readValidSession(storage, nowSeconds)?.token ?? null;

const NOW = 1_700_000_000;
const TOKEN = 'eyJhbGciOi.session.token';

/** Stores a session the way Resolver's web app does (client-2022): JSON-encoded values. */
function signIn(overrides: Record<string, string | null> = {}) {
  const values: Record<string, string | null> = {
    token: JSON.stringify(TOKEN),
    tokenExpiresAt: JSON.stringify(NOW + 600),
    user: JSON.stringify({ id: 1, first: 'Ada', last: 'Admin', email: 'ada@acme.example', isAdmin: true }),
    'last-selected-org': JSON.stringify(11),
    ...overrides,
  };
  for (const [key, value] of Object.entries(values)) {
    if (value !== null) localStorage.setItem(key, value);
  }
}

beforeEach(() => localStorage.clear());

describe('readSession', () => {
  it('is null when the page holds no session', () => {
    expect(readSession(localStorage, NOW)).toBeNull();
    expect(readToken(localStorage, NOW)).toBeNull();
  });

  it('reads the web app session without its token', () => {
    signIn();
    const session = readSession(localStorage, NOW);
    expect(session).toEqual({
      expiresAt: NOW + 600,
      user: { id: 1, name: 'Ada Admin', email: 'ada@acme.example', isAdmin: true },
      orgId: 11,
      impersonating: false,
    });
    expect(JSON.stringify(session)).not.toContain(TOKEN);
  });

  it('is null once the token has expired', () => {
    signIn({ tokenExpiresAt: JSON.stringify(NOW) });
    expect(readSession(localStorage, NOW)).toBeNull();
    expect(readToken(localStorage, NOW)).toBeNull();
  });

  it('is null without a readable expiry, since a stale session cannot be told from a live one', () => {
    signIn({ tokenExpiresAt: null });
    expect(readSession(localStorage, NOW)).toBeNull();
    localStorage.setItem('tokenExpiresAt', 'soon');
    expect(readSession(localStorage, NOW)).toBeNull();
  });

  it('accepts an expiry stored as a JSON string of digits', () => {
    signIn({ tokenExpiresAt: JSON.stringify(String(NOW + 60)) });
    expect(readSession(localStorage, NOW)?.expiresAt).toBe(NOW + 60);
  });

  it('is null when the token is not JSON-encoded as the web app stores it', () => {
    signIn({ token: TOKEN });
    expect(readSession(localStorage, NOW)).toBeNull();
    expect(readToken(localStorage, NOW)).toBeNull();
  });

  it('is null when the stored token is empty', () => {
    signIn({ token: JSON.stringify('') });
    expect(readSession(localStorage, NOW)).toBeNull();
  });

  it('keeps a live session whose user or org cannot be read', () => {
    signIn({ user: '{broken', 'last-selected-org': JSON.stringify('acme') });
    expect(readSession(localStorage, NOW)).toEqual({ expiresAt: NOW + 600, user: null, orgId: null, impersonating: false });
  });

  it('says when an admin is impersonating someone', () => {
    signIn({ original_user: JSON.stringify({ id: 1, first: 'Ada', last: 'Admin' }) });
    expect(readSession(localStorage, NOW)?.impersonating).toBe(true);
  });
});

describe('readToken', () => {
  it('returns the decoded token of a live session', () => {
    signIn();
    expect(readToken(localStorage, NOW)).toBe(TOKEN);
  });
});
