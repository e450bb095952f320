import { describe, expect, it, vi } from 'vitest';
import { createApiClient, retryAfterSeconds } from './api-client';
import { createFakeFetch, emptyResponse, jsonResponse, never, type FakeHandler } from './fake-fetch';

const ORIGIN = 'https://acme.resolver.com';
const TOKEN = 'tok-123';

function clientWith(handler: FakeHandler, getToken: () => string | null = () => TOKEN, timeoutMs?: number) {
  const fake = createFakeFetch(handler);
  const client = createApiClient({ origin: ORIGIN, getToken, fetch: fake.fetch, timeoutMs });
  return { client, requests: fake.requests };
}

function errorBody(statusCode: number, message: string, details: unknown = {}) {
  return { statusCode, message, details };
}

describe('createApiClient: sending', () => {
  it('GETs the path on the tab origin with the session as a bearer token and returns the JSON', async () => {
    const { client, requests } = clientWith(() => jsonResponse(200, { id: 1 }));
    await expect(client.get('/user/users/me')).resolves.toEqual({ ok: true, value: { status: 200, body: { id: 1 }, date: null } });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe('GET');
    expect(requests[0]?.url).toBe('https://acme.resolver.com/user/users/me');
    expect(requests[0]?.headers.get('Authorization')).toBe('bearer tok-123');
    expect(requests[0]?.headers.has('Content-Type')).toBe(false);
  });

  it('PUTs a JSON body with its content type', async () => {
    const { client, requests } = clientWith(() => emptyResponse(204));
    await expect(client.put('/user/users/mfa/reset', { userId: 42 })).resolves.toEqual({
      ok: true,
      value: { status: 204, body: null, date: null },
    });
    expect(requests[0]?.method).toBe('PUT');
    expect(requests[0]?.headers.get('Content-Type')).toBe('application/json');
    expect(requests[0]?.body).toBe('{"userId":42}');
  });

  it('sends a bare number body as JSON, since a Swagger example may be one', async () => {
    const { client, requests } = clientWith(() => emptyResponse(204));
    await client.put('/user/users/mfa/reset', 42);
    expect(requests[0]?.body).toBe('42');
  });

  it('reads the token at the moment of each request', async () => {
    let token = 'first';
    const { client, requests } = clientWith(() => emptyResponse(204), () => token);
    await client.get('/a');
    token = 'renewed';
    await client.get('/b');
    expect(requests.map((r) => r.headers.get('Authorization'))).toEqual(['bearer first', 'bearer renewed']);
  });

  it('refuses to follow redirects, which could carry the token elsewhere', async () => {
    const { client, requests } = clientWith(() => emptyResponse(204));
    await client.get('/a');
    expect(requests[0]?.init.redirect).toBe('error');
  });

  it('answers signed-out without sending anything when the tab holds no session', async () => {
    const { client, requests } = clientWith(() => emptyResponse(204), () => null);
    await expect(client.put('/user/org/mfa', {})).resolves.toEqual({ ok: false, kind: 'signed-out' });
    expect(requests).toHaveLength(0);
  });

  it.each([
    'https://evil.example/user/users/me',
    '//evil.example/user/users/me',
    '/\\evil.example/user/users/me',
    'user/users/me',
    '',
  ])('refuses the path %j, which does not stay on the tab origin', async (path) => {
    const { client, requests } = clientWith(() => emptyResponse(204));
    const result = await client.get(path);
    expect(result).toMatchObject({ ok: false, kind: 'invalid-input' });
    expect(requests).toHaveLength(0);
  });

  it('keeps a dot-segment path on the origin', async () => {
    const { client, requests } = clientWith(() => emptyResponse(204));
    await client.get('/user/../../../org/mfa');
    expect(requests[0]?.url).toBe('https://acme.resolver.com/org/mfa');
  });

  it('treats a non-JSON success body as no body', async () => {
    const { client } = clientWith(() => new Response('<html>Swagger</html>', { status: 200 }));
    await expect(client.get('/api')).resolves.toEqual({ ok: true, value: { status: 200, body: null, date: null } });
  });
});

