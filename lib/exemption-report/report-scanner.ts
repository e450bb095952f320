/**
 * Executes one exemption scan in the Resolver tab's content script: confirms who the tab is signed
 * in as, lists the org's users (again, on a resumed scan: users listed since are added, users gone
 * are dropped, every state already read is kept), then reads each pending user's membership at the
 * scan's concurrency with the bulk runs' retry policy (429 waits for the whole scan, 5xx and
 * network failures back off, 401/403/503 maintenance pause it). Reads only.
 *
 * Per user the work is constant and the memory flat: states are letters in arrays, joined only
 * when saved; of the users, only the exempt ones are kept with their details.
 */
import { outcomeOf } from '../audit/action-record';
import { HEARTBEAT_MS, leaseFor } from '../bulk/lease';
import { createRateGate, verdictFor } from '../bulk/retry-policy';
import type { ApiClient } from '../page/api-client';
import { readMembership } from '../page/membership';
import { orgOf } from '../page/who-am-i';
import type { MembershipState, Result, UserSummary } from '../protocol';
import type { Me } from '../resolver/schemas';
import { ok } from '../result';
import { listOrgUsers } from './list-org-users';
import type { ReportStore } from './report-store';
import { USER_STATE, type ActiveState, type Scan, type ScanPauseReason, type UserState } from './report-schema';
import { activeOf, exemptUserOf, isActiveFrom, stateOf } from './scan-letters';

/** Progress is saved at most this often while reading (and at every phase change). */
export const SCAN_SAVE_INTERVAL_MS = 500;

export interface ScannerDeps {
  client: ApiClient;
  whoAmI: () => Promise<Result<Me>>;
  store: ReportStore;
  owner: string;
  tabId: number | null;
  concurrency: number;
  /** The scan no longer needs this executor (paused, cancelled, finished, failed, or taken over). */
  onEnd: () => void;
  now?: () => number;
  random?: () => number;
  saveIntervalMs?: number;
}

export interface ReportScanner {
  readonly scan: Scan;
  /** Settles once the scanner has ended. */
  readonly ended: Promise<void>;
  /** Confirms the session, lists the users and reads every pending membership. */
  start(): Promise<Result<Scan>>;
  pause(): Promise<Scan>;
  cancel(): Promise<Scan>;
  /** Applies a membership read elsewhere (a recheck) to the scan in memory. */
  apply(userId: number, membership: MembershipState, user?: UserSummary): void;
  /** Saves and releases the lease (pagehide). */
  release(): Promise<void>;
}

type Verdict = ReturnType<typeof verdictFor>;

