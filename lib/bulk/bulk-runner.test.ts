import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Result } from '../protocol';
import { fail, ok } from '../result';
import { createBulkRunner } from './bulk-runner';
import type { BulkRun } from './bulk-schema';
import { createBulkStore, type BulkStore } from './bulk-store';
import { createRunnerFakes, TEST_ME, type Answer } from './test-runner-deps';
import { bulkRunFor, finalRow, readyRow, TEST_ORIGIN } from './test-runs';

const NO_CONTENT = ok({ status: 204 });
const OWNER = 'owner-a';

/** Answers after `ms` of (fake) time. */
const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

function startRun(rowCount: number, answer: Answer, store?: BulkStore) {
  const run: BulkRun = bulkRunFor({
    phase: 'review',
    rows: Array.from({ length: rowCount }, (_, i) => readyRow(i + 1)),
    lease: { owner: OWNER, heartbeatAt: new Date().toISOString() },
  });
  const fakes = createRunnerFakes(answer, store);
  const runner = createBulkRunner(run, fakes.deps);
  return { run, runner, ...fakes, stored: () => fakes.store.get(TEST_ORIGIN) };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: new Date('2025-03-04T10:00:00Z') });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('a normal run', () => {
  it('sends every row once, never more than the concurrency at once, and records each final row once', async () => {
    const { run, runner, sent, drafts, maxActive, stored } = startRun(30, () => after(100, NO_CONTENT));
    await runner.confirmAndRun();
    await vi.advanceTimersByTimeAsync(2_000);
    await runner.ended;
    expect(maxActive()).toBe(4);
    expect(sent.toSorted((a, b) => a - b)).toEqual(run.rows.map((row) => 100 + row.line));
    expect(run.phase).toBe('finished');
    expect(run.rows.every((row) => row.state === 'done' && row.attempts === 1)).toBe(true);
    expect(drafts.map((draft) => draft.run?.line).toSorted((a, b) => (a ?? 0) - (b ?? 0))).toEqual(run.rows.map((row) => row.line));
    expect(drafts[0]).toMatchObject({
      admin: { id: 1 },
      org: { id: 11 },
      origin: TEST_ORIGIN,
      environment: 'production',
      action: 'resetUserMfa',
      target: { userId: 101, name: 'User 101', email: 'user101@acme.example' },
      request: { method: 'PUT', path: '/user/users/mfa/reset', source: 'default' },
      outcome: { ok: true, status: 204 },
      run: { id: 'run-1', line: 1 },
    });
    await expect(stored()).resolves.toMatchObject({ phase: 'finished', lease: null });
  });

  it('throttles its saves: far fewer writes than rows, and the last one shows the end', async () => {
    const store = createBulkStore();
    const save = vi.spyOn(store, 'save');
    const { runner, stored } = startRun(400, () => after(10, NO_CONTENT), store);
    await runner.confirmAndRun();
    await vi.advanceTimersByTimeAsync(1_000);
    await runner.ended;
    // 400 rows in ~1 s: about two throttled saves, plus the start and the end.
    expect(save.mock.calls.length).toBeLessThanOrEqual(6);
    await expect(stored()).resolves.toMatchObject({ phase: 'finished' });
  });
});

describe('retries', () => {
  it('waits out a 429 for the whole run: nothing is sent until Retry-After has passed', async () => {
    const { runner, sent, run } = startRun(8, (userId, attempt) =>
      userId === 101 && attempt === 1 ? fail('rejected', { status: 429, retryAfter: 10 }) : after(50, NO_CONTENT),
    );
    await runner.confirmAndRun();
    await vi.advanceTimersByTimeAsync(5);
    const sentBefore = sent.length;
    await vi.advanceTimersByTimeAsync(9_900);
    expect(sent.length).toBe(sentBefore);
    await vi.advanceTimersByTimeAsync(1_000);
    await runner.ended;
    expect(run.rows.every((row) => row.state === 'done')).toBe(true);
    expect(run.rows[0]?.attempts).toBe(2);
  });

  it('backs off on server errors and ends done when a retry succeeds', async () => {
    const { runner, run } = startRun(1, (_id, attempt) => (attempt < 3 ? fail('server', { status: 500 }) : NO_CONTENT));
    await runner.confirmAndRun();
    await vi.advanceTimersByTimeAsync(999);
    expect(run.rows[0]?.attempts).toBe(1);
    await vi.advanceTimersByTimeAsync(3_000);
    await runner.ended;
    expect(run.rows[0]).toMatchObject({ state: 'done', attempts: 3, outcome: { ok: true, status: 204 } });
  });

  it('fails a row after five tries, recording it once as failed', async () => {
    const { runner, run, drafts } = startRun(1, () => fail('network'));
    await runner.confirmAndRun();
    await vi.advanceTimersByTimeAsync(20_000);
    await runner.ended;
    expect(run.rows[0]).toMatchObject({ state: 'failed', attempts: 5, outcome: { ok: false, kind: 'network' } });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.outcome).toEqual({ ok: false, kind: 'network' });
    expect(run.phase).toBe('finished');
  });

  it('fails a 404 at once', async () => {
    const { runner, run } = startRun(1, () => fail('not-found', { status: 404 }));
    await runner.confirmAndRun();
    await runner.ended;
    expect(run.rows[0]).toMatchObject({ state: 'failed', attempts: 1 });
  });
});

