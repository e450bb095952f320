import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../lib/resolver/knowledge';
import { loginToken, SEED, simRequest, startSimulator } from '../simulator';
import { countRequests, requestMark, requestsBetween } from './request-count';

const get = (path: string, query: Record<string, string> = {}) => ({ method: 'GET', path, query });

describe('countRequests', () => {
  it('sorts each request into who-am-i, search, membership read, write, other /user/ or outside /user/', () => {
    const counts = countRequests([
      get('/user/users/me'),
      get('/user/users', { search: 'a@example.com' }),
      get('/user/users/me'),
      get('/user/org/7/user/42'),
      { method: 'PUT', path: '/user/users/42/membership', query: {} },
      get('/user/users'),
      get('/user/users/42'),
      get('/api/openapi.json'),
      get('/discover/discover'),
    ]);
    expect(counts).toEqual({
      total: 7,
      whoAmI: 2,
      searches: 1,
      membershipReads: 1,
      writes: 1,
      otherUser: 2,
      outsideUser: 2,
      unlisted: ['GET /user/users', 'GET /user/users/42', 'GET /api/openapi.json', 'GET /discover/discover'],
    });
  });

  it('counts nothing for no requests, and neither a membership PUT nor a deeper path as a membership read', () => {
    expect(countRequests([])).toMatchObject({ total: 0, whoAmI: 0, outsideUser: 0, unlisted: [] });
    const counts = countRequests([{ method: 'PUT', path: '/user/org/7/user/42', query: {} }, get('/user/org/7/user/42/x')]);
    expect(counts).toMatchObject({ total: 2, membershipReads: 0, writes: 1, otherUser: 1 });
  });
});

describe('requestsBetween', () => {
  it('counts what the simulator recorded between two marks, an API description document included', async () => {
    const sim = await startSimulator({ port: 0 });
    try {
      const { token } = await loginToken(sim, { email: SEED.users.admin.email, password: SEED.passwords.admin, org: SEED.orgs.acmeCorp.name });
      await simRequest(sim, { path: '/user/users/me', token });
      const mark = requestMark(sim);
      await simRequest(sim, { path: `/user/users?search=${encodeURIComponent(SEED.users.bob.email)}`, token });
      await simRequest(sim, { path: '/api/openapi.json', token });
      const path = ACTIONS.setMfaOptOut.path.replace('{id}', String(SEED.users.bob.id));
      await simRequest(sim, { method: 'PUT', path, token, body: { mfaOptOut: true } });
      const end = requestMark(sim);
      await simRequest(sim, { path: '/user/users/me', token });
      expect(requestsBetween(sim, 0, mark)).toMatchObject({ whoAmI: 1, outsideUser: 0 });
      expect(requestsBetween(sim, end)).toMatchObject({ total: 1, whoAmI: 1 });
      expect(requestsBetween(sim, mark, end)).toEqual({
        total: 2,
        whoAmI: 0,
        searches: 1,
        membershipReads: 0,
        writes: 1,
        otherUser: 0,
        outsideUser: 1,
        unlisted: ['GET /api/openapi.json'],
      });
    } finally {
      await sim.close();
    }
  });
});
