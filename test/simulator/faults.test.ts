import { describe, expect } from 'vitest';
import { ENDPOINTS } from '../../lib/resolver/knowledge';
import { simTest as test, withSimulator } from './fixtures';
import { simRequest } from './http-client';

const discover = { path: ENDPOINTS.discover };

describe('faults', () => {
  test('failNext answers the next N requests with the status, then recovers', async ({ sim }) => {
    sim.faults.failNext(2, { status: 503 });
    for (let i = 0; i < 2; i++) {
      expect((await simRequest(sim, discover)).json).toEqual({
        statusCode: 503,
        message: 'org.is.in.maintenance.mode',
        details: null,
      });
    }
    expect((await simRequest(sim, discover)).status).toBe(200);
  });

  test('429 carries Retry-After and a custom message', async ({ sim }) => {
    sim.faults.failNext(1, { status: 429, retryAfter: 7, message: 'slow.down' });
    const res = await simRequest(sim, discover);
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBe('7');
    expect(res.json).toMatchObject({ message: 'slow.down' });
  });

  test('a path matcher limits the fault to matching requests', async ({ sim }) => {
    sim.faults.failNext(1, { status: 500 }, ENDPOINTS.me);
    expect((await simRequest(sim, discover)).status).toBe(200);
    expect((await simRequest(sim, { path: ENDPOINTS.me })).status).toBe(500);
    expect((await simRequest(sim, { path: ENDPOINTS.me })).status).toBe(403);
    sim.faults.failNext(1, { status: 502 }, /^\/discover\//);
    expect((await simRequest(sim, discover)).status).toBe(502);
  });

  test('dropNext destroys the connection without an answer', async ({ sim }) => {
    sim.faults.dropNext(1);
    await expect(simRequest(sim, discover)).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect((await simRequest(sim, discover)).status).toBe(200);
  });

  test('latency delays every API answer; clear() removes all faults', async ({ sim }) => {
    sim.faults.latency(150);
    sim.faults.failNext(5, { status: 503 });
    const started = performance.now();
    await simRequest(sim, discover);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    sim.faults.clear();
    const again = performance.now();
    expect((await simRequest(sim, discover)).status).toBe(200);
    expect(performance.now() - again).toBeLessThan(140);
  });

  test('web pages are never faulted', async ({ sim }) => {
    sim.faults.failNext(1, { status: 503 });
    expect((await simRequest(sim, { path: '/' })).status).toBe(200);
    expect((await simRequest(sim, discover)).status).toBe(503);
  });

  test('a fault plan applies from the first request', async () => {
    await withSimulator({ faults: { fail: [{ count: 1, response: { status: 503 } }] } }, async (sim) => {
      expect((await simRequest(sim, discover)).status).toBe(503);
      expect((await simRequest(sim, discover)).status).toBe(200);
    });
  });

  test('bad fault settings are refused', async ({ sim }) => {
    expect(() => sim.faults.failNext(1, { status: 200 })).toThrow(RangeError);
    expect(() => sim.faults.dropNext(0)).toThrow(RangeError);
    expect(() => sim.faults.latency(-1)).toThrow(RangeError);
  });
});

describe('recorded requests', () => {
  test('every API request is recorded with its body and whether it carried a token', async ({ sim }) => {
    sim.faults.failNext(1, { status: 503 });
    await simRequest(sim, { method: 'PUT', path: '/user/org/mfa', body: { mfaEnabled: true }, token: 'abc' });
    await simRequest(sim, { path: `${ENDPOINTS.users}?search=bob`, tenant: 'acme-sandbox' });
    await simRequest(sim, { path: '/home' });
    expect(sim.requests).toEqual([
      expect.objectContaining({
        method: 'PUT',
        path: '/user/org/mfa',
        host: `acme.resolver.com:${sim.port}`,
        body: { mfaEnabled: true },
        hasAuthorization: true,
        contentType: 'application/json',
        at: sim.clock.now(),
      }),
      expect.objectContaining({
        method: 'GET',
        path: ENDPOINTS.users,
        host: `acme-sandbox.resolver.com:${sim.port}`,
        query: { search: 'bob' },
        body: undefined,
        hasAuthorization: false,
      }),
    ]);
  });
});
