// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://acme.resolver.com/home"}
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AuditRecorder } from '../audit/audit-store';
import { createTestRecorder } from '../audit/test-recorder';
import { t } from '../i18n';
import type { ResolverBridge } from '../protocol';
import { createRememberedDescriptionStore } from './description/remembered-descriptions';
import { createFakeFetch, emptyResponse, jsonResponse, type SentRequest } from './fake-fetch';
import { createPageServices } from './page-services';
import { HISTORY_WAIT_MS } from './tab-service';
import { restrictionsOf } from '../policy/effective-settings';
import { parsePolicy } from '../policy/policy-schema';
import { modernRendered, RESOLVER_HOME } from './swagger-fixtures';

const ORIGIN = 'https://acme.resolver.com';
const NOW = 1_700_000_000;
const TOKEN = 'session-token-value';

const ME = {
  id: 1,
  first: 'Ada',
  last: 'Admin',
  email: 'ada@acme.example',
  isAdmin: true,
  currentOrg: { id: 11, name: 'Acme Corp' },
};
const ALICE = { id: 42, first: 'Alice', last: 'Example', email: 'alice@acme.example', isActive: true, isSSO: false };

/** An API description whose example bodies differ from the built-in defaults. */
const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Resolver Core', version: '1' },
  paths: {
    '/user/org/mfa': { put: { requestBody: { content: { 'application/json': { example: { enforce: true } } } } } },
    '/user/users/mfa/reset': { put: { requestBody: { content: { 'application/json': { example: [1] } } } } },
    '/user/users/{id}/membership': {
      put: {
        requestBody: {
          content: { 'application/json': { example: { isAdmin: true, isActive: true, roles: [2], mfaOptOut: true } } },
        },
      },
    },
  },
};

type Route = (request: SentRequest) => Response;

/** Where the SPEC above is served by default: a usual location (knowledge.ts), probed last. */
const SPEC_ROUTE = 'GET /api/openapi.json';

/**
 * The helper's services on a Resolver page (lib/page/page-services.ts), against a Resolver origin:
 * routes keyed by "METHOD /path?query"; anything else is a 404. Its API description is SPEC, at a
 * usual location, unless a test says otherwise.
 */
function setUp(
  routes: Record<string, Route> = {},
  where: { href: string; hostname: string } = { href: `${ORIGIN}/home`, hostname: 'acme.resolver.com' },
  audit: { recorder: AuditRecorder } = createTestRecorder(),
  policy: object = {},
  unsavedWrites?: (olderThanMs: number) => number,
) {
  const all: Record<string, Route> = { 'GET /user/users/me': () => jsonResponse(200, ME), [SPEC_ROUTE]: () => jsonResponse(200, SPEC), ...routes };
  const fake = createFakeFetch((request) => {
    const url = new URL(request.url);
    const route = all[`${request.method} ${url.pathname}${url.search}`];
    return route ? route(request) : jsonResponse(404, { statusCode: 404, message: 'not.found', details: {} });
  });
  const url = new URL(where.href);
  const { service } = createPageServices({
    location: { href: url.href, origin: url.origin, hostname: where.hostname, pathname: url.pathname },
    document,
    storage: localStorage,
    pageWorld: async () => null,
    resourceEntries: () => [],
    recorder: audit.recorder,
    remembered: createRememberedDescriptionStore(),
    about: { version: '0.1.0', browser: 'Chrome 156' },
    fetch: fake.fetch,
    now: () => NOW,
    restrictions: async () => restrictionsOf(parsePolicy(policy)),
    unsavedWrites,
  });
  const sent = () => fake.requests.map((r) => `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search}`);
  return { service, requests: fake.requests, sent };
}

const SANDBOX = { href: 'https://acme-sandbox.resolver.com/home', hostname: 'acme-sandbox.resolver.com' };

function signIn() {
  localStorage.setItem('token', JSON.stringify(TOKEN));
  localStorage.setItem('tokenExpiresAt', String(NOW + 600));
  localStorage.setItem('last-selected-org', '11');
}

/** Every Result the service gives the UI, to check the token never travels with one. */
async function everyAnswer(service: ReturnType<typeof setUp>['service']) {
  return [
    await service.getStatus(),
    await service.checkEnvironment(),
    await service.findUsers({ query: 'alice' }),
    await service.getMembership({ userId: 42 }),
    await service.prepareAction({ action: 'resetUserMfa', input: { userId: 42 } }),
    await service.runAction({ action: 'resetUserMfa', input: { userId: 42 } }),
  ];
}

beforeEach(() => {
  fakeBrowser.reset();
  localStorage.clear();
  document.body.innerHTML = RESOLVER_HOME;
});

