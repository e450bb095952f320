/**
 * The bulk side of a Resolver tab's content script (the BulkBridge): the dry run, the commands,
 * and taking over a run whose executor is gone (the tab was reloaded or closed mid-run).
 *
 * Every method validates its input itself: the same service answers extension messages (the
 * popup) and direct calls (the in-page panel), and nothing it receives is trusted as checked.
 * Each command answers a specific failure when the run's phase does not allow it.
 */
import type { ActionSender } from '../page/action-sender';
import type { ApiClient } from '../page/api-client';
import type { AuditRecorder } from '../audit/audit-store';
import { t } from '../i18n';
import { NO_RESTRICTIONS, type Restrictions } from '../policy/effective-settings';
import { bulkRefusal, policyFailure } from '../policy/policy-rules';
import type { Failure, Result } from '../protocol';
import { BULK_CONCURRENCY, environmentOf } from '../resolver/knowledge';
import { fail, invalidRequest, ok } from '../result';
import { toUserSummary } from '../page/user-summary';
import { orgOf, whoAmI } from '../page/who-am-i';
import type { BulkBridge } from './bulk-bridge';
import { createBulkRunner, type BulkRunner } from './bulk-runner';
import { BulkRequestSchemas, type BulkCommand, type BulkRun } from './bulk-schema';
import type { BulkStore } from './bulk-store';
import { HEARTBEAT_MS, leaseFor, leaseIsLive, mayExecute, needsExecutor, msUntilStale, randomId, stillUnderLease, type LeaseHolder } from './lease';
import { parseBulkInput } from './parse-bulk-input';
import { createRowResolver } from './resolve-rows';
import { recordFinalRows } from './row-audit';
import { createRunPersistence } from './run-persistence';

export interface BulkServiceOptions {
  client: ApiClient;
  sender: ActionSender;
  location: Pick<Location, 'origin' | 'hostname'>;
  store: BulkStore;
  recorder: AuditRecorder;
  /** The page's session token as a fingerprint (never the token itself); null when signed out. */
  sessionFingerprint: () => Promise<string | null>;
  /** See BulkRunnerDeps.onWake. */
  onWake: (listener: () => void) => () => void;
  /** This content script's lease owner id (random per instance by default). */
  owner?: string;
  /**
   * This content script's tab id, as the background read it from the message's sender (never
   * from the page); null when unknown. The next page of the same tab takes a run over at once.
   */
  ownTabId?: () => Promise<number | null>;
  now?: () => number;
  random?: () => number;
  saveIntervalMs?: number;
  auditIntervalMs?: number;
  /** The organisation's policy, read before every dry run, start, resume or retry (none by default). */
  restrictions?: () => Promise<Restrictions>;
}

export interface BulkService extends BulkBridge {
  /** On content-script start: takes over this origin's run if its executor is gone, now or once its lease goes stale. */
  resumeOnLoad(): Promise<void>;
  /** On pagehide: saves and releases the lease, so the reloaded tab takes over at once. */
  release(): Promise<void>;
}

