import { describe, expect, it } from 'vitest';
import { fail, ok } from '../result';
import { backoffMs, createRateGate, MAX_TRIES, verdictFor } from './retry-policy';

const noJitter = () => 0;

describe('verdictFor', () => {
  it('ends a 2xx as done and a 404 or other 4xx as failed, without retrying', () => {
    expect(verdictFor(ok({ status: 204 }), 1, noJitter)).toEqual({ kind: 'done' });
    expect(verdictFor(fail('not-found', { status: 404 }), 1, noJitter)).toEqual({ kind: 'failed' });
    expect(verdictFor(fail('rejected', { status: 409 }), 1, noJitter)).toEqual({ kind: 'failed' });
  });

  it('waits Retry-After on 429, 5 s without one, and never more than 60 s', () => {
    expect(verdictFor(fail('rejected', { status: 429, retryAfter: 12 }), 1, noJitter)).toEqual({ kind: 'rate-limited', waitMs: 12_000 });
    expect(verdictFor(fail('rejected', { status: 429 }), 1, noJitter)).toEqual({ kind: 'rate-limited', waitMs: 5_000 });
    expect(verdictFor(fail('rejected', { status: 429, retryAfter: 3600 }), 1, noJitter)).toEqual({ kind: 'rate-limited', waitMs: 60_000 });
  });

  it.each(['server', 'network', 'timeout'] as const)('retries %s with growing waits, then fails after %#', (kind) => {
    const waits = [1, 2, 3, 4].map((tries) => verdictFor(fail(kind), tries, noJitter));
    expect(waits).toEqual([1000, 2000, 4000, 8000].map((waitMs) => ({ kind: 'retry', waitMs })));
    expect(verdictFor(fail(kind), MAX_TRIES, noJitter)).toEqual({ kind: 'failed' });
  });

  it('pauses for an ended session, a refusal and maintenance', () => {
    expect(verdictFor(fail('session-ended', { status: 401 }), 1, noJitter)).toEqual({ kind: 'pause', reason: 'session' });
    expect(verdictFor(fail('signed-out'), 1, noJitter)).toEqual({ kind: 'pause', reason: 'session' });
    expect(verdictFor(fail('forbidden', { status: 403 }), 1, noJitter)).toEqual({ kind: 'pause', reason: 'forbidden' });
    expect(verdictFor(fail('maintenance', { status: 503 }), 1, noJitter)).toEqual({ kind: 'pause', reason: 'maintenance' });
  });
});

describe('backoffMs', () => {
  it('adds under a second of jitter and is capped at 30 s', () => {
    expect(backoffMs(2, () => 0.999)).toBe(2999);
    expect(backoffMs(10, () => 0.5)).toBe(30_000);
  });
});

describe('the rate gate', () => {
  it('stays closed for the longest wait asked, then opens', () => {
    let now = 1000;
    const gate = createRateGate(() => now);
    expect(gate.remainingMs()).toBe(0);
    gate.closeFor(5000);
    gate.closeFor(2000);
    expect(gate.remainingMs()).toBe(5000);
    now += 5000;
    expect(gate.remainingMs()).toBe(0);
  });
});