describe('getStatus', () => {
  it('reports the writes left unanswered by the stores’ owner for as long as an action waits for its history entry, and only those', async () => {
    const asked: number[] = [];
    // 5 writes wait, 2 of them made at least HISTORY_WAIT_MS ago.
    const waiting = (olderThanMs: number) => {
      asked.push(olderThanMs);
      return olderThanMs >= HISTORY_WAIT_MS ? 2 : 5;
    };
    await expect(setUp({}, undefined, undefined, {}, waiting).service.getStatus()).resolves.toMatchObject({ ok: true, value: { unsavedWrites: 2 } });
    expect(asked).toEqual([HISTORY_WAIT_MS]);
    const answer = await setUp({}, undefined, undefined, {}, (olderThanMs) => (olderThanMs >= HISTORY_WAIT_MS ? 0 : 5)).service.getStatus();
    expect(answer.ok && answer.value).not.toHaveProperty('unsavedWrites');
  });

  it('reports a signed-out tab without calling Resolver', async () => {
    const { service, requests } = setUp();
    await expect(service.getStatus()).resolves.toEqual({
      ok: true,
      value: { origin: ORIGIN, environment: 'production', session: null, swagger: null },
    });
    expect(requests).toHaveLength(0);
  });

  it('reports the signed-in admin, org, expiry and Swagger UI of the tab', async () => {
    signIn();
    document.body.innerHTML = modernRendered();
    const { service, sent } = setUp();
    await expect(service.getStatus()).resolves.toEqual({
      ok: true,
      value: {
        origin: ORIGIN,
        environment: 'production',
        session: {
          expiresAt: NOW + 600,
          source: 'web-app',
          user: { id: 1, name: 'Ada Admin', email: 'ada@acme.example', isAdmin: true },
          org: { id: 11, name: 'Acme Corp' },
          isAdmin: true,
        },
        swagger: '3+',
      },
    });
    expect(sent()).toEqual(['GET /user/users/me']);
  });

  it('names a sandbox environment from its host', async () => {
    const { service } = setUp({}, SANDBOX);
    await expect(service.getStatus()).resolves.toMatchObject({ ok: true, value: { environment: 'sandbox' } });
  });

  it('finds the session only in the Swagger page’s access_token address, checked with "who am I?" first', async () => {
    const { service, requests } = setUp({}, { href: `${ORIGIN}/api?access_token=${TOKEN}`, hostname: 'acme.resolver.com' });
    await expect(service.getStatus()).resolves.toMatchObject({
      ok: true,
      value: { session: { source: 'access-token', expiresAt: null, isAdmin: true } },
    });
    expect(requests.map((request) => request.headers.get('Authorization'))).toEqual([`bearer ${TOKEN}`]);
  });

  it('reads the org name from orgName and treats a missing isAdmin as not an admin', async () => {
    signIn();
    const me = { id: 5, first: 'Vic', last: 'Viewer', email: 'v@acme.example', currentOrg: { id: 11, orgName: 'Acme Corp' } };
    const { service } = setUp({ 'GET /user/users/me': () => jsonResponse(200, me) });
    await expect(service.getStatus()).resolves.toMatchObject({
      ok: true,
      value: { session: { org: { id: 11, name: 'Acme Corp' }, isAdmin: false } },
    });
  });

  it('reports signed out when Resolver no longer accepts the stored session', async () => {
    signIn();
    const { service } = setUp({ 'GET /user/users/me': () => jsonResponse(401, { statusCode: 401, message: 'token.expired' }) });
    await expect(service.getStatus()).resolves.toMatchObject({ ok: true, value: { session: null } });
  });

  it('passes other failures on, with the server message', async () => {
    signIn();
    const { service } = setUp({ 'GET /user/users/me': () => jsonResponse(403, { statusCode: 403, message: 'access.denied' }) });
    await expect(service.getStatus()).resolves.toEqual({ ok: false, kind: 'forbidden', status: 403, detail: 'access.denied' });
  });

  it('says so when "who am I" answers in an unknown shape', async () => {
    signIn();
    const { service } = setUp({ 'GET /user/users/me': () => jsonResponse(200, { name: 'no id' }) });
    await expect(service.getStatus()).resolves.toEqual({
      ok: false,
      kind: 'server',
      status: 200,
      detail: t('failure.detail.unexpected-response'),
    });
  });
});

describe('findUsers', () => {
  beforeEach(signIn);

  it('looks an id up directly', async () => {
    const { service, sent } = setUp({ 'GET /user/users/42': () => jsonResponse(200, ALICE) });
    await expect(service.findUsers({ query: ' 42 ' })).resolves.toEqual({
      ok: true,
      value: [{ id: 42, name: 'Alice Example', email: 'alice@acme.example', isActive: true, isSSO: false }],
    });
    // The session is checked with "who am I?" before its first use.
    expect(sent()).toEqual(['GET /user/users/me', 'GET /user/users/42']);
  });

  it('answers no candidates for an unknown id', async () => {
    const { service } = setUp();
    await expect(service.findUsers({ query: '999' })).resolves.toEqual({ ok: true, value: [] });
  });

  it('searches by email or name, encoding the query, and skips entries it cannot read', async () => {
    const bob = { id: 43, first: 'Bob', last: null, email: 'bob@acme.example' };
    const { service, sent } = setUp({
      'GET /user/users?search=alice%40acme.example%20%26x%3D1': () =>
        jsonResponse(200, { data: [ALICE, { first: 'No', last: 'Id' }, bob] }),
    });
    const found = await service.findUsers({ query: 'alice@acme.example &x=1' });
    expect(found).toEqual({
      ok: true,
      value: [
        { id: 42, name: 'Alice Example', email: 'alice@acme.example', isActive: true, isSSO: false },
        { id: 43, name: 'Bob', email: 'bob@acme.example' },
      ],
    });
    expect(sent()).toEqual(['GET /user/users/me', 'GET /user/users?search=alice%40acme.example%20%26x%3D1']);
  });

  it('refuses an empty query without calling Resolver', async () => {
    const { service, requests } = setUp();
    await expect(service.findUsers({ query: '   ' })).resolves.toMatchObject({ ok: false, kind: 'invalid-input' });
    expect(requests).toHaveLength(0);
  });
});

