// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://acme.resolver.com/api"}
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createApiClient } from '../api-client';
import { createFakeFetch, jsonResponse } from '../fake-fetch';
import { modernRendered, RESOLVER_HOME } from '../swagger-fixtures';
import { findDescriptions, operationInSet, type DescriptionFinderOptions } from './find-descriptions';
import { fingerprint } from '../../fingerprint';
import type { ResourceEntry } from './page-requests';
import { createRememberedDescriptionStore, REMEMBERED_FRESH_MS } from './remembered-descriptions';
import { rememberedOperation } from './test-remembered';

const ORIGIN = 'https://acme.resolver.com';
const NOW = Date.parse('2026-12-04T12:00:00Z');

function openapi(paths: Record<string, unknown>, base?: string) {
  return { openapi: '3.0.3', info: { title: 'Resolver', version: '1' }, ...(base ? { servers: [{ url: base }] } : {}), paths };
}
const put = (example: unknown) => ({ put: { requestBody: { content: { 'application/json': { example } } } } });
const WHOLE = openapi({ '/user/org/mfa': put({ on: true }), '/user/users/mfa/reset': put([0]), '/user/users/{id}/membership': put({ mfaOptOut: true }) });
const USER_SERVICE = openapi({ '/users/mfa/reset': put({ userIds: [0] }), '/users/{id}/membership': put({ mfaOptOut: true }) }, '/user');
const ORG_SERVICE = openapi({ '/org/mfa': put({ enforce: true }) }, '/user');

function setUp(files: Record<string, unknown>, options: Partial<DescriptionFinderOptions> = {}) {
  const fake = createFakeFetch((request) => {
    const url = new URL(request.url);
    const body = files[`${url.pathname}${url.search}`];
    if (body === undefined) return jsonResponse(404, { statusCode: 404, message: 'not.found' });
    return typeof body === 'string' ? new Response(body) : jsonResponse(200, body);
  });
  const client = createApiClient({ origin: ORIGIN, getToken: () => null, fetch: fake.fetch });
  const remembered = createRememberedDescriptionStore();
  const find = () =>
    findDescriptions({
      client,
      document,
      location: { href: `${ORIGIN}/api`, origin: ORIGIN, pathname: '/api' },
      askSwaggerUi: async () => null,
      resourceEntries: () => [],
      remembered,
      now: () => NOW,
      ...options,
    });
  const fetched = () => fake.requests.map((request) => new URL(request.url).pathname);
  return { find, fetched, remembered };
}

function swaggerUiAnswer(fields: { url?: string | null; json?: unknown; urls?: { url: string; name?: string }[]; loading?: boolean }) {
  return {
    generation: '3+',
    loading: fields.loading ?? false,
    url: fields.url ?? '',
    json: fields.json === undefined ? null : JSON.stringify(fields.json),
    urls: fields.urls ?? [],
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = modernRendered('/api/openapi.json');
  document.head.innerHTML = '';
});