export function createReportScanner(initial: Scan, deps: ScannerDeps): ReportScanner {
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const iso = () => new Date(now()).toISOString();
  const holder = { owner: deps.owner, tabId: deps.tabId };
  const gate = createRateGate(now);
  let scan: Scan = { ...initial, lease: leaseFor(holder, now()) };
  let states: UserState[] = [...scan.states] as UserState[];
  let active: ActiveState[] = [...scan.active] as ActiveState[];
  const indexOf = new Map(scan.ids.map((id, index) => [id, index]));
  let exempt = new Map(scan.exempt.map((user) => [user.id, user]));
  /** Details of the listed users, for the ones found exempt. */
  let listed = new Map<number, UserSummary>();
  let queue: number[] = [];
  let inFlight = 0;
  let lost = false;
  let ending = false;
  let finishEnded: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => (finishEnded = resolve));

  // Saving: at most every interval while reading, at once on flush; a save that finds another
  // owner's lease means another tab took the scan over, and this one stops.
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  function snapshot(): Scan {
    scan = { ...scan, states: states.join(''), active: active.join(''), exempt: [...exempt.values()], updatedAt: iso() };
    return scan;
  }
  function save(): Promise<void> {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    const copy = snapshot();
    writing = writing
      .then(async () => {
        if (lost) return;
        if (!(await deps.store.save(copy, deps.owner))) {
          lost = true;
          void end();
        }
      })
      // A save that failed (storage full, say) must not stop the scan: the next one writes it all.
      .catch((error: unknown) => {
        console.warn('Resolver MFA helper: the exemption scan could not be saved.', error instanceof Error ? error.message : '');
      });
    return writing;
  }
  function changed(): void {
    saveTimer ??= setTimeout(() => void save(), deps.saveIntervalMs ?? SCAN_SAVE_INTERVAL_MS);
  }
  const heartbeat = setInterval(() => {
    scan.lease = leaseFor(holder, now());
    changed();
  }, HEARTBEAT_MS);

  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  const reading = () => scan.phase === 'scanning' && !lost;

  /** One GET with the retry policy; a pause verdict (or the scan no longer reading) ends it. */
  async function withRetries<T>(request: () => Promise<Result<T>>): Promise<{ result: Result<T>; verdict: Verdict } | null> {
    let tries = 0;
    for (;;) {
      while (gate.remainingMs() > 0) await sleep(gate.remainingMs());
      if (lost || !(scan.phase === 'scanning' || scan.phase === 'listing')) return null;
      tries += 1;
      const result = await request();
      const verdict = verdictFor(result, tries, random);
      if (verdict.kind === 'rate-limited') {
        // Waiting is not the request's fault: a 429 does not use up its tries.
        tries -= 1;
        gate.closeFor(verdict.waitMs);
        continue;
      }
      if (verdict.kind === 'retry') {
        await sleep(verdict.waitMs);
        continue;
      }
      return { result, verdict };
    }
  }

  async function pauseFor(reason: ScanPauseReason): Promise<void> {
    if (scan.phase === 'paused' || scan.phase === 'cancelled') return;
    scan = { ...scan, phase: 'paused', pause: reason };
    await save();
    await settle();
  }

  function apply(userId: number, membership: MembershipState, user?: UserSummary): void {
    const index = indexOf.get(userId);
    if (index === undefined) return;
    const details = user ?? listed.get(userId);
    states[index] = stateOf(membership);
    active[index] = activeOf(isActiveFrom(membership, details));
    if (states[index] === USER_STATE.exempt) exempt.set(userId, exemptUserOf(userId, membership, details, exempt.get(userId)));
    else exempt.delete(userId);
    changed();
  }

  async function readOne(index: number): Promise<void> {
    const userId = scan.ids[index] as number;
    const read = await withRetries(() => readMembership(deps.client, scan.org.id, userId));
    if (read === null) return;
    const { result, verdict } = read;
    if (result.ok) return apply(userId, result.value);
    if (verdict.kind === 'pause') {
      // Read again on resume.
      queue.push(index);
      return pauseFor(verdict.reason);
    }
    states[index] = result.kind === 'not-found' ? USER_STATE.gone : USER_STATE.failed;
    exempt.delete(userId);
    changed();
  }

  function pump(): void {
    while (reading() && inFlight < deps.concurrency && queue.length > 0) {
      const index = queue.shift() as number;
      inFlight += 1;
      void readOne(index).finally(() => {
        inFlight -= 1;
        pump();
        void settle();
      });
    }
    void settle();
  }

  /** Ends once nothing is in flight and the scan no longer reads. */
  async function settle(): Promise<void> {
    if (inFlight > 0 || lost) return;
    if (reading() && queue.length === 0) scan = { ...scan, phase: 'finished', finishedAt: iso() };
    if (scan.phase === 'scanning' || scan.phase === 'listing') return;
    await end();
  }

  async function end(): Promise<void> {
    if (ending) return;
    ending = true;
    clearInterval(heartbeat);
    if (!lost) {
      scan.lease = null;
      await save();
    }
    await writing;
    deps.onEnd();
    finishEnded();
  }

  /** Merges a fresh listing: states already read are kept by id; new users are pending. */
  function takeListing(users: readonly UserSummary[]): void {
    const before = new Map(scan.ids.map((id, index) => [id, { state: states[index], active: active[index] }]));
    listed = new Map(users.map((user) => [user.id, user]));
    const ids = users.map((user) => user.id);
    states = ids.map((id) => before.get(id)?.state ?? USER_STATE.pending) as UserState[];
    active = users.map((user) => before.get(user.id)?.active ?? activeOf(user.isActive)) as ActiveState[];
    indexOf.clear();
    ids.forEach((id, index) => indexOf.set(id, index));
    exempt = new Map([...exempt].filter(([id]) => indexOf.has(id)));
    scan = { ...scan, ids };
    queue = ids.flatMap((_, index) => (states[index] === USER_STATE.pending ? [index] : []));
  }

  async function start(): Promise<Result<Scan>> {
    const me = await deps.whoAmI();
    // Paused or cancelled (or taken over) meanwhile: this scanner has ended, and must not go on.
    if (ending) return ok(snapshot());
    if (!me.ok) {
      // Nothing is read without knowing who reads: the scan waits, paused with the reason, for the
      // admin's Resume (a scan taken over after a reload keeps everything it had read).
      const verdict = verdictFor(me, 1, random);
      const reason = verdict.kind === 'pause' ? verdict.reason : 'unreachable';
      scan = { ...scan, phase: 'paused', pause: reason };
      await save();
      await settle();
      return reason === 'unreachable' ? me : ok(snapshot());
    }
    if (me.value.id !== scan.admin.id || orgOf(me.value)?.id !== scan.org.id) {
      await pauseFor('other-session');
      return ok(snapshot());
    }
    scan = { ...scan, phase: 'listing', pause: null, failure: undefined };
    await save();
    const listing = await withRetries(() => listOrgUsers(deps.client, { origin: scan.origin }));
    // Paused or cancelled while the list was read: the listing is dropped (a resume lists again).
    if (listing === null || ending) return ok(snapshot());
    const { result, verdict } = listing;
    if (!result.ok) {
      if (verdict.kind === 'pause') await pauseFor(verdict.reason);
      else {
        scan = { ...scan, phase: 'failed', failure: outcomeOf(result) };
        await end();
      }
      return ok(snapshot());
    }
    takeListing(result.value.users);
    scan = { ...scan, phase: 'scanning', listing: result.value.listing };
    await save();
    pump();
    return ok(snapshot());
  }

  return {
    get scan() {
      return snapshot();
    },
    ended,
    start,
    apply,
    async pause() {
      await pauseFor('admin');
      return snapshot();
    },
    async cancel() {
      queue = [];
      scan = { ...scan, phase: 'cancelled', pause: null };
      await save();
      await settle();
      return snapshot();
    },
    async release() {
      scan.lease = null;
      await save();
    },
  };
}