describe('getMembership', () => {
  beforeEach(signIn);

  it("reads the user's membership in the current org", async () => {
    const membership = { id: 900, userId: 42, orgId: 11, isAdmin: false, isActive: true, mfaOptOut: true, roles: [2] };
    const { service, sent } = setUp({ 'GET /user/org/11/user/42': () => jsonResponse(200, membership) });
    await expect(service.getMembership({ userId: 42 })).resolves.toEqual({
      ok: true,
      value: { mfaOptOut: true, isAdmin: false, isActive: true },
    });
    // One "who am I?": the check of the session's token, whose answer names the org.
    expect(sent()).toEqual(['GET /user/users/me', 'GET /user/org/11/user/42']);
  });

  it('reports fields Resolver does not return as unknown, not as false', async () => {
    const { service } = setUp({ 'GET /user/org/11/user/42': () => jsonResponse(200, { id: 900, mfaOptOut: 'yes' }) });
    await expect(service.getMembership({ userId: 42 })).resolves.toEqual({
      ok: true,
      value: { mfaOptOut: null, isAdmin: null, isActive: null },
    });
  });

  it('falls back to the web app’s selected org when "who am I" names none', async () => {
    const { service, sent } = setUp({
      'GET /user/users/me': () => jsonResponse(200, { ...ME, currentOrg: undefined }),
      'GET /user/org/11/user/42': () => jsonResponse(200, { mfaOptOut: false }),
    });
    await expect(service.getMembership({ userId: 42 })).resolves.toMatchObject({ ok: true, value: { mfaOptOut: false } });
    expect(sent()).toContain('GET /user/org/11/user/42');
  });

  it('passes on not-found for a user outside the org', async () => {
    const { service } = setUp();
    await expect(service.getMembership({ userId: 42 })).resolves.toMatchObject({ ok: false, kind: 'not-found' });
  });
});

describe('prepareAction', () => {
  beforeEach(signIn);

  it('builds the request from the API description the Swagger page names, and says which', async () => {
    document.body.innerHTML = modernRendered('/api/v3/openapi.json');
    const { service } = setUp({ [SPEC_ROUTE]: () => jsonResponse(404, {}), 'GET /api/v3/openapi.json': () => jsonResponse(200, SPEC) });
    await expect(service.prepareAction({ action: 'resetUserMfa', input: { userId: 42 } })).resolves.toEqual({
      ok: true,
      value: {
        method: 'PUT',
        path: '/user/users/mfa/reset',
        body: [42],
        source: 'spec',
        description: { found: 'page-inputs', url: `${ORIGIN}/api/v3/openapi.json` },
      },
    });
  });

  it('refuses a guessed body in production when no description is reachable, and names the way out', async () => {
    const { service } = setUp({ [SPEC_ROUTE]: () => jsonResponse(404, {}) });
    await expect(service.prepareAction({ action: 'resetUserMfa', input: { userId: 42 } })).resolves.toEqual({
      ok: false,
      kind: 'no-description',
      detail: t('description.none', { operation: 'PUT /user/users/mfa/reset' }),
    });
    await expect(service.prepareAction({ action: 'resetUserMfa', input: { userId: 42, acceptDefault: true } })).resolves.toMatchObject({
      ok: false,
      kind: 'no-description',
    });
  });

  it('in a sandbox, builds the built-in guess only once the admin accepted it', async () => {
    const { service } = setUp({ [SPEC_ROUTE]: () => jsonResponse(404, {}) }, SANDBOX);
    await expect(service.prepareAction({ action: 'enforceOrgMfa', input: {} })).resolves.toMatchObject({ ok: false, kind: 'no-description' });
    await expect(service.prepareAction({ action: 'enforceOrgMfa', input: { acceptDefault: true } })).resolves.toEqual({
      ok: true,
      value: { method: 'PUT', path: '/user/org/mfa', body: { mfaEnabled: true }, source: 'default' },
    });
  });

  it('builds on a pasted Example Value with the same placeholder rule, labelled pasted', async () => {
    const { service } = setUp({ [SPEC_ROUTE]: () => jsonResponse(404, {}) });
    await expect(
      service.prepareAction({ action: 'resetUserMfa', input: { userId: 42, pastedExample: ' {"users": [{"id": 1}]} ' } }),
    ).resolves.toEqual({
      ok: true,
      value: { method: 'PUT', path: '/user/users/mfa/reset', body: { users: [{ id: 42 }] }, source: 'pasted' },
    });
    await expect(service.prepareAction({ action: 'resetUserMfa', input: { userId: 42, pastedExample: '{users: 1}' } })).resolves.toEqual({
      ok: false,
      kind: 'invalid-input',
      detail: t('request.pasted-not-json'),
    });
  });

  it('opts out with the documented body without any description, in production too', async () => {
    const { service } = setUp({ [SPEC_ROUTE]: () => jsonResponse(404, {}) });
    await expect(service.prepareAction({ action: 'setMfaOptOut', input: { userId: 42, optOut: true } })).resolves.toEqual({
      ok: true,
      value: { method: 'PUT', path: '/user/users/42/membership', body: { mfaOptOut: true }, source: 'documented' },
    });
  });

  it("refuses invalid input with the request builder's message, sending nothing", async () => {
    const { service, sent } = setUp();
    await expect(service.prepareAction({ action: 'resetUserMfa', input: {} })).resolves.toEqual({
      ok: false,
      kind: 'invalid-input',
      detail: t('request.user-id-missing'),
    });
    expect(sent().filter((line) => line.startsWith('PUT'))).toEqual([]);
  });
});

