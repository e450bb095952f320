// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://acme.resolver.com/api"}
import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient } from './api-client';
import { createFakeFetch, jsonResponse } from './fake-fetch';
import { loadSpec } from './spec-source';
import { modernRendered, RESOLVER_HOME } from './swagger-fixtures';

const ORIGIN = 'https://acme.resolver.com';
const OPENAPI = { openapi: '3.0.3', info: { title: 'Resolver', version: '1' }, paths: { '/user/org/mfa': {} } };
const SWAGGER2 = { swagger: '2.0', info: { title: 'Resolver', version: '1' }, paths: { '/user/org/mfa': {} } };

/** A Resolver origin serving the given paths (with query); anything else is a 404. */
function resolverServing(files: Record<string, unknown>) {
  const fake = createFakeFetch((request) => {
    const url = new URL(request.url);
    const key = `${url.pathname}${url.search}`;
    if (key in files) {
      const body = files[key];
      return typeof body === 'string' ? new Response(body, { status: 200 }) : jsonResponse(200, body);
    }
    return jsonResponse(404, { statusCode: 404, message: 'not.found', details: {} });
  });
  const client = createApiClient({ origin: ORIGIN, getToken: () => 'tok', fetch: fake.fetch });
  return { client, fetched: () => fake.requests.map((r) => r.url) };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('loadSpec', () => {
  it('on a Swagger page, loads the document the page names and nothing else', async () => {
    document.body.innerHTML = modernRendered('/api/v3/openapi.json');
    const { client, fetched } = resolverServing({ '/api/v3/openapi.json': OPENAPI });
    await expect(loadSpec(client, document)).resolves.toEqual({
      spec: OPENAPI,
      url: 'https://acme.resolver.com/api/v3/openapi.json',
    });
    expect(fetched()).toEqual(['https://acme.resolver.com/api/v3/openapi.json']);
  });

  it('elsewhere, uses the docUrl values of /discover/discover, skipping other origins and HTML pages', async () => {
    document.body.innerHTML = RESOLVER_HOME;
    const { client, fetched } = resolverServing({
      '/discover/discover': {
        session: { url: 'https://acme.resolver.com/session', docUrl: 'https://docs.elsewhere.example/session.json' },
        user: { url: 'https://acme.resolver.com/user', docUrl: 'https://acme.resolver.com/api?' },
        org: { url: 'https://acme.resolver.com/org', docUrl: '/user/api-docs?group=org' },
        version: '7.1',
      },
      '/api': '<!doctype html><title>Swagger UI</title>',
      '/user/api-docs?group=org': SWAGGER2,
    });
    await expect(loadSpec(client, document)).resolves.toEqual({
      spec: SWAGGER2,
      url: 'https://acme.resolver.com/user/api-docs?group=org',
    });
    expect(fetched()).toEqual([
      'https://acme.resolver.com/discover/discover',
      'https://acme.resolver.com/api',
      'https://acme.resolver.com/user/api-docs?group=org',
    ]);
  });

  it('falls back to the known candidate URLs, in order', async () => {
    document.body.innerHTML = RESOLVER_HOME;
    const { client, fetched } = resolverServing({ '/api/swagger.json': SWAGGER2 });
    await expect(loadSpec(client, document)).resolves.toEqual({
      spec: SWAGGER2,
      url: 'https://acme.resolver.com/api/swagger.json',
    });
    expect(fetched()).toEqual([
      'https://acme.resolver.com/discover/discover',
      'https://acme.resolver.com/api/openapi.json',
      'https://acme.resolver.com/api/swagger.json',
    ]);
  });

  it('when the Swagger page names a document that does not load, looks further, trying no URL twice', async () => {
    document.body.innerHTML = modernRendered('/api/openapi.json');
    const { client, fetched } = resolverServing({ '/api/swagger.json': SWAGGER2 });
    await expect(loadSpec(client, document)).resolves.toMatchObject({ spec: SWAGGER2 });
    expect(fetched()).toEqual([
      'https://acme.resolver.com/api/openapi.json',
      'https://acme.resolver.com/discover/discover',
      'https://acme.resolver.com/api/swagger.json',
    ]);
  });

  it('is null when no API description can be found, and never leaves the origin', async () => {
    document.body.innerHTML = RESOLVER_HOME;
    const { client, fetched } = resolverServing({
      '/discover/discover': { user: { docUrl: 'https://other.resolver.com/api/openapi.json' } },
      '/api/openapi.json': { not: 'a spec' },
    });
    await expect(loadSpec(client, document)).resolves.toBeNull();
    expect(fetched().every((url) => url.startsWith(`${ORIGIN}/`))).toBe(true);
  });

  it('is null when signed out, without sending anything', async () => {
    document.body.innerHTML = modernRendered('/api/openapi.json');
    const fake = createFakeFetch(() => jsonResponse(200, OPENAPI));
    const client = createApiClient({ origin: ORIGIN, getToken: () => null, fetch: fake.fetch });
    await expect(loadSpec(client, document)).resolves.toBeNull();
    expect(fake.requests).toHaveLength(0);
  });
});