describe('createApiClient: failures', () => {
  it.each([
    [401, errorBody(401, 'token.expired'), { kind: 'session-ended', status: 401, detail: 'token.expired' }],
    [403, errorBody(403, 'access.denied'), { kind: 'forbidden', status: 403, detail: 'access.denied' }],
    [404, errorBody(404, 'user.not.found'), { kind: 'not-found', status: 404, detail: 'user.not.found' }],
    [503, errorBody(503, 'org.is.in.maintenance.mode'), { kind: 'maintenance', status: 503, detail: 'org.is.in.maintenance.mode' }],
    [503, errorBody(503, 'service.unavailable'), { kind: 'server', status: 503, detail: 'service.unavailable' }],
    [500, errorBody(500, 'internal.error'), { kind: 'server', status: 500, detail: 'internal.error' }],
    [
      400,
      errorBody(400, 'validation.failed', 'mfaOptOut must be a boolean'),
      { kind: 'rejected', status: 400, detail: 'validation.failed: mfaOptOut must be a boolean' },
    ],
    [
      422,
      errorBody(422, 'validation.failed', { field: 'userId' }),
      { kind: 'rejected', status: 422, detail: 'validation.failed: {"field":"userId"}' },
    ],
    [429, errorBody(429, 'too.many.requests'), { kind: 'rejected', status: 429, detail: 'too.many.requests' }],
  ])('maps %i to a failure carrying the server message', async (status, body, expected) => {
    const { client } = clientWith(() => jsonResponse(status, body));
    await expect(client.put('/user/org/mfa', {})).resolves.toEqual({ ok: false, ...expected });
  });

  it('passes on the seconds a 429 asks to wait', async () => {
    const { client } = clientWith(
      () => new Response(JSON.stringify(errorBody(429, 'too.many.requests')), { status: 429, headers: { 'Retry-After': '7' } }),
    );
    await expect(client.put('/user/org/mfa', {})).resolves.toEqual({
      ok: false,
      kind: 'rejected',
      status: 429,
      detail: 'too.many.requests',
      retryAfter: 7,
    });
  });

  it("passes on the server's Date header with a success", async () => {
    const date = 'Fri, 04 Dec 2026 10:00:00 GMT';
    const { client } = clientWith(() => new Response('{}', { status: 200, headers: { Date: date } }));
    await expect(client.get('/user/users/me')).resolves.toEqual({ ok: true, value: { status: 200, body: {}, date } });
  });

  it('tolerates an error body that is not JSON', async () => {
    const { client } = clientWith(() => new Response('Bad Gateway', { status: 502 }));
    await expect(client.get('/user/users/me')).resolves.toEqual({ ok: false, kind: 'server', status: 502 });
  });

  it('tolerates a JSON error body of another shape', async () => {
    const { client } = clientWith(() => jsonResponse(400, ['oops']));
    await expect(client.get('/user/users/me')).resolves.toEqual({ ok: false, kind: 'rejected', status: 400 });
  });

  it('does not retry on its own', async () => {
    const { client, requests } = clientWith(() => jsonResponse(503, errorBody(503, 'org.is.in.maintenance.mode')));
    await client.put('/user/org/mfa', {});
    expect(requests).toHaveLength(1);
  });

  it('maps a failed fetch to network', async () => {
    const { client } = clientWith(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(client.get('/user/users/me')).resolves.toEqual({ ok: false, kind: 'network', detail: 'Failed to fetch' });
  });

  it('gives up with timeout when Resolver does not answer in time', async () => {
    const { client } = clientWith(never, () => TOKEN, 30);
    await expect(client.put('/user/org/mfa', {})).resolves.toEqual({ ok: false, kind: 'timeout' });
  });

  it('never puts the token in a failure', async () => {
    const { client } = clientWith(() => jsonResponse(401, errorBody(401, 'token.invalid')));
    const result = await client.get('/user/users/me');
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });
});

describe('createApiClient: the session', () => {
  it('waits for a token read asynchronously (a session source in the page’s world)', async () => {
    const fake = createFakeFetch(() => jsonResponse(200, {}));
    const client = createApiClient({ origin: ORIGIN, getToken: async () => 'async-token', fetch: fake.fetch });
    await client.get('/user/users/me');
    expect(fake.requests[0]?.headers.get('Authorization')).toBe('bearer async-token');
  });

  it('asks with a candidate token instead of the session’s, to check it', async () => {
    const getToken = vi.fn(() => TOKEN);
    const fake = createFakeFetch(() => jsonResponse(200, {}));
    const client = createApiClient({ origin: ORIGIN, getToken, fetch: fake.fetch });
    await client.get('/user/users/me', { token: 'candidate' });
    expect(fake.requests[0]?.headers.get('Authorization')).toBe('bearer candidate');
    expect(getToken).not.toHaveBeenCalled();
  });

  it('tells the session a 401 ended it, but not for a candidate token, nor for another refusal', async () => {
    const onUnauthorized = vi.fn();
    let status = 401;
    const fake = createFakeFetch(() => jsonResponse(status, errorBody(status, 'no')));
    const client = createApiClient({ origin: ORIGIN, getToken: () => TOKEN, onUnauthorized, fetch: fake.fetch });
    await client.get('/user/users/me', { token: 'candidate' });
    expect(onUnauthorized).not.toHaveBeenCalled();
    status = 403;
    await client.put('/user/org/mfa', {});
    expect(onUnauthorized).not.toHaveBeenCalled();
    status = 401;
    await client.put('/user/org/mfa', {});
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });
});

describe('createApiClient: documents as text', () => {
  it('reads a document without the session first, as Swagger UI asks for its description', async () => {
    const { client, requests } = clientWith(() => new Response('{"openapi":"3.0.3"}', { headers: { 'Content-Type': 'application/json' } }));
    await expect(client.getText('/api/openapi.json', { maxChars: 100 })).resolves.toEqual({
      ok: true,
      value: { status: 200, text: '{"openapi":"3.0.3"}', contentType: 'application/json' },
    });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.headers.has('Authorization')).toBe(false);
  });

  it.each([401, 403])('asks again with the session when the anonymous request is refused with %i', async (status) => {
    const { client, requests } = clientWith((request) =>
      request.headers.has('Authorization') ? new Response('<html>') : jsonResponse(status, errorBody(status, 'no')),
    );
    await expect(client.getText('/api', { maxChars: 100 })).resolves.toMatchObject({ ok: true, value: { text: '<html>' } });
    expect(requests.map((r) => r.headers.get('Authorization'))).toEqual([null, 'bearer tok-123']);
  });

  it('keeps Resolver’s refusal when there is no session to ask with, and does not ask again after a 404', async () => {
    const { client, requests } = clientWith((request) => jsonResponse(new URL(request.url).pathname === '/a' ? 403 : 404, {}), () => null);
    await expect(client.getText('/a', { maxChars: 100 })).resolves.toMatchObject({ ok: false, kind: 'forbidden', status: 403 });
    await expect(client.getText('/b', { maxChars: 100 })).resolves.toMatchObject({ ok: false, kind: 'not-found' });
    expect(requests).toHaveLength(2);
  });

  it('stops reading a document longer than the limit, declared or not', async () => {
    const long = 'x'.repeat(5_000);
    const { client } = clientWith(() => new Response(long));
    await expect(client.getText('/big', { maxChars: 1_000 })).resolves.toMatchObject({ ok: true, value: { text: null } });
    const declared = clientWith(() => new Response('small', { headers: { 'Content-Length': '999999' } }));
    await expect(declared.client.getText('/big', { maxChars: 1_000 })).resolves.toMatchObject({ ok: true, value: { text: null } });
  });

  it('refuses a path that would leave the origin, sending nothing', async () => {
    const { client, requests } = clientWith(() => new Response(''));
    await expect(client.getText('//elsewhere.example/d.json', { maxChars: 10 })).resolves.toMatchObject({ ok: false, kind: 'invalid-input' });
    expect(requests).toHaveLength(0);
  });
});

describe('retryAfterSeconds', () => {
  const now = Date.parse('2026-12-04T10:00:00Z');
  it.each([
    ['7', 7],
    [' 0 ', 0],
    ['Fri, 04 Dec 2026 10:00:30 GMT', 30],
    ['Fri, 04 Dec 2026 09:59:00 GMT', 0],
  ])('reads %j as %i seconds', (header, seconds) => {
    expect(retryAfterSeconds(header, now)).toBe(seconds);
  });
  it.each([null, '', 'soon', '-5'])('reads %j as unknown', (header) => {
    expect(retryAfterSeconds(header, now)).toBeUndefined();
  });
});