describe('requests per action', () => {
  beforeEach(signIn);

  const opened = (sent: () => string[]) => sent().filter((line) => line === 'GET /user/users/me').length;

  it('an opt-out by email asks “who am I?” once, when the helper opens, then sends only the search, the membership read and the PUT', async () => {
    document.body.innerHTML = modernRendered('/api/openapi.json');
    const { service, sent } = setUp({
      'GET /user/users?search=bob%40acme.example': () => jsonResponse(200, { data: [{ id: 42, first: 'Bob', last: 'B', email: 'bob@acme.example' }] }),
      'GET /user/org/11/user/42': () => jsonResponse(200, { mfaOptOut: false }),
      'PUT /user/users/42/membership': () => emptyResponse(204),
    });
    expect(await service.getStatus()).toMatchObject({ ok: true, value: { session: { org: { id: 11 } } } });
    const atOpen = sent().length;
    expect(opened(sent)).toBe(1);

    // What the opt-out form asks, in order: the search, the membership, the request, the status
    // again for the confirmation, the action, and the status once more afterwards.
    await service.findUsers({ query: 'bob@acme.example' });
    await service.getMembership({ userId: 42 });
    const prepared = await service.prepareAction({ action: 'setMfaOptOut', input: { userId: 42, optOut: true } });
    await service.getStatus();
    if (!prepared.ok) throw new Error('not prepared');
    expect(await service.runAction({ action: 'setMfaOptOut', input: { userId: 42, optOut: true }, expected: prepared.value })).toMatchObject({ ok: true });
    await service.getStatus();

    const api = sent().slice(atOpen).filter((line) => line.includes(' /user/'));
    expect(api).toEqual(['GET /user/users?search=bob%40acme.example', 'GET /user/org/11/user/42', 'PUT /user/users/42/membership']);
  });

  it('asks again when the admin refreshes, and after a 401', async () => {
    let accepted = true;
    const { service, sent } = setUp({
      'GET /user/users/me': () => (accepted ? jsonResponse(200, ME) : jsonResponse(401, { statusCode: 401, message: 'token.expired' })),
      'GET /user/org/11/user/42': () => (accepted ? jsonResponse(200, { mfaOptOut: false }) : jsonResponse(401, { statusCode: 401, message: 'token.expired' })),
    });
    await service.getStatus();
    await service.getStatus({ fresh: true });
    expect(opened(sent)).toBe(2);
    accepted = false;
    expect(await service.getMembership({ userId: 42 })).toMatchObject({ ok: false, kind: 'session-ended' });
    // The 401 ended the checked session: the status asks Resolver again, and hears it is over.
    expect(await service.getStatus()).toMatchObject({ ok: true, value: { session: null } });
    expect(opened(sent)).toBe(3);
  });
});

