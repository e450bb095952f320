/**
 * The exemption report's side of a Resolver tab's content script (the ReportBridge): starting a
 * scan, its commands, and taking over a scan whose executor is gone (the tab was reloaded or
 * closed mid-scan). The scan goes on in the tab whether or not the popup stays open.
 *
 * Every method validates its input itself: the same service answers extension messages (the
 * popup, the options page) and direct calls (the in-page panel).
 */
import { leaseFor, leaseIsLive, mayExecute, msUntilStale, randomId, stillUnderLease, type LeaseHolder } from '../bulk/lease';
import { t } from '../i18n';
import { NO_RESTRICTIONS, type Restrictions } from '../policy/effective-settings';
import { environmentAllowed, policyFailure } from '../policy/policy-rules';
import type { ApiClient } from '../page/api-client';
import { readMembership } from '../page/membership';
import { toUserSummary } from '../page/user-summary';
import { orgOf, whoAmI } from '../page/who-am-i';
import type { Failure, Result } from '../protocol';
import { BULK_CONCURRENCY, ENDPOINTS, environmentOf } from '../resolver/knowledge';
import { ResolverUserSchema } from '../resolver/schemas';
import { fail, invalidRequest, ok } from '../result';
import { endpointPath } from '../page/endpoint-path';
import type { ReportBridge } from './report-bridge';
import { createReportScanner, type ReportScanner } from './report-scanner';
import { ReportRequestSchemas, USER_STATE, type ReportCommand, type Scan } from './report-schema';
import type { ReportStore } from './report-store';
import { withMembership } from './scan-letters';

export interface ReportServiceOptions {
  client: ApiClient;
  location: Pick<Location, 'origin' | 'hostname'>;
  store: ReportStore;
  /** This content script's tab id, as the background read it from the message's sender; null when unknown. */
  ownTabId?: () => Promise<number | null>;
  owner?: string;
  now?: () => number;
  random?: () => number;
  saveIntervalMs?: number;
  /** The organisation's policy: a scan reads a whole org's users, so only where the helper may act. */
  restrictions?: () => Promise<Restrictions>;
}

export interface ReportService extends ReportBridge {
  /** On content-script start: takes over this origin's scan if its executor is gone, now or once its lease goes stale. */
  resumeOnLoad(): Promise<void>;
  /** On pagehide: saves and releases the lease, so the reloaded tab takes over at once. */
  release(): Promise<void>;
}

/** Phases in which a scan has (or needs) an executor. */
export function scanNeedsExecutor(scan: Scan): boolean {
  return scan.phase === 'listing' || scan.phase === 'scanning';
}

