import { describe, expect } from 'vitest';
import { ENDPOINTS } from '../../lib/resolver/knowledge';
import { adminToken, simTest as test } from './fixtures';
import { simRequest } from './http-client';

const DAY = 24 * 60 * 60;

/** The Date header as unix seconds (the clock may tick between the answer and the check). */
function dateOf(headers: Record<string, unknown>): number {
  const header = headers.date;
  if (typeof header !== 'string') throw new Error('The response has no Date header.');
  return Date.parse(header) / 1000;
}

describe('the Date header', () => {
  test('tells the simulator’s clock, moved or not, on API answers', async ({ sim }) => {
    const token = await adminToken(sim);
    const before = await simRequest(sim, { path: ENDPOINTS.me, token });
    expect(sim.clock.now() - dateOf(before.headers)).toBeOneOf([0, 1]);
    sim.clock.advance(8 * DAY);
    const after = await simRequest(sim, { path: ENDPOINTS.discover });
    expect(after.status).toBe(200);
    expect(sim.clock.now() - dateOf(after.headers)).toBeOneOf([0, 1]);
    expect(dateOf(after.headers) - Date.now() / 1000).toBeGreaterThan(8 * DAY - 5);
  });

  test('is on errors and pages too, in the IMF-fixdate form', async ({ sim }) => {
    sim.clock.advance(3 * DAY);
    const expired = await simRequest(sim, { path: ENDPOINTS.me, token: 'not-a-token' });
    expect(expired.status).toBe(401);
    expect(sim.clock.now() - dateOf(expired.headers)).toBeOneOf([0, 1]);
    const page = await simRequest(sim, { path: '/' });
    expect(page.headers.date).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(sim.clock.now() - dateOf(page.headers)).toBeOneOf([0, 1]);
  });
});