describe('runAction', () => {
  beforeEach(signIn);

  it('sends the request built from the description and reports the status', async () => {
    document.body.innerHTML = modernRendered('/api/openapi.json');
    const { service, requests } = setUp({
      'GET /api/openapi.json': () => jsonResponse(200, SPEC),
      'PUT /user/users/42/membership': () => emptyResponse(204),
    });
    const outcome = await service.runAction({ action: 'setMfaOptOut', input: { userId: 42, optOut: true } });
    const request = {
      method: 'PUT',
      path: '/user/users/42/membership',
      body: { mfaOptOut: true },
      source: 'spec',
      description: { found: 'page-inputs', url: `${ORIGIN}/api/openapi.json` },
    };
    expect(outcome).toEqual({ ok: true, value: { status: 204, request } });
    const put = requests.find((r) => r.method === 'PUT');
    // Only mfaOptOut: the example's other membership fields would overwrite the user's roles and flags.
    expect(put?.body).toBe('{"mfaOptOut":true}');
    expect(put?.headers.get('Authorization')).toBe(`bearer ${TOKEN}`);
  });

  it('loads the description once per page, so the confirmed request is the one sent', async () => {
    document.body.innerHTML = modernRendered('/api/openapi.json');
    let specServed = false;
    const { service, sent } = setUp({
      [SPEC_ROUTE]: () => {
        // Served once only: a second lookup would find nothing and fall back to the defaults.
        if (specServed) return jsonResponse(404, { statusCode: 404, message: 'gone' });
        specServed = true;
        return jsonResponse(200, SPEC);
      },
      'PUT /user/org/mfa': () => emptyResponse(204),
    });
    const prepared = await service.prepareAction({ action: 'enforceOrgMfa', input: {} });
    const run = await service.runAction({ action: 'enforceOrgMfa', input: {} });
    expect(prepared).toMatchObject({ ok: true, value: { body: { enforce: true }, source: 'spec' } });
    expect(run).toMatchObject({ ok: true, value: { request: { body: { enforce: true }, source: 'spec' } } });
    expect(sent().filter((line) => line === 'GET /api/openapi.json')).toHaveLength(1);
  });

  it('ignores any prepared request sent along and builds its own from action and input', async () => {
    const { service, sent } = setUp({ 'PUT /user/users/mfa/reset': () => emptyResponse(204) });
    const smuggled = {
      action: 'resetUserMfa',
      input: { userId: 42 },
      request: { method: 'PUT', path: '/user/users/1/membership', body: { isAdmin: true } },
    } as const;
    const outcome = await service.runAction(smuggled);
    expect(outcome).toMatchObject({ ok: true, value: { request: { path: '/user/users/mfa/reset', body: [42] } } });
    expect(sent().filter((line) => line.startsWith('PUT'))).toEqual(['PUT /user/users/mfa/reset']);
  });

  it('sends nothing when the request it builds differs from the one the admin confirmed', async () => {
    const { service, sent } = setUp({ 'PUT /user/users/mfa/reset': () => emptyResponse(204) });
    const confirmed = { method: 'PUT', path: '/user/users/mfa/reset', body: { userId: 42 }, source: 'spec' } as const;
    await expect(service.runAction({ action: 'resetUserMfa', input: { userId: 42 }, expected: confirmed })).resolves.toEqual({
      ok: false,
      kind: 'invalid-input',
      detail: t('failure.detail.request-changed'),
    });
    expect(sent().filter((line) => line.startsWith('PUT'))).toEqual([]);
    const prepared = await service.prepareAction({ action: 'resetUserMfa', input: { userId: 42 } });
    if (!prepared.ok) throw new Error('not prepared');
    await expect(service.runAction({ action: 'resetUserMfa', input: { userId: 42 }, expected: prepared.value })).resolves.toMatchObject({
      ok: true,
    });
  });

  it('refuses malformed input before anything is sent', async () => {
    const { service, requests } = setUp();
    const outcome = await service.runAction({ action: 'resetUserMfa', input: { userId: 1.5 } });
    expect(outcome).toMatchObject({ ok: false, kind: 'invalid-input' });
    expect(requests).toHaveLength(0);
  });

  it('reports an ended session from the PUT', async () => {
    const { service } = setUp({ 'PUT /user/org/mfa': () => jsonResponse(401, { statusCode: 401, message: 'token.expired' }) });
    await expect(service.runAction({ action: 'enforceOrgMfa', input: {} })).resolves.toMatchObject({
      ok: false,
      kind: 'session-ended',
    });
  });

  it('sends nothing once the session has expired in the page', async () => {
    localStorage.setItem('tokenExpiresAt', String(NOW - 1));
    const { service, requests } = setUp();
    await expect(service.runAction({ action: 'enforceOrgMfa', input: {} })).resolves.toEqual({ ok: false, kind: 'signed-out' });
    // Only the public API description was read, without any session.
    expect(requests.filter((request) => request.method !== 'GET' || request.headers.has('Authorization'))).toEqual([]);
  });
});

describe('the session token', () => {
  it('never appears in anything the service answers', async () => {
    signIn();
    const { service } = setUp({
      'GET /user/users?search=alice': () => jsonResponse(200, { data: [ALICE] }),
      'GET /user/org/11/user/42': () => jsonResponse(200, { mfaOptOut: false }),
      'PUT /user/users/mfa/reset': () => jsonResponse(401, { statusCode: 401, message: 'token.invalid' }),
    });
    const answers = await everyAnswer(service);
    expect(answers).toHaveLength(6);
    for (const answer of answers) expect(JSON.stringify(answer)).not.toContain(TOKEN);
  });
});

