// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { accessTokenSource, swaggerUiSource, webAppSource } from './session-sources';

const NOW = 1_700_000_000;

beforeEach(() => {
  localStorage.clear();
});

describe('the web app source (localStorage, client-2022 keys)', () => {
  it('gives the stored token and its expiry while it lasts, nothing once it has expired', async () => {
    localStorage.setItem('token', JSON.stringify('web-token'));
    localStorage.setItem('tokenExpiresAt', String(NOW + 300));
    await expect(webAppSource(localStorage, () => NOW).read()).resolves.toEqual({ token: 'web-token', expiresAt: NOW + 300 });
    await expect(webAppSource(localStorage, () => NOW + 301).read()).resolves.toBeNull();
  });

  it('gives nothing when the page holds no session', async () => {
    await expect(webAppSource(localStorage, () => NOW).read()).resolves.toBeNull();
  });
});

describe('the access_token address parameter', () => {
  it('gives the token Resolver opened the Swagger page with, expiry unknown', async () => {
    const source = accessTokenSource({ href: 'https://acme.resolver.com/api?access_token=abc.DEF-123_x&x=1' });
    await expect(source.read()).resolves.toEqual({ token: 'abc.DEF-123_x', expiresAt: null });
  });

  it.each([
    ['no parameter', 'https://acme.resolver.com/api'],
    ['an empty one', 'https://acme.resolver.com/api?access_token='],
    ['one with spaces', 'https://acme.resolver.com/api?access_token=a%20b'],
    ['one with a line break', 'https://acme.resolver.com/api?access_token=a%0Ab'],
    ['an absurdly long one', `https://acme.resolver.com/api?access_token=${'a'.repeat(5_000)}`],
  ])('gives nothing for %s', async (_case, href) => {
    await expect(accessTokenSource({ href }).read()).resolves.toBeNull();
  });
});

describe('Swagger UI’s authorisation', () => {
  it('takes the first bearer value Swagger UI would send, whatever the scheme’s case', async () => {
    const source = swaggerUiSource(() => true, async () => ({ values: ['Basic dXNlcg==', 'Bearer ui-token'] }));
    await expect(source.read()).resolves.toEqual({ token: 'ui-token', expiresAt: null });
  });

  it('is not asked off a Swagger page', async () => {
    const ask = vi.fn(async () => ({ values: ['bearer ui-token'] }));
    await expect(swaggerUiSource(() => false, ask).read()).resolves.toBeNull();
    expect(ask).not.toHaveBeenCalled();
  });

  it.each([
    ['no answer (no Swagger UI, no background)', null],
    ['an answer of another shape', { values: 'bearer x' }],
    ['a value without the bearer scheme', { values: ['ui-token'] }],
    ['a bearer value holding spaces', { values: ['bearer a b'] }],
  ])('gives nothing for %s', async (_case, answer) => {
    await expect(swaggerUiSource(() => true, async () => answer).read()).resolves.toBeNull();
  });
});
