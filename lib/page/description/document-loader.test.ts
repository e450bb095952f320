import { describe, expect, it } from 'vitest';
import { createApiClient } from '../api-client';
import { createFakeFetch, jsonResponse } from '../fake-fetch';
import { createDocumentLoader } from './document-loader';
import { fingerprint } from '../../fingerprint';

const ORIGIN = 'https://acme.resolver.com';
const OPENAPI = { openapi: '3.0.3', info: { title: 'Resolver', version: '1' }, paths: {} };

function loaderServing(files: Record<string, unknown>) {
  const fake = createFakeFetch((request) => {
    const url = new URL(request.url);
    const body = files[`${url.pathname}${url.search}`];
    if (body === undefined) return jsonResponse(404, { statusCode: 404, message: 'not.found', details: {} });
    return typeof body === 'string' ? new Response(body) : jsonResponse(200, body);
  });
  const client = createApiClient({ origin: ORIGIN, getToken: () => null, fetch: fake.fetch });
  return { loader: createDocumentLoader(client), fetched: () => fake.requests.map((request) => request.url) };
}

describe('the document loader', () => {
  it('keeps a same-origin API description, with its format, version and content hash', async () => {
    const { loader } = loaderServing({ '/svc/definition': OPENAPI });
    const found = await loader.fetchDocument('page-requests', '../svc/definition', `${ORIGIN}/api/index.html`);
    expect(found).toEqual({
      source: 'page-requests',
      url: `${ORIGIN}/svc/definition`,
      document: OPENAPI,
      format: 'openapi3',
      version: '3.0.3',
      hash: fingerprint(JSON.stringify(OPENAPI)),
    });
    expect(loader.lookups).toEqual([{ source: 'page-requests', url: `${ORIGIN}/svc/definition`, outcome: 'found' }]);
  });

  it('never fetches another origin, and records it as refused', async () => {
    const { loader, fetched } = loaderServing({});
    await expect(loader.fetchDocument('page-config', 'https://evil.example/swagger.json', ORIGIN)).resolves.toBeNull();
    await expect(loader.fetchDocument('page-config', '//evil.example/swagger.json', ORIGIN)).resolves.toBeNull();
    expect(fetched()).toEqual([]);
    expect(loader.lookups.map((lookup) => lookup.outcome)).toEqual(['other-origin', 'other-origin']);
  });

  it('records what is not a description, what failed, and fetches each URL once', async () => {
    const { loader, fetched } = loaderServing({ '/api': '<!doctype html><title>Swagger</title>', '/json': { hello: 1 } });
    await loader.fetchDocument('discovery', '/api', ORIGIN);
    await loader.fetchDocument('discovery', '/json', ORIGIN);
    await loader.fetchDocument('common-location', '/missing.json', ORIGIN);
    await loader.fetchDocument('common-location', '/json#again', ORIGIN);
    expect(fetched()).toEqual([`${ORIGIN}/api`, `${ORIGIN}/json`, `${ORIGIN}/missing.json`]);
    expect(loader.lookups).toEqual([
      { source: 'discovery', url: `${ORIGIN}/api`, outcome: 'not-a-description' },
      { source: 'discovery', url: `${ORIGIN}/json`, outcome: 'not-a-description' },
      { source: 'common-location', url: `${ORIGIN}/missing.json`, outcome: 'failed', status: 404 },
    ]);
  });

  it('records URLs without their credential-like parameters', async () => {
    const { loader } = loaderServing({ '/d.json?access_token=secret&v=1': OPENAPI });
    await loader.fetchDocument('swagger-ui', '/d.json?access_token=secret&v=1', ORIGIN);
    expect(JSON.stringify(loader.lookups)).not.toContain('secret');
    expect(loader.lookups[0]?.url).toBe(`${ORIGIN}/d.json?v=1`);
  });

  it('keeps an inline description held by the page, and nothing else', async () => {
    const { loader } = loaderServing({});
    await expect(loader.keep('swagger-ui', OPENAPI)).resolves.toMatchObject({ url: null, format: 'openapi3' });
    await expect(loader.keep('swagger-ui', { swagger: '1.2' })).resolves.toBeNull();
  });
});