describe('on a Swagger page', () => {
  it('uses the inline description Swagger UI loaded, fetching nothing', async () => {
    document.body.innerHTML = '<div id="swagger-ui"></div>';
    const { find, fetched } = setUp({}, { askSwaggerUi: async () => swaggerUiAnswer({ json: WHOLE }) });
    const set = await find();
    expect(set.documents).toEqual([expect.objectContaining({ source: 'swagger-ui', url: null, document: WHOLE })]);
    expect(operationInSet(set, 'resetUserMfa')).toEqual({
      operation: { pathTemplate: '/user/users/mfa/reset', example: [0] },
      description: { found: 'swagger-ui', url: null },
    });
    expect(fetched()).toEqual([]);
  });

  it('waits while Swagger UI is still loading its description', async () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML = '<div id="swagger-ui"></div>';
      const answers = [swaggerUiAnswer({ loading: true }), swaggerUiAnswer({ json: WHOLE, url: '/svc/x' })];
      const { find } = setUp({}, { askSwaggerUi: async () => answers.shift() ?? null });
      const lookup = find();
      await vi.advanceTimersByTimeAsync(1_000);
      await expect(lookup).resolves.toMatchObject({ documents: [{ url: `${ORIGIN}/svc/x` }] });
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes each operation from the document of a multi-document page that holds it', async () => {
    document.body.innerHTML = '<div id="swagger-ui"></div>';
    const urls = [{ url: '/api/docs/user.json', name: 'User' }, { url: '/api/docs/org.json', name: 'Org' }];
    const { find, fetched } = setUp(
      { '/api/docs/org.json': ORG_SERVICE },
      { askSwaggerUi: async () => swaggerUiAnswer({ url: '/api/docs/user.json', json: USER_SERVICE, urls }) },
    );
    const set = await find();
    expect(fetched()).toEqual(['/api/docs/org.json']);
    expect(operationInSet(set, 'resetUserMfa')?.operation).toEqual({ pathTemplate: '/user/users/mfa/reset', example: { userIds: [0] } });
    expect(operationInSet(set, 'enforceOrgMfa')).toEqual({
      operation: { pathTemplate: '/user/org/mfa', example: { enforce: true } },
      description: { found: 'swagger-ui', url: `${ORIGIN}/api/docs/org.json` },
    });
  });

  it('never uses what Swagger UI loaded from another origin, nor fetches it', async () => {
    document.body.innerHTML = '<div id="swagger-ui"></div>';
    const { find, fetched } = setUp(
      {},
      { askSwaggerUi: async () => swaggerUiAnswer({ url: 'https://evil.example/openapi.json', json: WHOLE, urls: [{ url: 'https://evil.example/b.json' }] }) },
    );
    const set = await find();
    expect(set.documents).toEqual([]);
    expect(fetched().filter((path) => path.endsWith('.json'))).toEqual(['/api/openapi.json', '/api/swagger.json']);
    expect(set.lookups.filter((lookup) => lookup.outcome === 'other-origin').map((lookup) => lookup.url)).toEqual([
      'https://evil.example/openapi.json',
      'https://evil.example/b.json',
    ]);
  });

  it('finds a description the page fetched from a URL it names nowhere (resource timing)', async () => {
    document.body.innerHTML = '<div id="swagger-ui" class="swagger-ui"></div>';
    const entries: ResourceEntry[] = [
      { name: `${ORIGIN}/api/ui/swagger-ui-bundle.js`, initiatorType: 'script', startTime: 1 },
      { name: `${ORIGIN}/svc/docs/3f9a/definition`, initiatorType: 'fetch', startTime: 5 },
    ];
    const { find } = setUp({ '/svc/docs/3f9a/definition': WHOLE }, { resourceEntries: () => entries });
    const set = await find();
    expect(set.documents).toEqual([expect.objectContaining({ source: 'page-requests', url: `${ORIGIN}/svc/docs/3f9a/definition` })]);
  });

  it('stops as soon as every MFA operation is held', async () => {
    const { find, fetched } = setUp({ '/api/openapi.json': WHOLE });
    await find();
    expect(fetched()).toEqual(['/api/openapi.json']);
  });
});