export function createReportService(options: ReportServiceOptions): ReportService {
  const { client, location, store } = options;
  const origin = location.origin;
  const now = options.now ?? Date.now;
  const iso = () => new Date(now()).toISOString();
  const holder: LeaseHolder = { owner: options.owner ?? randomId(), tabId: null };
  const tabIdKnown = (options.ownTabId?.() ?? Promise.resolve(null))
    .catch(() => null)
    .then((tabId) => {
      holder.tabId = tabId;
    });
  let scanner: ReportScanner | null = null;

  async function execute(scan: Scan): Promise<Result<Scan>> {
    const started = createReportScanner(scan, {
      client,
      whoAmI: () => whoAmI(client),
      store,
      owner: holder.owner,
      tabId: holder.tabId,
      concurrency: BULK_CONCURRENCY,
      onEnd: () => {
        if (scanner === started) scanner = null;
      },
      now,
      random: options.random,
      saveIntervalMs: options.saveIntervalMs,
    });
    scanner = started;
    // The lease is taken first. No compare-and-set in extension storage: written without an owner
    // check (the caller read the stored lease just before); the scanner stops if a later save finds
    // someone else's lease. Without this, a take-over's first owner-checked save finds the gone
    // executor's lease and the scanner gives up at once.
    await store.save(started.scan);
    return started.start();
  }

  /** The stored scan, with a specific failure when it is not `scanId` or another tab executes it. */
  async function storedScan(scanId: string): Promise<Result<Scan>> {
    const scan = await store.get(origin);
    if (scan === null || scan.id !== scanId) return fail('invalid-input', { detail: t('exemption.run.not-found') });
    if (scanNeedsExecutor(scan) && !mayExecute(scan, holder, now())) return fail('invalid-input', { detail: t('exemption.run.elsewhere') });
    return ok(scan);
  }

  async function start(request: unknown): Promise<Result<Scan>> {
    if (!ReportRequestSchemas.reportStart.safeParse(request).success) return invalidRequest();
    if (!environmentAllowed(await (options.restrictions ?? (async () => NO_RESTRICTIONS))(), location.hostname)) {
      return policyFailure('environment', location.hostname);
    }
    await tabIdKnown;
    const stored = await store.get(origin);
    if (scanner !== null || (stored !== null && scanNeedsExecutor(stored) && leaseIsLive(stored, now()))) {
      return fail('invalid-input', { detail: t('exemption.run.busy') });
    }
    const me = await whoAmI(client);
    if (!me.ok) return me;
    if (me.value.isAdmin !== true) return fail('forbidden');
    const org = orgOf(me.value);
    if (org === null) return fail('server', { detail: t('exemption.run.no-org') });
    const admin = toUserSummary(me.value);
    const scan: Scan = {
      id: randomId(),
      origin,
      environment: environmentOf(location.hostname),
      admin: { id: admin.id, name: admin.name, email: admin.email },
      org,
      phase: 'listing',
      pause: null,
      createdAt: iso(),
      updatedAt: iso(),
      finishedAt: null,
      lease: leaseFor(holder, now()),
      listing: null,
      ids: [],
      states: '',
      active: '',
      exempt: [],
    };
    await store.save(scan);
    return execute(scan);
  }

  async function recheck(scanId: string, userId: number): Promise<Result<Scan>> {
    const active = scanner;
    const scan = active?.scan.id === scanId ? active.scan : await storedScan(scanId).then((found) => (found.ok ? found.value : found));
    if ('ok' in scan) return scan;
    const [membership, user] = await Promise.all([
      readMembership(client, scan.org.id, userId),
      client.get(endpointPath(ENDPOINTS.user, { id: userId })),
    ]);
    if (!membership.ok) return membership;
    const parsedUser = user.ok ? ResolverUserSchema.safeParse(user.value.body) : null;
    const summary = parsedUser?.success ? toUserSummary(parsedUser.data) : undefined;
    if (active?.scan.id === scanId) {
      active.apply(userId, membership.value, summary);
      return ok(active.scan);
    }
    // A scan no tab executes (finished, paused or cancelled): updated in storage directly.
    return saved({ ...withMembership(scan, userId, membership.value, summary), updatedAt: iso() });
  }

  async function command(request: unknown): Promise<Result<Scan>> {
    const parsed = ReportRequestSchemas.reportCommand.safeParse(request);
    if (!parsed.success) return invalidRequest();
    await tabIdKnown;
    const order: ReportCommand = parsed.data;
    if (order.command === 'recheck') return recheck(order.scanId, order.userId);
    const active = scanner;
    if (active !== null && active.scan.id === order.scanId) {
      if (order.command === 'pause') return ok(await active.pause());
      if (order.command === 'cancel') return ok(await active.cancel());
      // Still listing or reading: no other command applies (waiting for its end would hold the
      // answer until the whole scan is done, then act on a finished scan).
      if (scanNeedsExecutor(active.scan)) return wrongPhase(active.scan);
      // Paused or cancelled, with reads still in flight: act on the scan once they have ended.
      await active.ended;
    }
    const found = await storedScan(order.scanId);
    if (!found.ok) return found;
    const scan = found.value;
    switch (order.command) {
      case 'resume':
        return scan.phase === 'paused' ? execute(scan) : wrongPhase(scan);
      case 'retryFailed': {
        if (scan.phase !== 'finished' && scan.phase !== 'paused') return wrongPhase(scan);
        if (!scan.states.includes(USER_STATE.failed)) return fail('invalid-input', { detail: t('exemption.run.nothing-to-retry') });
        return execute({ ...scan, states: scan.states.replaceAll(USER_STATE.failed, USER_STATE.pending), finishedAt: null });
      }
      case 'pause':
      case 'cancel':
        return scanNeedsExecutor(scan) || scan.phase === 'paused'
          ? saved({ ...scan, phase: order.command === 'pause' ? 'paused' : 'cancelled', pause: order.command === 'pause' ? 'admin' : null, lease: null, updatedAt: iso() })
          : wrongPhase(scan);
      case 'discard':
        if (scanNeedsExecutor(scan)) return wrongPhase(scan);
        await store.remove(origin);
        return ok(scan);
    }
  }

  async function saved(scan: Scan): Promise<Result<Scan>> {
    await store.save(scan);
    return ok(scan);
  }

  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  async function resumeOnLoad(): Promise<void> {
    clearTimeout(retryTimer);
    await tabIdKnown;
    if (scanner !== null) return;
    const scan = await store.get(origin);
    if (scan === null || !scanNeedsExecutor(scan)) return;
    if (!mayExecute(scan, holder, now())) {
      // Its executor in another tab may still be alive: look again once the heartbeat would be stale.
      retryTimer = setTimeout(() => void resumeOnLoad(), msUntilStale(scan, now()));
      return;
    }
    // Never two executors: the lease is read again right before it is taken.
    const again = await store.get(origin);
    if (!stillUnderLease(again, scan) || scanner !== null) return;
    await execute(again);
  }

  return {
    reportStart: start,
    reportCommand: command,
    resumeOnLoad,
    async release() {
      clearTimeout(retryTimer);
      await scanner?.release();
    },
  };
}

function wrongPhase(scan: Scan): Failure {
  return fail('invalid-input', { detail: t('exemption.run.wrong-phase', { phase: t(`exemption.phase.${scan.phase}`) }) });
}