export function createBulkService(options: BulkServiceOptions): BulkService {
  const { client, sender, location, store, recorder } = options;
  const restrictions = options.restrictions ?? (async () => NO_RESTRICTIONS);
  /** Why the policy refuses to send `run`'s rows (or, for a dry run, `asked`), or null. */
  async function refusedByPolicy(asked: { operation: BulkRun['operation']; reason?: string }): Promise<Failure | null> {
    const { operation, reason } = asked;
    const refusal = bulkRefusal(await restrictions(), location.hostname, { action: operation.action, optOut: 'optOut' in operation ? operation.optOut : undefined, reason });
    return refusal === null ? null : policyFailure(refusal, location.hostname);
  }
  const origin = location.origin;
  const owner = options.owner ?? randomId();
  const now = options.now ?? Date.now;
  const iso = () => new Date(now()).toISOString();
  const holder: LeaseHolder = { owner, tabId: null };
  // Asked once, at start; everything that writes or judges a lease waits for the answer.
  const tabIdKnown = (options.ownTabId?.() ?? Promise.resolve(null))
    .catch(() => null)
    .then((tabId) => {
      holder.tabId = tabId;
    });
  let runner: BulkRunner | null = null;
  /** The dry run in progress here, if any. */
  let resolving: { run: BulkRun; release: () => Promise<void> } | null = null;

  function adopt(run: BulkRun): BulkRunner {
    run.lease = leaseFor(holder, now());
    const adopted = createBulkRunner(run, {
      sender,
      whoAmI: () => whoAmI(client),
      sessionFingerprint: options.sessionFingerprint,
      store,
      recorder,
      owner,
      tabId: holder.tabId,
      onWake: options.onWake,
      onEnd: () => {
        if (runner === adopted) runner = null;
      },
      now,
      random: options.random,
      saveIntervalMs: options.saveIntervalMs,
      auditIntervalMs: options.auditIntervalMs,
    });
    runner = adopted;
    return adopted;
  }

  /** Takes a stored run over (its executor, if any, is gone) and runs it once "who am I?" agrees. */
  async function takeOverAndRun(run: BulkRun): Promise<Result<BulkRun>> {
    const taken = adopt(run);
    // No compare-and-set in extension storage: written without an owner check, after the caller
    // re-read the lease; the runner stops if a later save finds someone else's lease.
    await store.save(taken.run);
    return taken.confirmAndRun();
  }

  async function resolve(request: unknown): Promise<Result<BulkRun>> {
    const parsed = BulkRequestSchemas.bulkResolve.safeParse(request);
    if (!parsed.success) return invalidRequest();
    // Before any lookup: a run the policy refuses is not even resolved.
    const refused = await refusedByPolicy(parsed.data);
    if (refused !== null) return refused;
    await tabIdKnown;
    const stored = await store.get(origin);
    if (runner !== null || resolving !== null || (stored !== null && blocksNewRun(stored, now()))) {
      return fail('invalid-input', { detail: t('bulk.run.busy') });
    }
    const entries = parseBulkInput(parsed.data.text);
    if (!entries.ok) return entries;
    // Before the rows are looked up: a run whose body would be a guess stops here, and a run that
    // goes on has its description at hand for the confirmed run's first row.
    const [ready, me] = await Promise.all([sender.prepare(parsed.data.operation.action), whoAmI(client)]);
    if (!ready.ok) return ready;
    if (!me.ok) return me;
    const org = orgOf(me.value);
    if (org === null) return fail('server', { detail: t('bulk.run.no-org') });
    const admin = toUserSummary(me.value);

    const run: BulkRun = {
      id: randomId(),
      origin,
      environment: environmentOf(location.hostname),
      admin: { id: admin.id, name: admin.name, email: admin.email },
      org,
      operation: parsed.data.operation,
      concurrency: BULK_CONCURRENCY,
      phase: 'resolving',
      pause: null,
      createdAt: iso(),
      startedAt: null,
      updatedAt: iso(),
      lease: leaseFor(holder, now()),
      rows: [],
      inputCount: entries.value.length,
    };
    if (parsed.data.reason) run.reason = parsed.data.reason;
    const resolver = createRowResolver(entries.value, { client, adminId: admin.id, concurrency: run.concurrency, now, random: options.random });
    const persistence = createRunPersistence({
      store,
      recorder,
      owner,
      // Rows are classified only when saved (at most every interval), never once per lookup.
      run: () => {
        run.rows = resolver.rows();
        return run;
      },
      onLost: () => undefined,
      intervalMs: options.saveIntervalMs,
    });
    const heartbeat = setInterval(() => {
      run.lease = leaseFor(holder, now());
      persistence.changed();
    }, HEARTBEAT_MS);
    const release = async () => {
      run.lease = null;
      await persistence.flush();
    };
    resolving = { run, release };
    try {
      await store.save(run);
      const rows = await resolver.resolveAll(() => persistence.changed());
      if (!rows.ok) {
        // Nothing was sent; the admin sees why and resolves again once it is fixed.
        await persistence.stop();
        await store.remove(origin);
        return rows;
      }
      run.rows = rows.value;
      run.phase = 'review';
      run.lease = null;
      run.updatedAt = iso();
      await persistence.flush();
      await persistence.stop();
      return ok(run);
    } finally {
      clearInterval(heartbeat);
      resolving = null;
    }
  }

  async function command(request: unknown): Promise<Result<BulkRun>> {
    const parsed = BulkRequestSchemas.bulkCommand.safeParse(request);
    if (!parsed.success) return invalidRequest();
    const { runId, command: name } = parsed.data;
    // What sends rows is refused under the policy; pause, cancel and discard stay, to stop a run.
    if (name === 'start' || name === 'resume' || name === 'retryFailed') {
      const run = runner?.run.id === runId ? runner.run : await store.get(origin);
      const refused = run === null ? null : await refusedByPolicy(run);
      if (refused !== null) return refused;
    }
    await tabIdKnown;

    if (resolving?.run.id === runId) return wrongPhase(resolving.run, name);
    const active = runner;
    if (active !== null && active.run.id === runId) {
      if (name === 'pause') return active.run.phase === 'running' ? ok(await active.pause()) : wrongPhase(active.run, name);
      if (name === 'cancel') return ok(await active.cancel());
      if (needsExecutor(active.run)) {
        return name === 'resume' && active.run.phase === 'paused' ? active.confirmAndRun() : wrongPhase(active.run, name);
      }
      // Paused or cancelled, with requests still in flight: act on the run once they have ended.
      await active.ended;
    }

    const run = await store.get(origin);
    if (run === null || run.id !== runId) return fail('invalid-input', { detail: t('bulk.run.not-found') });
    if (needsExecutor(run) && !mayExecute(run, holder, now())) {
      return fail('invalid-input', { detail: t('bulk.run.elsewhere') });
    }
    switch (name) {
      case 'start':
        return run.phase === 'review' ? takeOverAndRun(run) : wrongPhase(run, name);
      case 'resume':
        return run.phase === 'paused' ? takeOverAndRun(run) : wrongPhase(run, name);
      case 'pause':
        if (run.phase !== 'running') return wrongPhase(run, name);
        return saved({ ...run, phase: 'paused', pause: 'admin', lease: null, updatedAt: iso() });
      case 'cancel':
        if (!['running', 'paused', 'review'].includes(run.phase)) return wrongPhase(run, name);
        return saved({
          ...run,
          phase: 'cancelled',
          pause: null,
          lease: null,
          updatedAt: iso(),
          rows: run.rows.map((row) => (row.state === 'pending' ? { ...row, state: 'cancelled' } : row)),
        });
      case 'retryFailed': {
        if (run.phase !== 'finished' && run.phase !== 'paused') return wrongPhase(run, name);
        if (!run.rows.some((row) => row.state === 'failed')) return fail('invalid-input', { detail: t('bulk.run.nothing-to-retry') });
        // Each failure is in the history before its row is sent again; a row whose failure could
        // not be recorded now stays failed, and the runner's first flush records it.
        await recordLeftovers(run);
        for (const row of run.rows) {
          if (row.state !== 'failed' || !row.recorded) continue;
          row.state = 'pending';
          delete row.recorded;
        }
        return takeOverAndRun(run);
      }
      case 'discard':
        if (run.phase === 'running' || run.phase === 'resolving') return wrongPhase(run, name);
        await store.remove(origin);
        return ok(run);
    }
  }

  /** Records the final rows an executor left unrecorded (in `run`, in memory); false when the history could not be written. */
  async function recordLeftovers(run: BulkRun): Promise<boolean> {
    try {
      return (await recordFinalRows(run, recorder)) > 0;
    } catch (error) {
      console.warn('Resolver MFA helper: bulk rows could not be added to the audit history.', error instanceof Error ? error.message : '');
      return false;
    }
  }

  async function saved(run: BulkRun): Promise<Result<BulkRun>> {
    await store.save(run);
    return ok(run);
  }

  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  async function resumeOnLoad(): Promise<void> {
    clearTimeout(retryTimer);
    await tabIdKnown;
    if (runner !== null || resolving !== null) return;
    const run = await store.get(origin);
    if (run === null) return;
    if (!needsExecutor(run)) {
      // A run that ended while its history could not be written has no executor to record its
      // rows: this page does. The owner check keeps a tab that resumed it meanwhile in charge.
      if (run.lease === null && (await recordLeftovers(run))) await store.save(run, owner);
      return;
    }
    if (!mayExecute(run, holder, now())) {
      // Its executor in another tab may still be alive: look again once the heartbeat would be stale.
      retryTimer = setTimeout(() => void resumeOnLoad(), msUntilStale(run, now()));
      return;
    }
    // A run the policy now refuses stays as it is: the Bulk tab says why, and it can be discarded.
    if (run.phase !== 'resolving' && (await refusedByPolicy(run)) !== null) return;
    if (run.phase === 'resolving') {
      // A dry run cut short: the looked-up rows cannot be finished without the input, and nothing was sent.
      await store.remove(origin);
      return;
    }
    // Never two executors: the lease is read again right before it is taken.
    const again = await store.get(origin);
    if (!stillUnderLease(again, run) || runner !== null) return;
    await takeOverAndRun(again);
  }

  return {
    bulkResolve: resolve,
    bulkCommand: command,
    resumeOnLoad,

    async release() {
      clearTimeout(retryTimer);
      await Promise.all([runner?.release(), resolving?.release()]);
    },
  };
}

/** A new dry run may not replace a run that is being (or may still be) resolved, run or paused. */
function blocksNewRun(run: BulkRun, nowMs: number): boolean {
  if (run.phase === 'resolving') return leaseIsLive(run, nowMs);
  return run.phase === 'running' || run.phase === 'paused';
}

function wrongPhase(run: BulkRun, command: BulkCommand): Failure {
  return fail('invalid-input', {
    detail: t('bulk.run.wrong-phase', { phase: t(`bulk.run.phase.${run.phase}`), command: t(`bulk.run.command.${command}`) }),
  });
}
