// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://acme.resolver.com/api"}
import { describe, expect, it } from 'vitest';
import { createActionSender } from './action-sender';
import { createApiClient } from './api-client';
import { createFakeFetch, emptyResponse, jsonResponse } from './fake-fetch';
import { modernRendered } from './swagger-fixtures';

const ORIGIN = 'https://acme.resolver.com';
const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Resolver Core', version: '1' },
  paths: { '/user/users/mfa/reset': { put: { requestBody: { content: { 'application/json': { example: { ids: [0] } } } } } } },
};

function setUp() {
  document.body.innerHTML = modernRendered('/api/openapi.json');
  const fake = createFakeFetch((request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/openapi.json') return jsonResponse(200, SPEC);
    if (request.method === 'PUT') return new Response(null, { status: 204, headers: { Date: 'Tue, 04 Mar 2025 10:00:00 GMT' } });
    return emptyResponse(404);
  });
  const client = createApiClient({ origin: ORIGIN, getToken: () => 'token', fetch: fake.fetch });
  return { sender: createActionSender(client, document), requests: fake.requests };
}

describe('the action sender', () => {
  it('loads the description once for many requests, and sends each as built', async () => {
    const { sender, requests } = setUp();
    for (const userId of [41, 42, 43]) {
      const prepared = await sender.build('resetUserMfa', { userId });
      if (!prepared.ok) throw new Error('not built');
      await expect(sender.send(prepared.value)).resolves.toEqual({
        result: { ok: true, value: { status: 204, request: prepared.value } },
        resolverTime: 'Tue, 04 Mar 2025 10:00:00 GMT',
      });
    }
    expect(requests.filter((r) => r.url.endsWith('/api/openapi.json'))).toHaveLength(1);
    expect(requests.filter((r) => r.method === 'PUT').map((r) => r.body)).toEqual(['{"ids":[41]}', '{"ids":[42]}', '{"ids":[43]}']);
  });

  it('prepares an action ahead of time: the first build afterwards asks Resolver for nothing', async () => {
    const { sender, requests } = setUp();
    await sender.prepare('resetUserMfa');
    expect(requests.map((r) => new URL(r.url).pathname)).toEqual(['/api/openapi.json']);
    await expect(sender.build('resetUserMfa', { userId: 41 })).resolves.toMatchObject({ ok: true, value: { body: { ids: [41] } } });
    expect(requests).toHaveLength(1);
  });

  it('answers invalid input with the builder’s message, sending nothing', async () => {
    const { sender, requests } = setUp();
    await expect(sender.build('resetUserMfa', { userId: 0 })).resolves.toMatchObject({ ok: false, kind: 'invalid-input' });
    expect(requests.filter((r) => r.method === 'PUT')).toEqual([]);
  });
});
