import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_TRIES } from '../bulk/retry-policy';
import { createApiClient } from '../page/api-client';
import { createFakeFetch, jsonResponse } from '../page/fake-fetch';
import { invalidRequest } from '../result';
import type { Scan } from './report-schema';
import { createReportService } from './report-service';
import { createReportStore } from './report-store';
import { scanCounts } from './scan-counts';
import { CAROL, ORIGIN, scanFor } from './test-scans';

const ORG = { id: 10, name: 'Acme Corp' };
const ME = { id: 1, first: 'Ada', last: 'Admin', email: 'admin@acme.example', isAdmin: true, currentOrg: ORG };

/** The org's 30 users; three exempt (one of them inactive), one whose mfaOptOut Resolver leaves out, one gone (404). */
const IDS = Array.from({ length: 30 }, (_, index) => 101 + index);
const EXEMPT = [105, 110, 120];
const INACTIVE = 120;
const UNREPORTED = 115;
const GONE = 125;
/** Each membership read takes this long, so a scan is still reading while the test acts on it. */
const READ_MS = 100;

const letterOf = (id: number) => (id === GONE ? '-' : id === UNREPORTED ? '?' : EXEMPT.includes(id) ? 'x' : 's');
const ALL_READ = IDS.map(letterOf).join('');

const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));
const userOf = (id: number) => ({ id, first: 'User', last: String(id), email: `u${id}@acme.example`, isActive: true });

/** Resolver's answer to one membership read, as it is when nothing goes wrong. */
function membershipOf(userId: number): Response {
  if (userId === GONE) return jsonResponse(404, { statusCode: 404, message: 'membership.not.found' });
  const body: Record<string, unknown> = { orgId: ORG.id, userId, isAdmin: false, isActive: userId !== INACTIVE };
  if (userId !== UNREPORTED) body.mfaOptOut = EXEMPT.includes(userId);
  return jsonResponse(200, body);
}

const serverError = () => jsonResponse(500, { statusCode: 500, message: 'internal.error' });

type MembershipAnswer = (userId: number, attempt: number) => Response | Promise<Response>;

/**
 * A Resolver API behind a real ApiClient: "who am I?", the user list, the users and their
 * memberships. It accepts only the tokens in `valid`, so a test ends the session by emptying it
 * and signs in again with a new token. Every membership read is logged when asked and when answered.
 */