describe('the audit history of runAction', () => {
  beforeEach(signIn);

  const ADA = { id: 1, name: 'Ada Admin', email: 'ada@acme.example' };
  const ACME = { id: 11, name: 'Acme Corp' };
  const ALICE_SHOWN = { userId: 42, name: 'Alice Example', email: 'alice@acme.example' };

  function audited(routes: Record<string, Route> = {}, where?: { href: string; hostname: string }) {
    const audit = createTestRecorder();
    return { ...setUp(routes, where, audit), drafts: audit.drafts };
  }

  it('records a success once: admin, org, environment, target as picked, request and status', async () => {
    const { service, drafts } = audited({ 'PUT /user/users/mfa/reset': () => emptyResponse(204) });
    const request = { action: 'resetUserMfa', input: { userId: 42 }, target: ALICE_SHOWN, reason: ' Lost phone, ticket 81 ' } as const;
    await expect(service.runAction(request)).resolves.toMatchObject({ ok: true });
    expect(drafts).toEqual([
      {
        admin: ADA,
        origin: ORIGIN,
        environment: 'production',
        org: ACME,
        action: 'resetUserMfa',
        target: ALICE_SHOWN,
        reason: 'Lost phone, ticket 81',
        request: { method: 'PUT', path: '/user/users/mfa/reset', source: 'spec' },
        outcome: { ok: true, status: 204 },
      },
    ]);
  });

  it('records the opt-out direction, a sandbox environment, and no target for enforcing MFA', async () => {
    const { service, drafts } = audited(
      { 'PUT /user/users/42/membership': () => emptyResponse(204), 'PUT /user/org/mfa': () => emptyResponse(204) },
      SANDBOX,
    );
    await service.runAction({ action: 'setMfaOptOut', input: { userId: 42, optOut: false }, target: ALICE_SHOWN });
    await service.runAction({ action: 'enforceOrgMfa', input: {}, target: ALICE_SHOWN });
    expect(drafts).toMatchObject([
      { action: 'setMfaOptOut', optOut: false, environment: 'sandbox', origin: 'https://acme-sandbox.resolver.com', target: ALICE_SHOWN },
      { action: 'enforceOrgMfa', target: null, request: { path: '/user/org/mfa' } },
    ]);
    expect(drafts[1]).not.toHaveProperty('optOut');
  });

  it('keeps only the user id when the display fields sent along name another user', async () => {
    const { service, drafts } = audited({ 'PUT /user/users/mfa/reset': () => emptyResponse(204) });
    await service.runAction({ action: 'resetUserMfa', input: { userId: 42 }, target: { userId: 7, name: 'Someone Else' } });
    expect(drafts).toMatchObject([{ target: { userId: 42 } }]);
    expect(drafts[0]?.target).toEqual({ userId: 42 });
  });

  const failures = [
    { status: 401, message: 'token.expired', kind: 'session-ended' },
    { status: 403, message: 'access.denied', kind: 'forbidden' },
    { status: 404, message: 'user.not.found', kind: 'not-found' },
    { status: 409, message: 'conflict', kind: 'rejected' },
    { status: 500, message: 'internal.error', kind: 'server' },
    { status: 503, message: 'org.is.in.maintenance.mode', kind: 'maintenance' },
  ] as const;

  it.each(failures)('records a $status answer as one failed entry of kind $kind', async ({ status, message, kind }) => {
    const { service, drafts } = audited({
      'PUT /user/users/mfa/reset': () => jsonResponse(status, { statusCode: status, message }),
    });
    const answer = await service.runAction({ action: 'resetUserMfa', input: { userId: 42 }, target: ALICE_SHOWN });
    expect(answer).toEqual({ ok: false, kind, status, detail: message });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      target: ALICE_SHOWN,
      request: { path: '/user/users/mfa/reset' },
      outcome: { ok: false, kind, status, detail: message },
    });
  });

  it('records a request that never reached Resolver as a network failure', async () => {
    const { service, drafts } = audited({
      'PUT /user/users/mfa/reset': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await service.runAction({ action: 'resetUserMfa', input: { userId: 42 } });
    expect(drafts).toMatchObject([{ outcome: { ok: false, kind: 'network' }, request: { path: '/user/users/mfa/reset' } }]);
  });

  it('records failures before sending: invalid input, a malformed request, a signed-out tab', async () => {
    const { service, drafts, requests } = audited();
    await service.runAction({ action: 'resetUserMfa', input: {} });
    await service.runAction({ action: 'setMfaOptOut', input: { userId: 1.5, optOut: true } });
    localStorage.setItem('tokenExpiresAt', String(NOW - 1));
    await service.runAction({ action: 'enforceOrgMfa', input: {} });
    expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(0);
    expect(drafts).toEqual([
      expect.objectContaining({
        action: 'resetUserMfa',
        target: null,
        request: null,
        outcome: { ok: false, kind: 'invalid-input', detail: t('request.user-id-missing') },
      }),
      expect.objectContaining({
        action: 'setMfaOptOut',
        target: null,
        optOut: true,
        request: null,
        outcome: { ok: false, kind: 'invalid-input', detail: t('failure.detail.invalid-request') },
      }),
      expect.objectContaining({
        action: 'enforceOrgMfa',
        admin: null,
        org: null,
        request: { method: 'PUT', path: '/user/org/mfa', source: 'spec' },
        outcome: { ok: false, kind: 'signed-out' },
      }),
    ]);
  });

  it('records nothing for a request that names no action', async () => {
    const { service, drafts } = audited();
    const nameless = { action: 'deleteEverything', input: {} } as unknown as Parameters<ResolverBridge['runAction']>[0];
    await expect(service.runAction(nameless)).resolves.toMatchObject({ ok: false, kind: 'invalid-input' });
    expect(drafts).toEqual([]);
  });

  it('leaves the admin and org unknown when "who am I" fails, rather than trusting what the page stored', async () => {
    localStorage.setItem('user', JSON.stringify({ id: 9, first: 'Someone', last: 'Else', email: 'else@acme.example' }));
    const ended = () => jsonResponse(401, { statusCode: 401, message: 'token.expired' });
    const { service, drafts } = audited({ 'GET /user/users/me': ended, 'PUT /user/org/mfa': ended });
    await service.runAction({ action: 'enforceOrgMfa', input: {} });
    // Resolver refused the page's token when it was checked, so nothing was sent with it.
    expect(drafts).toMatchObject([{ admin: null, org: null, outcome: { kind: 'signed-out' } }]);
  });

  it('still answers with the outcome when the history cannot be written, warning without entry data', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = createTestRecorder({ failWith: new Error('QUOTA_BYTES quota exceeded') });
    const { service } = setUp({ 'PUT /user/users/mfa/reset': () => emptyResponse(204) }, undefined, broken);
    await expect(service.runAction({ action: 'resetUserMfa', input: { userId: 42 }, target: ALICE_SHOWN })).resolves.toMatchObject({
      ok: true,
      value: { status: 204, unsaved: 'refused' },
    });
    expect(warn).toHaveBeenCalledTimes(1);
    const logged = JSON.stringify(warn.mock.calls);
    expect(logged).toContain('QUOTA_BYTES');
    for (const data of ['alice', 'Alice', 'ada@', TOKEN]) expect(logged).not.toContain(data);
    warn.mockRestore();
  });

  it('answers after HISTORY_WAIT_MS, saying the outcome is not yet saved, while the background does not take it; it is saved later', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let deliver = () => {};
      const drafts: unknown[] = [];
      const slow: AuditRecorder = {
        record: (draft) => slow.recordMany([draft]),
        recordMany: (batch) =>
          new Promise<void>((resolve) => {
            deliver = () => {
              drafts.push(...batch);
              resolve();
            };
          }),
      };
      const { service } = setUp({ 'PUT /user/users/mfa/reset': () => emptyResponse(204) }, undefined, { recorder: slow });
      let answer: unknown = null;
      const answered = service.runAction({ action: 'resetUserMfa', input: { userId: 42 } }).then((result) => (answer = result));
      await vi.advanceTimersByTimeAsync(HISTORY_WAIT_MS - 1);
      expect(answer).toBeNull();
      await vi.advanceTimersByTimeAsync(1);
      await answered;
      expect(answer).toMatchObject({ ok: true, value: { status: 204, unsaved: 'pending' } });
      expect(drafts).toEqual([]);
      deliver();
      expect(drafts).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers without `unsaved` once the outcome is in the history', async () => {
    const { service } = audited({ 'PUT /user/users/mfa/reset': () => emptyResponse(204) });
    const answer = await service.runAction({ action: 'resetUserMfa', input: { userId: 42 } });
    expect(answer.ok && answer.value).not.toHaveProperty('unsaved');
  });

  it('never puts the session token or request headers in an entry, whatever the outcome', async () => {
    const { service, drafts } = audited({
      'PUT /user/users/mfa/reset': () => emptyResponse(204),
      'PUT /user/users/42/membership': () => jsonResponse(403, { statusCode: 403, message: 'access.denied' }),
      'PUT /user/org/mfa': () => jsonResponse(401, { statusCode: 401, message: 'token.invalid' }),
    });
    await service.runAction({ action: 'resetUserMfa', input: { userId: 42 }, target: ALICE_SHOWN });
    await service.runAction({ action: 'setMfaOptOut', input: { userId: 42, optOut: true } });
    await service.runAction({ action: 'enforceOrgMfa', input: {} });
    await service.runAction({ action: 'resetUserMfa', input: {} });
    expect(drafts).toHaveLength(4);
    const stored = JSON.stringify(drafts);
    expect(stored).not.toContain(TOKEN);
    expect(stored.toLowerCase()).not.toContain('authorization');
    expect(stored.toLowerCase()).not.toContain('bearer');
  });
});