describe('on any other Resolver page', () => {
  beforeEach(() => {
    document.body.innerHTML = RESOLVER_HOME;
  });

  it('follows /discover/discover to the Swagger page and reads the description its configuration names', async () => {
    const page = `<!doctype html><div id="swagger-ui"></div><script>
      window.ui = SwaggerUIBundle({ url: "/api/v2/openapi.json", dom_id: "#swagger-ui" });
    </script>`;
    const { find, fetched } = setUp({
      '/discover/discover': { org: { url: '', docUrl: 'https://docs.elsewhere.example/' }, user: { url: `${ORIGIN}/user`, docUrl: `${ORIGIN}/swagger/index.html` } },
      '/swagger/index.html': page,
      '/api/v2/openapi.json': WHOLE,
    });
    const set = await find();
    expect(set.documents).toEqual([expect.objectContaining({ source: 'discovery', url: `${ORIGIN}/api/v2/openapi.json` })]);
    expect(fetched()).toEqual(['/discover/discover', '/swagger/index.html', '/api/v2/openapi.json']);
    expect(set.lookups).toContainEqual({ source: 'discovery', url: 'https://docs.elsewhere.example/', outcome: 'other-origin' });
  });

  it('probes the usual locations last', async () => {
    const { find, fetched } = setUp({ '/api/swagger.json': { swagger: '2.0', info: { title: 'r', version: '1' }, paths: {} } });
    const set = await find();
    expect(fetched()).toEqual(['/discover/discover', '/api/openapi.json', '/api/swagger.json']);
    expect(set.documents).toEqual([expect.objectContaining({ source: 'common-location', format: 'swagger2', version: '2.0' })]);
  });

  it('uses the operations remembered from the Swagger page without asking Resolver for anything', async () => {
    const { find, fetched, remembered } = setUp({});
    const fresh = new Date(NOW - 60_000).toISOString();
    await remembered.remember(ORIGIN, {
      resetUserMfa: rememberedOperation({ checkedAt: fresh }),
      enforceOrgMfa: rememberedOperation({ pathTemplate: '/user/org/mfa', example: { on: true }, checkedAt: fresh }),
      setMfaOptOut: rememberedOperation({ pathTemplate: '/user/users/{id}/membership', example: undefined, checkedAt: fresh }),
    });
    const set = await find();
    expect(fetched()).toEqual([]);
    expect(operationInSet(set, 'enforceOrgMfa')).toEqual({
      operation: { pathTemplate: '/user/org/mfa', example: { on: true } },
      description: { found: 'remembered', url: null, checkedAt: fresh },
    });
  });

  it('reads a stale remembered description again from its URL, and remembers what changed', async () => {
    const { find, fetched, remembered } = setUp({ '/svc/def.json': WHOLE });
    const stale = new Date(NOW - REMEMBERED_FRESH_MS - 1).toISOString();
    const document = { ...rememberedOperation().document, url: `${ORIGIN}/svc/def.json`, foundOn: '/api', source: 'page-requests' as const };
    await remembered.remember(ORIGIN, { resetUserMfa: rememberedOperation({ example: [9], checkedAt: stale, document }) });
    const set = await find();
    expect(fetched()).toEqual(['/svc/def.json']);
    expect(operationInSet(set, 'resetUserMfa')?.operation.example).toEqual([0]);
    const stored = await remembered.get(ORIGIN);
    expect(stored.resetUserMfa).toEqual({
      pathTemplate: '/user/users/mfa/reset',
      example: [0],
      document: { ...document, hash: fingerprint(JSON.stringify(WHOLE)), format: 'openapi3', version: '3.0.3' },
      checkedAt: new Date(NOW).toISOString(),
    });
  });

  it('keeps using a stale remembered operation when its URL cannot be read now', async () => {
    const { find, remembered } = setUp({});
    const stale = new Date(NOW - REMEMBERED_FRESH_MS - 1).toISOString();
    await remembered.remember(ORIGIN, {
      resetUserMfa: rememberedOperation({ checkedAt: stale, document: { ...rememberedOperation().document, url: `${ORIGIN}/gone.json` } }),
    });
    const set = await find();
    expect(operationInSet(set, 'resetUserMfa')?.description).toMatchObject({ found: 'remembered', checkedAt: stale });
  });
});

describe('remembering', () => {
  it('remembers the operations a Swagger page’s inline description gives, for the popup on other pages', async () => {
    document.body.innerHTML = '<div id="swagger-ui"></div>';
    const { find, remembered } = setUp({}, { askSwaggerUi: async () => swaggerUiAnswer({ json: WHOLE }) });
    await find();
    const stored = await remembered.get(ORIGIN);
    expect(Object.keys(stored).sort()).toEqual(['enforceOrgMfa', 'resetUserMfa', 'setMfaOptOut']);
    expect(stored.resetUserMfa).toMatchObject({ pathTemplate: '/user/users/mfa/reset', example: [0], document: { url: null, foundOn: '/api', source: 'swagger-ui' } });
    // The opt-out's example is never used, so it is not kept.
    expect(stored.setMfaOptOut).not.toHaveProperty('example');
  });

  it('stores no credential-like query parameter of a description URL', async () => {
    const { find, remembered } = setUp({ '/api/openapi.json?access_token=secret-token': WHOLE }, {
      document: (() => {
        document.body.innerHTML = modernRendered('/api/openapi.json?access_token=secret-token');
        return document;
      })(),
    });
    await find();
    expect(JSON.stringify(await remembered.list())).not.toContain('secret-token');
  });
});