function createServer() {
  const server = {
    token: 'session-1',
    valid: new Set(['session-1']),
    me: ME as Record<string, unknown>,
    users: IDS.map(userOf) as unknown,
    /** How long the user list takes to answer. */
    listDelayMs: 0,
    /** "Who am I?" answers 500 while true (Resolver unreachable). */
    meFails: false,
    membership: ((userId) => membershipOf(userId)) as MembershipAnswer,
  };
  const attempts = new Map<number, number>();
  const asked: { userId: number; at: number }[] = [];
  const answered: { userId: number; status: number; at: number }[] = [];
  const fake = createFakeFetch(async (request) => {
    const url = new URL(request.url);
    const member = /^\/user\/org\/(\d+)\/user\/(\d+)$/.exec(url.pathname);
    if (member) {
      const userId = Number(member[2]);
      const attempt = (attempts.get(userId) ?? 0) + 1;
      attempts.set(userId, attempt);
      asked.push({ userId, at: Date.now() });
      await after(READ_MS, null);
      const response = !server.valid.has(bearer(request.headers)) ? expired() : Number(member[1]) !== ORG.id ? notFound() : await server.membership(userId, attempt);
      answered.push({ userId, status: response.status, at: Date.now() });
      return response;
    }
    if (!server.valid.has(bearer(request.headers))) return expired();
    const path = `${url.pathname}${url.search}`;
    if (path === '/user/users/me') return server.meFails ? serverError() : jsonResponse(200, server.me);
    if (path === '/user/users') {
      if (server.listDelayMs > 0) await after(server.listDelayMs, null);
      return jsonResponse(200, { data: server.users });
    }
    const user = /^\/user\/users\/(\d+)$/.exec(url.pathname);
    if (user) return jsonResponse(200, userOf(Number(user[1])));
    return notFound();
  });
  const client = createApiClient({ origin: ORIGIN, getToken: () => server.token, fetch: fake.fetch });

  const membershipPaths = () => fake.requests.filter((request) => /^\/user\/org\//.test(new URL(request.url).pathname));
  return {
    server,
    client,
    requests: fake.requests,
    asked,
    answered,
    /** Membership GETs sent for the user. */
    readsOf: (userId: number) => membershipPaths().filter((request) => request.url.endsWith(`/user/${userId}`)).length,
    membershipReads: () => membershipPaths().length,
    /** Users whose membership was answered 200 more than once (each should be read successfully once). */
    readTwice: () => IDS.filter((id) => answered.filter((answer) => answer.userId === id && answer.status === 200).length > 1),
    /** Ends the session: Resolver answers 401 to the tab's token from now on. */
    endSession: () => server.valid.clear(),
    signInAgain: () => {
      server.token = 'session-2';
      server.valid.add('session-2');
    },
  };
}

function bearer(headers: Headers): string {
  return headers.get('Authorization')?.replace(/^bearer /i, '') ?? '';
}
const expired = () => jsonResponse(401, { statusCode: 401, message: 'token.expired' });
const notFound = () => jsonResponse(404, { statusCode: 404, message: 'not.found' });

function setUp(options: { owner?: string; tabId?: number | null; api?: ReturnType<typeof createServer> } = {}) {
  const api = options.api ?? createServer();
  const store = createReportStore();
  const service = createReportService({
    client: api.client,
    location: { origin: ORIGIN, hostname: 'acme.resolver.com' },
    store,
    owner: options.owner ?? 'tab-a',
    ownTabId: async () => options.tabId ?? null,
    random: () => 0,
  });
  return { ...api, service, store, stored: () => store.get(ORIGIN) };
}

async function started(service: ReturnType<typeof setUp>['service']): Promise<Scan> {
  const result = await service.reportStart({});
  if (!result.ok) throw new Error(`not started: ${result.kind}`);
  return result.value;
}

/** Lets (fake) time pass while `pending` waits for answers that take READ_MS, then answers it. */
async function meanwhile<T>(pending: Promise<T>, ms = READ_MS * 2): Promise<T> {
  await vi.advanceTimersByTimeAsync(ms);
  return pending;
}

/** A stored scan of IDS part-way through, as an executor left it: the first `read` users read. */
function scanningScan(read: number, lease: Scan['lease']): Scan {
  const readIds = IDS.slice(0, read);
  return scanFor({
    id: 'scan-taken',
    phase: 'scanning',
    finishedAt: null,
    lease,
    ids: IDS,
    states: IDS.map((id, index) => (index < read ? letterOf(id) : '.')).join(''),
    active: IDS.map(() => 'y').join(''),
    exempt: readIds.filter((id) => EXEMPT.includes(id)).map((id) => ({ id, name: `User ${id}`, email: `u${id}@acme.example`, active: true, admin: false, sso: null })),
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: new Date('2026-03-04T10:00:00Z'), toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('a scan', () => {
  it('lists the users, reads each membership once with GETs only, and stores the finished report', async () => {
    const { service, stored, requests, readsOf, readTwice } = setUp();
    const scan = await started(service);
    expect(scan).toMatchObject({ phase: 'scanning', org: ORG, admin: { id: 1, name: 'Ada Admin', email: 'admin@acme.example' }, environment: 'production' });
    await vi.advanceTimersByTimeAsync(2_000);

    const report = await stored();
    expect(report).toMatchObject({ id: scan.id, phase: 'finished', pause: null, lease: null, listing: { pages: 1, reportedTotal: null, complete: true } });
    expect(report?.finishedAt).not.toBeNull();
    expect(report?.ids).toEqual(IDS);
    expect(report?.states).toBe(ALL_READ);
    expect(report?.active[IDS.indexOf(INACTIVE)]).toBe('n');
    expect(report?.exempt.map((user) => user.id).toSorted()).toEqual(EXEMPT);
    expect(report?.exempt.find((user) => user.id === INACTIVE)).toEqual({ id: 120, name: 'User 120', email: 'u120@acme.example', active: false, admin: false, sso: null });
    expect(report && scanCounts(report)).toEqual({
      users: 29,
      activeUsers: 28,
      read: 29,
      pending: 0,
      exempt: 3,
      activeExempt: 2,
      unreported: 1,
      failed: 0,
      gone: 1,
    });
    expect(requests.every((request) => request.method === 'GET')).toBe(true);
    expect(IDS.every((id) => readsOf(id) === 1)).toBe(true);
    expect(readTwice()).toEqual([]);
  });

  it('refuses a non-admin before listing anyone, and stores nothing', async () => {
    const { service, server, stored, requests } = setUp();
    server.me = { ...ME, isAdmin: false };
    await expect(service.reportStart({})).resolves.toEqual({ ok: false, kind: 'forbidden' });
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(stored()).resolves.toBeNull();
    expect(requests.map((request) => new URL(request.url).pathname)).toEqual(['/user/users/me']);
  });

  it('refuses a second scan while one is running', async () => {
    const { service } = setUp();
    await started(service);
    await expect(service.reportStart({})).resolves.toMatchObject({ ok: false, kind: 'invalid-input' });
  });

  it('fails (and says why) when the user list cannot be read', async () => {
    const { service, server, stored } = setUp();
    server.users = 'not a list';
    // An answer it cannot read counts as a server error: tried MAX_TRIES times with backoff (1+2+4+8 s).
    await meanwhile(service.reportStart({}), 20_000);
    await expect(stored()).resolves.toMatchObject({ phase: 'failed', lease: null, failure: { ok: false, kind: 'server' }, ids: [] });
  });
});

describe('retries', () => {
  it('waits out a 429 for the whole scan, then reads that user again and finishes with everyone read once', async () => {
    const { service, server, stored, asked, answered, readsOf, readTwice } = setUp();
    server.membership = (userId, attempt) =>
      userId === 110 && attempt === 1
        ? new Response(JSON.stringify({ statusCode: 429, message: 'too.many.requests' }), { status: 429, headers: { 'Retry-After': '10' } })
        : membershipOf(userId);
    await started(service);
    await vi.advanceTimersByTimeAsync(15_000);

    await expect(stored()).resolves.toMatchObject({ phase: 'finished', states: ALL_READ });
    const limitedAt = answered.find((answer) => answer.status === 429)?.at ?? Number.NaN;
    // Nothing is asked for the Retry-After's 10 s (the reads already in flight are answered meanwhile;
    // a read ending at the same instant as the 429 may still have asked for the next user)…
    expect(asked.filter((ask) => ask.at > limitedAt && ask.at < limitedAt + 10_000)).toEqual([]);
    // …then the scan goes on, user 110 included.
    expect(asked.filter((ask) => ask.at >= limitedAt + 10_000).map((ask) => ask.userId)).toContain(110);
    expect(readsOf(110)).toBe(2);
    expect(readTwice()).toEqual([]);
  });

  it('reads a user after two server errors, backing off between tries', async () => {
    const { service, server, stored, readsOf } = setUp();
    server.membership = (userId, attempt) => (userId === 110 && attempt <= 2 ? serverError() : membershipOf(userId));
    await started(service);
    await vi.advanceTimersByTimeAsync(1_500);
    // Tries 1 and 2 failed; the backoff (1 s, then 2 s) holds the third back.
    expect(readsOf(110)).toBe(2);
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(stored()).resolves.toMatchObject({ phase: 'finished', states: ALL_READ });
    expect(readsOf(110)).toBe(3);
  });

  it('marks a user failed (!) after every try failed, and retryFailed reads only that user again', async () => {
    const { service, server, stored, readsOf, membershipReads } = setUp();
    let broken = true;
    server.membership = (userId) => (userId === 110 && broken ? serverError() : membershipOf(userId));
    const scan = await started(service);
    await vi.advanceTimersByTimeAsync(30_000);

    const failedAt = IDS.indexOf(110);
    const report = await stored();
    expect(report).toMatchObject({ phase: 'finished', lease: null });
    expect(report?.states[failedAt]).toBe('!');
    expect(report?.exempt.map((user) => user.id)).not.toContain(110);
    expect(report && scanCounts(report)).toMatchObject({ failed: 1, exempt: 2 });
    expect(readsOf(110)).toBe(MAX_TRIES);

    broken = false;
    const before = membershipReads();
    await expect(service.reportCommand({ scanId: scan.id, command: 'retryFailed' })).resolves.toMatchObject({ ok: true });
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(stored()).resolves.toMatchObject({ phase: 'finished', states: ALL_READ });
    expect(membershipReads() - before).toBe(1);
    expect(readsOf(110)).toBe(MAX_TRIES + 1);
  });

  it('answers retryFailed with nothing to retry when every user was read', async () => {
    const { service } = setUp();
    const scan = await started(service);
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(service.reportCommand({ scanId: scan.id, command: 'retryFailed' })).resolves.toMatchObject({ ok: false, kind: 'invalid-input' });
  });
});

describe('pausing', () => {
  it('pauses on a 401 mid-scan, and a resume once signed in again finishes without reading anyone read before', async () => {
    const api = createServer();
    const { service, stored, answered, readsOf, readTwice, membershipReads } = setUp({ api });
    api.server.membership = (userId) => {
      if (userId === 115) {
        api.endSession();
        return expired();
      }
      return membershipOf(userId);
    };
    const scan = await started(service);
    await vi.advanceTimersByTimeAsync(3_000);

    const paused = await stored();
    expect(paused).toMatchObject({ phase: 'paused', pause: 'session', lease: null });
    const readBefore = new Set(answered.filter((answer) => answer.status === 200).map((answer) => answer.userId));
    expect(readBefore.size).toBeGreaterThan(0);
    expect(paused?.states).toContain('.');
    // Paused means nothing more is asked, however long it stays paused.
    const readsWhilePaused = membershipReads();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(membershipReads()).toBe(readsWhilePaused);

    api.signInAgain();
    api.server.membership = (userId) => membershipOf(userId);
    await expect(service.reportCommand({ scanId: scan.id, command: 'resume' })).resolves.toMatchObject({ ok: true });
    await vi.advanceTimersByTimeAsync(3_000);

    await expect(stored()).resolves.toMatchObject({ phase: 'finished', states: ALL_READ, lease: null });
    expect([...readBefore].every((id) => readsOf(id) === 1)).toBe(true);
    expect(readTwice()).toEqual([]);
  });

  it('pauses and resumes on command, each user read successfully once', async () => {
    const { service, stored, membershipReads, readTwice } = setUp();
    const scan = await started(service);
    await vi.advanceTimersByTimeAsync(250);
    await expect(service.reportCommand({ scanId: scan.id, command: 'pause' })).resolves.toMatchObject({ ok: true, value: { phase: 'paused', pause: 'admin' } });
    await vi.advanceTimersByTimeAsync(1_000);
    const paused = await stored();
    expect(paused).toMatchObject({ phase: 'paused', pause: 'admin', lease: null });
    expect(paused?.states).toContain('.');
    const readsWhilePaused = membershipReads();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(membershipReads()).toBe(readsWhilePaused);

    await expect(service.reportCommand({ scanId: scan.id, command: 'resume' })).resolves.toMatchObject({ ok: true });
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(stored()).resolves.toMatchObject({ phase: 'finished', states: ALL_READ });
    expect(readTwice()).toEqual([]);
  });

  it.each(['pause', 'cancel'] as const)('keeps a scan stopped by %s while the users were still being listed', async (command) => {
    const api = createServer();
    api.server.listDelayMs = 1_000;
    const { service, stored, membershipReads } = setUp({ api });
    const starting = service.reportStart({});
    await vi.advanceTimersByTimeAsync(100);
    const listing = await stored();
    expect(listing).toMatchObject({ phase: 'listing' });
    const stopped = command === 'pause' ? { phase: 'paused', pause: 'admin' } : { phase: 'cancelled', pause: null };
    await expect(service.reportCommand({ scanId: listing?.id ?? '', command })).resolves.toMatchObject({ ok: true, value: stopped });
    // The list answers after the command: the scan must not go on to read memberships.
    await vi.advanceTimersByTimeAsync(3_000);
    await starting;
    await expect(stored()).resolves.toMatchObject({ ...stopped, lease: null });
    expect(membershipReads()).toBe(0);
  });
});

describe('cancelling and discarding', () => {
  it('cancels: nothing more is read, the report stays with what was read, and a new scan may start', async () => {
    const { service, stored, membershipReads } = setUp();
    const scan = await started(service);
    await vi.advanceTimersByTimeAsync(250);
    await expect(service.reportCommand({ scanId: scan.id, command: 'cancel' })).resolves.toMatchObject({ ok: true, value: { phase: 'cancelled' } });
    await vi.advanceTimersByTimeAsync(1_000);
    const cancelled = await stored();
    expect(cancelled).toMatchObject({ phase: 'cancelled', lease: null });
    expect(cancelled?.states).toMatch(/^[sx?]+\.+$/);
    const reads = membershipReads();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(membershipReads()).toBe(reads);

    await expect(service.reportStart({})).resolves.toMatchObject({ ok: true, value: { phase: 'scanning' } });
    const next = await stored();
    expect(next?.id).not.toBe(scan.id);
  });

  it('refuses to discard a running scan (which goes on), and discards it once finished', async () => {
    const { service, stored } = setUp();
    const scan = await started(service);
    await vi.advanceTimersByTimeAsync(150);
    await expect(service.reportCommand({ scanId: scan.id, command: 'discard' })).resolves.toMatchObject({ ok: false, kind: 'invalid-input' });
    await expect(stored()).resolves.toMatchObject({ id: scan.id, phase: 'scanning' });
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(stored()).resolves.toMatchObject({ id: scan.id, phase: 'finished' });
    await expect(service.reportCommand({ scanId: scan.id, command: 'discard' })).resolves.toMatchObject({ ok: true });
    await expect(stored()).resolves.toBeNull();
  });

  it('answers not-found for a scan id that is not this origin’s', async () => {
    const { service, store } = setUp();
    await store.save(scanFor());
    await expect(service.reportCommand({ scanId: 'another', command: 'discard' })).resolves.toMatchObject({ ok: false, kind: 'invalid-input' });
    await expect(store.get(ORIGIN)).resolves.not.toBeNull();
  });
});

describe('reading one user again (recheck)', () => {
  it('turns an opted-in user of a stored report from exempt to subject and removes their row', async () => {
    const { service, server, store, stored, requests } = setUp();
    // scanFor: users 1, 2, 3, Carol (4) exempt, 7 exempt; org 10.
    await store.save(scanFor());
    server.membership = (userId) => jsonResponse(200, { mfaOptOut: userId !== CAROL.id, isActive: true, isAdmin: false });
    const result = await meanwhile(service.reportCommand({ scanId: 'scan-1', command: 'recheck', userId: CAROL.id }));
    expect(result).toMatchObject({ ok: true, value: { states: 'ss?sx' } });
    const report = await stored();
    expect(report).toMatchObject({ phase: 'finished', states: 'ss?sx' });
    expect(report?.exempt.map((user) => user.id)).toEqual([7]);
    expect(requests.every((request) => request.method === 'GET')).toBe(true);
  });

  it('updates a report this tab has just finished scanning', async () => {
    const { service, server, stored } = setUp();
    const scan = await started(service);
    await vi.advanceTimersByTimeAsync(2_000);
    server.membership = (userId) => (userId === 105 ? jsonResponse(200, { mfaOptOut: false, isActive: true }) : membershipOf(userId));
    await meanwhile(service.reportCommand({ scanId: scan.id, command: 'recheck', userId: 105 }));
    const report = await stored();
    expect(report?.states[IDS.indexOf(105)]).toBe('s');
    expect(report?.exempt.map((user) => user.id).toSorted()).toEqual([110, 120]);
  });

  it('updates a scan still running, which keeps its recheck', async () => {
    const { service, server, stored } = setUp();
    const scan = await started(service);
    // Users 105–108 are read in the second round (100–200 ms).
    await vi.advanceTimersByTimeAsync(250);
    server.membership = (userId) => (userId === 105 ? jsonResponse(200, { mfaOptOut: false, isActive: true }) : membershipOf(userId));
    const result = await meanwhile(service.reportCommand({ scanId: scan.id, command: 'recheck', userId: 105 }));
    expect(result.ok && result.value.states[IDS.indexOf(105)]).toBe('s');
    await vi.advanceTimersByTimeAsync(2_000);
    const report = await stored();
    expect(report).toMatchObject({ phase: 'finished' });
    expect(report?.states[IDS.indexOf(105)]).toBe('s');
    expect(report?.exempt.map((user) => user.id).toSorted()).toEqual([110, 120]);
  });

  it('answers the read’s failure and leaves the report as it was', async () => {
    const { service, server, store, stored } = setUp();
    await store.save(scanFor());
    server.membership = () => serverError();
    await expect(meanwhile(service.reportCommand({ scanId: 'scan-1', command: 'recheck', userId: CAROL.id }))).resolves.toMatchObject({ ok: false, kind: 'server' });
    await expect(stored()).resolves.toEqual(scanFor());
  });
});

describe('taking a scan over (resumeOnLoad)', () => {
  const heartbeatAgo = (ms: number) => new Date(Date.now() - ms).toISOString();

  it('takes over at once a scan its own tab’s earlier page left, keeping what was read', async () => {
    const { service, store, stored, readsOf, membershipReads } = setUp({ owner: 'tab-b', tabId: 7 });
    await store.save(scanningScan(10, { owner: 'tab-a', tabId: 7, heartbeatAt: heartbeatAgo(0) }));
    await service.resumeOnLoad();
    await vi.advanceTimersByTimeAsync(2_000);

    const report = await stored();
    expect(report).toMatchObject({ id: 'scan-taken', phase: 'finished', states: ALL_READ, lease: null });
    expect(report?.exempt.map((user) => user.id).toSorted()).toEqual(EXEMPT);
    // Only the 20 users not read before were asked.
    expect(membershipReads()).toBe(20);
    expect(IDS.slice(0, 10).every((id) => readsOf(id) === 0)).toBe(true);
  });

  it('pauses a taken-over scan while “who am I?” fails, keeping what was read, and a Resume finishes it', async () => {
    const { service, server, store, stored, membershipReads } = setUp({ owner: 'tab-b', tabId: 7 });
    await store.save(scanningScan(10, { owner: 'tab-a', tabId: 7, heartbeatAt: heartbeatAgo(0) }));
    server.meFails = true;
    await service.resumeOnLoad();
    await vi.advanceTimersByTimeAsync(2_000);
    const paused = await stored();
    expect(paused).toMatchObject({ phase: 'paused', pause: 'unreachable', lease: null, states: scanningScan(10, null).states });
    expect(membershipReads()).toBe(0);

    server.meFails = false;
    const resumed = service.reportCommand({ scanId: 'scan-taken', command: 'resume' });
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(resumed).resolves.toMatchObject({ ok: true });
    await expect(stored()).resolves.toMatchObject({ phase: 'finished', states: ALL_READ });
    expect(membershipReads()).toBe(20);
  });

  it('takes over a scan whose executor’s heartbeat is stale', async () => {
    const { service, store, stored, membershipReads } = setUp({ owner: 'tab-b', tabId: 8 });
    await store.save(scanningScan(10, { owner: 'tab-a', tabId: 7, heartbeatAt: heartbeatAgo(60_000) }));
    await service.resumeOnLoad();
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(stored()).resolves.toMatchObject({ phase: 'finished', states: ALL_READ });
    expect(membershipReads()).toBe(20);
  });

  it('leaves a live executor in another tab alone, and takes over once its heartbeat goes stale', async () => {
    const { service, store, stored, membershipReads } = setUp({ owner: 'tab-b', tabId: 8 });
    await store.save(scanningScan(10, { owner: 'tab-a', tabId: 7, heartbeatAt: heartbeatAgo(0) }));
    await service.resumeOnLoad();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(membershipReads()).toBe(0);
    await expect(stored()).resolves.toMatchObject({ phase: 'scanning', lease: { owner: 'tab-a' } });
    await vi.advanceTimersByTimeAsync(6_000);
    await expect(stored()).resolves.toMatchObject({ phase: 'finished', states: ALL_READ });
    expect(membershipReads()).toBe(20);
  });

  it('does nothing with a finished report', async () => {
    const { service, store, stored, requests } = setUp({ owner: 'tab-b' });
    await store.save(scanFor());
    await service.resumeOnLoad();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(requests).toEqual([]);
    await expect(stored()).resolves.toEqual(scanFor());
  });
});

describe('malformed requests', () => {
  it.each([null, 'pause', {}, { scanId: '', command: 'pause' }, { scanId: 'scan-1', command: 'explode' }, { scanId: 'scan-1', command: 'recheck' }, { scanId: 'scan-1', command: 'recheck', userId: -4 }])(
    'answers invalid-input to the command %j without asking Resolver',
    async (request) => {
      const { service, requests } = setUp();
      await expect(service.reportCommand(request as never)).resolves.toEqual(invalidRequest());
      expect(requests).toEqual([]);
    },
  );

  it('answers invalid-input to a start request that is not an object', async () => {
    const { service, requests } = setUp();
    await expect(service.reportStart('go' as never)).resolves.toEqual(invalidRequest());
    expect(requests).toEqual([]);
  });
});