describe('checkEnvironment', () => {
  it('reports where, who, which description and what each action would send, with GETs only', async () => {
    signIn();
    const { service, requests } = setUp();
    const report = await service.checkEnvironment();
    if (!report.ok) throw new Error('no report');
    expect(report.value).toEqual({
      checkedAt: new Date(NOW * 1000).toISOString(),
      extension: { version: '0.1.0', browser: 'Chrome 156' },
      page: { origin: ORIGIN, environment: 'production', swaggerUi: null },
      session: { source: 'web-app', secondsLeft: 600, isAdmin: true, org: { id: 11, name: 'Acme Corp' } },
      descriptions: [{ source: 'common-location', url: `${ORIGIN}/api/openapi.json`, format: 'openapi3', version: '3.0.3', mfaOperations: 3 }],
      lookups: [
        { source: 'discovery', url: `${ORIGIN}/discover/discover`, outcome: 'failed', status: 404 },
        { source: 'common-location', url: `${ORIGIN}/api/openapi.json`, outcome: 'found' },
      ],
      actions: [
        expect.objectContaining({ action: 'enforceOrgMfa', operationFound: true, path: '/user/org/mfa', bodySource: 'spec', bodyShape: '{"enforce": boolean}' }),
        expect.objectContaining({ action: 'resetUserMfa', operationFound: true, bodySource: 'spec', bodyShape: '[number]' }),
        expect.objectContaining({ action: 'setMfaOptOut', path: '/user/users/{id}/membership', bodyShape: '{"mfaOptOut": boolean}' }),
      ],
      blockers: [],
    });
    expect(new Set(requests.map((request) => request.method))).toEqual(new Set(['GET']));
    expect(JSON.stringify(report)).not.toContain(TOKEN);
  });

  it('names everything that would stop an action: no session, no description in production', async () => {
    const { service } = setUp({ [SPEC_ROUTE]: () => jsonResponse(404, {}) });
    const report = await service.checkEnvironment();
    if (!report.ok) throw new Error('no report');
    expect(report.value.session).toEqual({ source: null, secondsLeft: null, isAdmin: null, org: null });
    expect(report.value.actions.map((action) => [action.action, action.bodySource])).toEqual([
      ['enforceOrgMfa', null],
      ['resetUserMfa', null],
      ['setMfaOptOut', 'documented'],
    ]);
    expect(report.value.blockers).toEqual([
      t('report.blocker.signedOut'),
      t('report.blocker.action', { action: 'Enforce MFA', problem: t('description.none', { operation: 'PUT /user/org/mfa' }) }),
      t('report.blocker.action', { action: 'Reset MFA', problem: t('description.none', { operation: 'PUT /user/users/mfa/reset' }) }),
    ]);
  });

  it('names a reset example whose user-id placeholder cannot be told', async () => {
    signIn();
    const ambiguous = { ...SPEC, paths: { ...SPEC.paths, '/user/users/mfa/reset': { put: { requestBody: { content: { 'application/json': { example: { a: 1, b: 2 } } } } } } } };
    const { service } = setUp({ [SPEC_ROUTE]: () => jsonResponse(200, ambiguous) });
    const report = await service.checkEnvironment();
    if (!report.ok) throw new Error('no report');
    expect(report.value.actions[1]).toMatchObject({ bodySource: 'spec', bodyShape: '{"a": number, "b": number}', problem: expect.stringContaining('several numbers') });
    expect(report.value.blockers).toHaveLength(1);
  });
});