describe('an ended session', () => {
  const endedOnce = (userId: number, attempt: number): Result<{ status: number }> =>
    userId === 103 && attempt === 1 ? fail('session-ended', { status: 401 }) : NO_CONTENT;

  it('pauses, then resumes by itself once the tab has a fresh session of the same admin and org', async () => {
    const { runner, run, session, drafts, stored } = startRun(6, endedOnce);
    await runner.confirmAndRun();
    await vi.advanceTimersByTimeAsync(10);
    expect(run).toMatchObject({ phase: 'paused', pause: 'session' });
    expect(run.rows[2]?.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(4_000);
    expect(run.phase).toBe('paused'); // the same session: still waiting
    session.fingerprint = 'session-b';
    await vi.advanceTimersByTimeAsync(2_000);
    await runner.ended;
    expect(run.phase).toBe('finished');
    expect(run.rows.every((row) => row.state === 'done')).toBe(true);
    expect(drafts).toHaveLength(6);
    await expect(stored()).resolves.toMatchObject({ phase: 'finished' });
  });

  it('checks again when the window regains focus, without waiting for the next tick', async () => {
    const { runner, run, session, wake } = startRun(4, endedOnce);
    await runner.confirmAndRun();
    await vi.advanceTimersByTimeAsync(10);
    session.fingerprint = 'session-b';
    wake();
    await vi.advanceTimersByTimeAsync(10);
    await runner.ended;
    expect(run.phase).toBe('finished');
  });

  it('stays paused as other-session when the fresh session is another admin', async () => {
    const { runner, run, session } = startRun(4, endedOnce);
    await runner.confirmAndRun();
    await vi.advanceTimersByTimeAsync(10);
    session.fingerprint = 'session-b';
    session.me = ok({ ...TEST_ME, id: 2 });
    await vi.advanceTimersByTimeAsync(2_000);
    await runner.ended;
    expect(run).toMatchObject({ phase: 'paused', pause: 'other-session', lease: null });
    expect(run.rows[2]?.state).toBe('pending');
  });
});

describe('pauses the admin resumes from', () => {
  it.each([
    ['forbidden', fail('forbidden', { status: 403 })],
    ['maintenance', fail('maintenance', { status: 503 })],
  ] as const)('pauses as %s and ends, leaving the row pending', async (reason, failure) => {
    const { runner, run, drafts } = startRun(3, (userId) => (userId === 101 ? failure : NO_CONTENT));
    await runner.confirmAndRun();
    await vi.advanceTimersByTimeAsync(10);
    await runner.ended;
    expect(run).toMatchObject({ phase: 'paused', pause: reason, lease: null });
    expect(run.rows[0]?.state).toBe('pending');
    expect(drafts.every((draft) => draft.run?.line !== 1)).toBe(true);
  });
});

describe('commands', () => {
  it('pause stops new sends; the rows in flight finish and are recorded', async () => {
    const { runner, run, sent, drafts } = startRun(20, () => after(100, NO_CONTENT));
    await runner.confirmAndRun();
    await vi.advanceTimersByTimeAsync(150);
    await runner.pause();
    const sentAtPause = sent.length;
    await vi.advanceTimersByTimeAsync(1_000);
    await runner.ended;
    expect(sent).toHaveLength(sentAtPause);
    expect(run).toMatchObject({ phase: 'paused', pause: 'admin' });
    expect(drafts).toHaveLength(run.rows.filter((row) => row.state === 'done').length);
    expect(run.rows.filter((row) => row.state === 'pending')).toHaveLength(20 - sentAtPause);
  });

  it('cancel marks the rows not sent cancelled and records the ones in flight', async () => {
    const { runner, run, drafts } = startRun(20, () => after(100, NO_CONTENT));
    await runner.confirmAndRun();
    await vi.advanceTimersByTimeAsync(50);
    await runner.cancel();
    await vi.advanceTimersByTimeAsync(200);
    await runner.ended;
    expect(run.phase).toBe('cancelled');
    expect(run.rows.filter((row) => row.state === 'done')).toHaveLength(4);
    expect(run.rows.filter((row) => row.state === 'cancelled')).toHaveLength(16);
    expect(drafts).toHaveLength(4);
  });

  it('refuses to run for another admin than the run’s', async () => {
    const { runner, run, session, sent } = startRun(2, () => NO_CONTENT);
    session.me = ok({ ...TEST_ME, currentOrg: { id: 99, name: 'Elsewhere' } });
    await runner.confirmAndRun();
    await runner.ended;
    expect(run).toMatchObject({ phase: 'paused', pause: 'other-session' });
    expect(sent).toEqual([]);
  });
});

describe('the lease', () => {
  it('stops executing once another executor has taken the run over', async () => {
    const store = createBulkStore();
    const { runner, run, sent } = startRun(50, () => after(100, NO_CONTENT), store);
    await runner.confirmAndRun();
    await vi.advanceTimersByTimeAsync(150);
    await store.save({ ...structuredClone(run), lease: { owner: 'owner-b', heartbeatAt: new Date().toISOString() } });
    await vi.advanceTimersByTimeAsync(3_000);
    await runner.ended;
    const sentWhenLost = sent.length;
    await vi.advanceTimersByTimeAsync(3_000);
    expect(sent.length).toBe(sentWhenLost);
    expect(sentWhenLost).toBeLessThan(50);
    await expect(store.get(TEST_ORIGIN)).resolves.toMatchObject({ lease: { owner: 'owner-b' } });
  });

  it('beats every two seconds while running', async () => {
    const { runner, stored } = startRun(1, () => after(60_000, NO_CONTENT));
    await runner.confirmAndRun();
    await vi.advanceTimersByTimeAsync(4_100);
    const run = await stored();
    expect(Date.parse(run?.lease?.heartbeatAt ?? '')).toBeGreaterThanOrEqual(Date.now() - 2_600);
    await runner.cancel();
    await vi.advanceTimersByTimeAsync(60_000);
    await runner.ended;
  });
});

describe('the audit entries', () => {
  it('are written in a few batches over a long run, far fewer than the run’s saves, each row once', async () => {
    const store = createBulkStore();
    const save = vi.spyOn(store, 'save');
    // 500 rows: saved at most every second (saveIntervalFor).
    const { runner, run, drafts, deps, stored } = startRun(500, () => after(160, NO_CONTENT), store);
    const auditWrites = vi.spyOn(deps.recorder, 'recordMany');
    await runner.confirmAndRun();
    await vi.advanceTimersByTimeAsync(21_000);
    await runner.ended;
    expect(run.phase).toBe('finished');
    // ~20 s of rows: a save a second, an audit batch every five seconds (plus the start and the end).
    expect(save.mock.calls.length).toBeGreaterThanOrEqual(18);
    expect(auditWrites.mock.calls.length).toBeLessThanOrEqual(7);
    expect(auditWrites.mock.calls.length * 3).toBeLessThan(save.mock.calls.length);
    expect(drafts.map((draft) => draft.run?.line).toSorted((a, b) => (a ?? 0) - (b ?? 0))).toEqual(run.rows.map((row) => row.line));
    expect((await stored())?.rows.every((row) => row.state === 'done' && row.recorded === true)).toBe(true);
  });

  it('of rows an earlier executor finished but did not record are written first, once; recorded rows are left alone', async () => {
    const run = bulkRunFor({
      phase: 'running',
      rows: [finalRow(1, 'done'), finalRow(2, 'done', { recorded: true }), finalRow(3, 'failed'), readyRow(4), readyRow(5)],
      lease: { owner: OWNER, heartbeatAt: new Date().toISOString() },
    });
    const fakes = createRunnerFakes(() => after(100, NO_CONTENT));
    await fakes.store.save(run);
    const runner = createBulkRunner(run, fakes.deps);
    await runner.confirmAndRun();
    expect(fakes.drafts.map((draft) => [draft.run?.line, draft.outcome])).toEqual([
      [1, { ok: true, status: 204 }],
      [3, { ok: false, kind: 'rejected', status: 409 }],
    ]);
    await vi.advanceTimersByTimeAsync(1_000);
    await runner.ended;
    expect(fakes.sent).toEqual([104, 105]);
    expect(fakes.drafts.map((draft) => draft.run?.line).toSorted()).toEqual([1, 3, 4, 5]);
    expect((await fakes.store.get(TEST_ORIGIN))?.rows.map((row) => [row.state, row.recorded])).toEqual([
      ['done', true],
      ['done', true],
      ['failed', true],
      ['done', true],
      ['done', true],
    ]);
  });

  it('of rows that finish after the last batch are written when the run stops, none lost', async () => {
    const { runner, run, drafts, stored } = startRun(20, () => after(100, NO_CONTENT));
    await runner.confirmAndRun();
    await vi.advanceTimersByTimeAsync(150);
    await runner.cancel();
    await vi.advanceTimersByTimeAsync(200);
    await runner.ended;
    const done = run.rows.filter((row) => row.state === 'done').map((row) => row.line);
    expect(done.length).toBeGreaterThan(0);
    expect(drafts.map((draft) => draft.run?.line).toSorted((a, b) => (a ?? 0) - (b ?? 0))).toEqual(done);
    expect((await stored())?.rows.filter((row) => row.state === 'done').every((row) => row.recorded === true)).toBe(true);
  });
});
