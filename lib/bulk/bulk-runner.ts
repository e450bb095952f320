/**
 * Executes one bulk run in the Resolver tab's content script: sends every pending `ready` row at
 * the run's concurrency, retries and pauses by the retry policy, and persists the run and the
 * audit entries of the rows that reach done or failed (see run-persistence.ts). Before it sends
 * anything it records the final rows an earlier executor left unrecorded (its first flush).
 *
 * Per row the work is constant: the request is built from the description loaded once per page,
 * no "who am I?" is asked (the run's admin and org were confirmed before it started and on every
 * resume), and the rows waiting are a queue, never searched.
 *
 * A runner exists while the run needs an executor (running, or paused for the session) and ends,
 * releasing its lease, once the run pauses for the admin, is cancelled or finishes.
 */
import type { ActionSender } from '../page/action-sender';
import { outcomeOf } from '../audit/action-record';
import type { AuditRecorder } from '../audit/audit-store';
import type { ActionInput, ActionOutcome, PreparedRequest, Result } from '../protocol';
import type { Me } from '../resolver/schemas';
import { ok } from '../result';
import { orgOf } from '../page/who-am-i';
import type { BulkPauseReason, BulkRow, BulkRun } from './bulk-schema';
import type { BulkStore } from './bulk-store';
import { HEARTBEAT_MS, leaseFor } from './lease';
import { createRateGate, verdictFor } from './retry-policy';
import { createRunPersistence, type RunPersistence } from './run-persistence';

/** How often a run paused for the session looks for a fresh one (also on focus and visibility). */
export const SESSION_CHECK_MS = 2_000;

export interface BulkRunnerDeps {
  sender: ActionSender;
  whoAmI: () => Promise<Result<Me>>;
  /** The page's current session token as a fingerprint (never the token); null when signed out. */
  sessionFingerprint: () => Promise<string | null>;
  store: BulkStore;
  recorder: AuditRecorder;
  /** This content script's lease owner id. */
  owner: string;
  /** This content script's tab, as the background named it; null when it did not answer. */
  tabId?: number | null;
  /** Calls `listener` when the tab may have a new session (window focus, visibility); returns unsubscribe. */
  onWake: (listener: () => void) => () => void;
  /** The runner has stopped executing (its last save is written). */
  onEnd: () => void;
  now?: () => number;
  random?: () => number;
  saveIntervalMs?: number;
  auditIntervalMs?: number;
}

export interface BulkRunner {
  readonly run: BulkRun;
  /** Confirms the tab's admin and org are the run's, then runs; answers the run as it then is. */
  confirmAndRun(): Promise<Result<BulkRun>>;
  pause(): Promise<BulkRun>;
  /** Pending rows are cancelled; rows in flight finish and are recorded. */
  cancel(): Promise<BulkRun>;
  /** Pagehide: saves, and releases the lease so the reloaded tab takes over at once. */
  release(): Promise<void>;
  /** Resolves once the runner has ended. */
  readonly ended: Promise<void>;
}