describe('the organisation’s policy', () => {
  beforeEach(signIn);
  const routes = {
    'PUT /user/users/mfa/reset': () => emptyResponse(204),
    'PUT /user/org/mfa': () => emptyResponse(204),
    'PUT /user/users/42/membership': () => emptyResponse(204),
  };
  const puts = (sent: () => string[]) => sent().filter((line) => line.startsWith('PUT'));

  it('refuses every action on a host the list does not name, sends nothing, and records the refusal', async () => {
    const audit = createTestRecorder();
    const { service, sent } = setUp(routes, SANDBOX, audit, { allowedEnvironments: ['acme.resolver.com'] });
    const refused = { ok: false, kind: 'policy', detail: t('policy.refused.environment', { host: 'acme-sandbox.resolver.com' }) };
    expect(await service.prepareAction({ action: 'enforceOrgMfa', input: {} })).toEqual(refused);
    expect(await service.runAction({ action: 'resetUserMfa', input: { userId: 42 }, reason: 'INC-1' })).toEqual(refused);
    expect(puts(sent)).toEqual([]);
    expect(audit.drafts).toMatchObject([{ action: 'resetUserMfa', request: null, outcome: { ok: false, kind: 'policy' } }]);
  });

  it('acts on a host the list names', async () => {
    const { service, sent } = setUp(routes, undefined, undefined, { allowedEnvironments: ['*.resolver.com'] });
    expect(await service.runAction({ action: 'resetUserMfa', input: { userId: 42 } })).toMatchObject({ ok: true });
    expect(puts(sent)).toEqual(['PUT /user/users/mfa/reset']);
  });

  it('refuses a reset or an opt-out without a reason when one is required, whatever the form did', async () => {
    const { service, sent } = setUp(routes, undefined, undefined, { requireReason: true });
    const refused = { ok: false, kind: 'policy', detail: t('policy.refused.reason-required') };
    // Prepared (the confirmation asks the reason), but not run without one.
    expect(await service.prepareAction({ action: 'resetUserMfa', input: { userId: 42 } })).toMatchObject({ ok: true });
    expect(await service.runAction({ action: 'resetUserMfa', input: { userId: 42 } })).toEqual(refused);
    expect(await service.runAction({ action: 'setMfaOptOut', input: { userId: 42, optOut: true }, reason: '  ' })).toEqual(refused);
    expect(puts(sent)).toEqual([]);
    expect(await service.runAction({ action: 'resetUserMfa', input: { userId: 42 }, reason: 'INC-42' })).toMatchObject({ ok: true });
    expect(await service.runAction({ action: 'setMfaOptOut', input: { userId: 42, optOut: false } })).toMatchObject({ ok: true });
    expect(puts(sent)).toEqual(['PUT /user/users/mfa/reset', 'PUT /user/users/42/membership']);
  });

  it('refuses to enforce MFA when the organisation turned it off', async () => {
    const { service, sent } = setUp(routes, undefined, undefined, { allowEnforce: false });
    const refused = { ok: false, kind: 'policy', detail: t('policy.refused.enforce-off') };
    expect(await service.prepareAction({ action: 'enforceOrgMfa', input: {} })).toEqual(refused);
    expect(await service.runAction({ action: 'enforceOrgMfa', input: {} })).toEqual(refused);
    expect(puts(sent)).toEqual([]);
  });
});
