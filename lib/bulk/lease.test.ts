import { describe, expect, it } from 'vitest';
import { LEASE_STALE_MS, leaseFor, mayExecute } from './lease';
import { bulkRunFor } from './test-runs';

const NOW = Date.parse('2025-03-04T10:00:00Z');
const runHeldBy = (lease: { owner: string; tabId?: number }, agoMs: number) =>
  bulkRunFor({ phase: 'running', lease: { ...lease, heartbeatAt: new Date(NOW - agoMs).toISOString() } });

describe('who may execute a run', () => {
  it('is the next page of the executor’s own tab at once, while the lease is still fresh', () => {
    const run = runHeldBy({ owner: 'old-page', tabId: 7 }, 100);
    expect(mayExecute(run, { owner: 'new-page', tabId: 7 }, NOW)).toBe(true);
  });

  it('is another tab only once the heartbeat is stale', () => {
    expect(mayExecute(runHeldBy({ owner: 'old-page', tabId: 7 }, 100), { owner: 'other', tabId: 8 }, NOW)).toBe(false);
    expect(mayExecute(runHeldBy({ owner: 'old-page', tabId: 7 }, LEASE_STALE_MS - 1), { owner: 'other', tabId: 8 }, NOW)).toBe(false);
    expect(mayExecute(runHeldBy({ owner: 'old-page', tabId: 7 }, LEASE_STALE_MS), { owner: 'other', tabId: 8 }, NOW)).toBe(true);
  });

  it('waits for a stale heartbeat when either side has no tab id (a lease stored before tab ids, or no background answer)', () => {
    expect(mayExecute(runHeldBy({ owner: 'old-page' }, 100), { owner: 'new-page', tabId: 7 }, NOW)).toBe(false);
    expect(mayExecute(runHeldBy({ owner: 'old-page', tabId: 7 }, 100), { owner: 'new-page', tabId: null }, NOW)).toBe(false);
  });

  it('is its own executor, and anyone when no lease is held', () => {
    expect(mayExecute(runHeldBy({ owner: 'me', tabId: 7 }, 100), { owner: 'me', tabId: 7 }, NOW)).toBe(true);
    expect(mayExecute(bulkRunFor({ phase: 'running', lease: null }), { owner: 'other', tabId: 8 }, NOW)).toBe(true);
  });
});

describe('the lease a holder writes', () => {
  it('carries its tab id only when known', () => {
    expect(leaseFor({ owner: 'me', tabId: 7 }, NOW)).toEqual({ owner: 'me', heartbeatAt: '2025-03-04T10:00:00.000Z', tabId: 7 });
    expect(leaseFor({ owner: 'me', tabId: null }, NOW)).toEqual({ owner: 'me', heartbeatAt: '2025-03-04T10:00:00.000Z' });
  });
});