/** `run` must already carry this owner's lease; the runner changes it in place. */
export function createBulkRunner(run: BulkRun, deps: BulkRunnerDeps): BulkRunner {
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const gate = createRateGate(now);
  const persistence: RunPersistence = createRunPersistence({
    store: deps.store,
    recorder: deps.recorder,
    owner: deps.owner,
    run: () => run,
    onLost: () => {
      lost = true;
      wake();
      void end();
    },
    intervalMs: deps.saveIntervalMs,
    auditIntervalMs: deps.auditIntervalMs,
  });

  // Indices of pending rows not in flight. Rows sent back (401, pause) go to `again`, tried first.
  let queue: number[] = [];
  let head = 0;
  const again: number[] = [];
  const inFlight = new Set<number>();
  let lost = false;
  let ending = false;
  let finishEnded!: () => void;
  const ended = new Promise<void>((resolve) => (finishEnded = resolve));

  // Sleeping rows wake early when the run's phase changes (pause, cancel, lost lease).
  let wake!: () => void;
  let stateChange!: Promise<void>;
  const resetWake = () => {
    stateChange = new Promise<void>((resolve) => {
      wake = () => {
        resolve();
        resetWake();
      };
    });
  };
  resetWake();
  const sleep = (ms: number) =>
    Promise.race([new Promise<void>((resolve) => setTimeout(resolve, ms)), stateChange]);

  const heartbeat = setInterval(() => {
    // Also takes the lease back after a pagehide that did not unload the page (back/forward cache).
    run.lease = leaseFor({ owner: deps.owner, tabId: deps.tabId ?? null }, now());
    persistence.changed();
  }, HEARTBEAT_MS);

  let stopWatching: (() => void) | undefined;
  let staleFingerprint: string | null = null;

  const iso = (ms: number) => new Date(ms).toISOString();
  const touch = () => {
    run.updatedAt = iso(now());
  };
  const running = () => run.phase === 'running' && !lost;

  function fillQueue(): void {
    queue = [];
    head = 0;
    again.length = 0;
    run.rows.forEach((row, index) => {
      // A row still in flight (or waiting to retry) from before a pause carries on by itself.
      if (row.state === 'pending' && row.resolution.kind === 'ready' && !inFlight.has(index)) queue.push(index);
    });
  }

  function nextRow(): number | undefined {
    if (again.length > 0) return again.pop();
    return head < queue.length ? queue[head++] : undefined;
  }

  function pump(): void {
    while (running() && inFlight.size < run.concurrency) {
      const index = nextRow();
      if (index === undefined) break;
      inFlight.add(index);
      void sendRow(index).finally(() => {
        inFlight.delete(index);
        pump();
        void settle();
      });
    }
    void settle();
  }

  function inputOf(row: BulkRow): ActionInput | null {
    if (row.resolution.kind !== 'ready') return null;
    const userId = row.resolution.user.id;
    const operation = run.operation;
    return operation.action === 'setMfaOptOut' ? { userId, optOut: operation.optOut } : { userId };
  }

  async function sendRow(index: number): Promise<void> {
    const row = run.rows[index] as BulkRow;
    const input = inputOf(row);
    if (input === null) return;
    let tries = 0;
    for (;;) {
      while (running() && gate.remainingMs() > 0) await sleep(gate.remainingMs());
      if (lost) return;
      if (!running()) return sendBack(index);
      const prepared = await deps.sender.build(run.operation.action, input);
      if (!prepared.ok) return finish(row, prepared, null);
      const fingerprint = await deps.sessionFingerprint();
      row.attempts += 1;
      tries += 1;
      const { result } = await deps.sender.send(prepared.value);
      row.outcome = outcomeOf(result);
      touch();
      const verdict = verdictFor(result, tries, random);
      if (lost) return;
      if (verdict.kind === 'done') return finish(row, result, prepared.value);
      // Cancelled meanwhile: whatever came back is this row's last word, and is recorded.
      if (verdict.kind === 'failed' || run.phase === 'cancelled') return finish(row, result, prepared.value);
      if (verdict.kind === 'rate-limited') {
        // Waiting is not the row's fault: a 429 does not use up its tries.
        tries -= 1;
        gate.closeFor(verdict.waitMs);
        persistence.changed();
        continue;
      }
      if (verdict.kind === 'retry') {
        persistence.changed();
        await sleep(verdict.waitMs);
        continue;
      }
      sendBack(index);
      if (running()) await pauseFor(verdict.reason, fingerprint);
      return;
    }
  }

  function sendBack(index: number): void {
    again.push(index);
    persistence.changed();
  }

  /** The row's final state, with what it sent: enough for its audit entry (row-audit.ts), written in the next batch. */
  function finish(row: BulkRow, result: Result<ActionOutcome>, prepared: PreparedRequest | null): void {
    row.state = result.ok ? 'done' : 'failed';
    row.outcome = outcomeOf(result);
    row.finishedAt = iso(now());
    row.request = prepared && { method: prepared.method, path: prepared.path, source: prepared.source };
    delete row.recorded;
    touch();
    persistence.finished();
  }

  async function pauseFor(reason: BulkPauseReason, fingerprint: string | null): Promise<void> {
    run.phase = 'paused';
    run.pause = reason;
    touch();
    wake();
    if (reason === 'session') watchSession(fingerprint);
    await persistence.flush();
  }

  /** 401: waits for a session whose token differs from the one refused, then asks who it is. */
  function watchSession(refused: string | null): void {
    staleFingerprint = refused;
    if (stopWatching) return;
    let checking = false;
    const check = async () => {
      if (checking) return;
      checking = true;
      try {
        const fingerprint = await deps.sessionFingerprint();
        if (fingerprint !== null && fingerprint !== staleFingerprint) await confirmAndRunFrom(fingerprint);
      } finally {
        checking = false;
      }
    };
    const interval = setInterval(() => void check(), SESSION_CHECK_MS);
    const unsubscribe = deps.onWake(() => void check());
    stopWatching = () => {
      clearInterval(interval);
      unsubscribe();
      stopWatching = undefined;
    };
  }

  async function confirmAndRunFrom(fingerprint: string | null): Promise<Result<BulkRun>> {
    const me = await deps.whoAmI();
    if (lost || run.phase === 'cancelled') return ok(run);
    if (!me.ok) {
      if (me.kind === 'session-ended' || me.kind === 'signed-out') {
        if (!(run.phase === 'paused' && run.pause === 'session')) await pauseFor('session', fingerprint);
        staleFingerprint = fingerprint;
        return ok(run);
      }
      // Resolver unreachable or odd: nothing changes; the session watch (if any) asks again.
      if (!stopWatching) await end();
      return me;
    }
    stopWatching?.();
    if (me.value.id !== run.admin.id || orgOf(me.value)?.id !== run.org.id) {
      await pauseFor('other-session', null);
      await settle();
      return ok(run);
    }
    run.phase = 'running';
    run.pause = null;
    run.startedAt ??= iso(now());
    touch();
    fillQueue();
    await persistence.flush();
    pump();
    return ok(run);
  }

  /** Ends once nothing is in flight and the run no longer needs an executor. */
  async function settle(): Promise<void> {
    if (inFlight.size > 0 || lost) return;
    if (running() && again.length === 0 && head >= queue.length) {
      run.phase = 'finished';
      touch();
    }
    if (run.phase === 'running' || (run.phase === 'paused' && run.pause === 'session')) return;
    await end();
  }

  async function end(): Promise<void> {
    if (ending) return;
    ending = true;
    clearInterval(heartbeat);
    stopWatching?.();
    if (!lost) {
      run.lease = null;
      await persistence.flush();
    }
    await persistence.stop();
    deps.onEnd();
    finishEnded();
  }

  return {
    get run() {
      return run;
    },
    ended,
    confirmAndRun: async () => confirmAndRunFrom(await deps.sessionFingerprint()),
    async pause() {
      if (run.phase === 'running') await pauseFor('admin', null);
      await settle();
      return run;
    },
    async cancel() {
      for (const row of run.rows) if (row.state === 'pending') row.state = 'cancelled';
      queue = [];
      head = 0;
      again.length = 0;
      run.phase = 'cancelled';
      run.pause = null;
      touch();
      wake();
      await persistence.flush();
      await settle();
      return run;
    },
    async release() {
      run.lease = null;
      await persistence.flush();
    },
  };
}
