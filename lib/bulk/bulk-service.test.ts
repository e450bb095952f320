// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://acme.resolver.com/home"}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAuditStore } from '../audit/audit-store';
import { t } from '../i18n';
import { createRememberedDescriptionStore } from '../page/description/remembered-descriptions';
import { createFakeFetch, emptyResponse, jsonResponse, type SentRequest } from '../page/fake-fetch';
import { createPageServices } from '../page/page-services';
import { RESOLVER_HOME } from '../page/swagger-fixtures';
import { createBulkService } from './bulk-service';
import { createBulkStore } from './bulk-store';
import { restrictionsOf } from '../policy/effective-settings';
import { parsePolicy } from '../policy/policy-schema';
import { bulkRunFor, finalRow, readyRow } from './test-runs';

const ORIGIN = 'https://acme.resolver.com';
const TOKEN = 'session-token-value-bulk';
const ME = { id: 1, first: 'Ada', last: 'Admin', email: 'ada@acme.example', isAdmin: true, currentOrg: { id: 11, name: 'Acme Corp' } };
const nowSeconds = () => Math.floor(Date.now() / 1000);

type Route = (request: SentRequest) => Response | Promise<Response>;

/** The environment's API description, at a usual location: a reset example with a `userId` placeholder. */
const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Resolver Core', version: '1' },
  paths: { '/user/users/mfa/reset': { put: { requestBody: { content: { 'application/json': { example: { userId: 0 } } } } } } },
};

function signIn(token = TOKEN) {
  localStorage.setItem('token', JSON.stringify(token));
  localStorage.setItem('tokenExpiresAt', String(nowSeconds() + 3600));
}

function setUp(routes: Record<string, Route> = {}, owner = 'tab-a', tabId: number | null = null, policy: { current: object } = { current: {} }) {
  const all: Record<string, Route> = {
    'GET /user/users/me': () => jsonResponse(200, ME),
    'GET /api/openapi.json': () => jsonResponse(200, SPEC),
    'PUT /user/users/mfa/reset': () => emptyResponse(204),
    ...routes,
  };
  const fake = createFakeFetch((request) => {
    const url = new URL(request.url);
    const user = /^\/user\/users\/(\d+)$/.exec(url.pathname);
    const route = all[`${request.method} ${url.pathname}${url.search}`];
    if (route) return route(request);
    if (request.method === 'GET' && user) return jsonResponse(200, { id: Number(user[1]), first: 'User', last: user[1], email: `u${user[1]}@acme.example` });
    return jsonResponse(404, { statusCode: 404, message: 'not.found' });
  });
  const store = createBulkStore();
  const audit = createAuditStore();
  const { client, sender, session } = createPageServices({
    location: { href: `${ORIGIN}/home`, origin: ORIGIN, hostname: 'acme.resolver.com', pathname: '/home' },
    document,
    storage: localStorage,
    pageWorld: async () => null,
    resourceEntries: () => [],
    recorder: audit,
    remembered: createRememberedDescriptionStore(),
    about: { version: '0.1.0', browser: 'Chrome 156' },
    fetch: fake.fetch,
  });
  const service = createBulkService({
    client,
    sender,
    location: { origin: ORIGIN, hostname: 'acme.resolver.com' },
    store,
    recorder: audit,
    sessionFingerprint: () => session.peekFingerprint(),
    onWake: () => () => undefined,
    owner,
    ownTabId: async () => tabId,
    random: () => 0,
    restrictions: async () => restrictionsOf(parsePolicy(policy.current)),
  });
  const puts = () => fake.requests.filter((r) => r.method === 'PUT').map((r) => JSON.parse(r.body ?? 'null') as unknown);
  return { service, store, audit, puts, requests: fake.requests };
}

beforeEach(() => {
  fakeBrowser.reset();
  localStorage.clear();
  document.body.innerHTML = RESOLVER_HOME;
  signIn();
  vi.useFakeTimers({ now: new Date('2025-03-04T10:00:00Z'), toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'Date'] });
});

afterEach(() => {
  vi.useRealTimers();
});

const RESET = { action: 'resetUserMfa' } as const;

describe('the dry run and the run', () => {
  it('resolves into review without sending, then runs on start and records every row in the history', async () => {
    const { service, store, audit, puts } = setUp();
    const resolved = await service.bulkResolve({ text: '42\n43\n42\n1', operation: RESET, reason: 'Offboarding' });
    expect(resolved).toMatchObject({ ok: true, value: { phase: 'review', admin: { id: 1 }, org: { id: 11 }, inputCount: 4 } });
    if (!resolved.ok) return;
    expect(resolved.value.rows.map((row) => row.resolution.kind)).toEqual(['ready', 'ready', 'duplicate', 'self']);
    expect(puts()).toEqual([]);
    await expect(store.get(ORIGIN)).resolves.toMatchObject({ phase: 'review', lease: null });

    await expect(service.bulkCommand({ runId: resolved.value.id, command: 'start' })).resolves.toMatchObject({ ok: true, value: { phase: 'running' } });
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(store.get(ORIGIN)).resolves.toMatchObject({ phase: 'finished', lease: null });
    expect(puts()).toEqual([{ userId: 42 }, { userId: 43 }]);
    const entries = await audit.list();
    expect(entries.map((entry) => entry.run?.line).toSorted()).toEqual([1, 2]);
    expect(entries[0]).toMatchObject({ reason: 'Offboarding', outcome: { ok: true, status: 204 }, run: { id: resolved.value.id } });
  });

  it('looks the API description up during the dry run, so a confirmed run asks only who is signed in before its first row', async () => {
    const { service, store, requests } = setUp();
    const resolved = await service.bulkResolve({ text: '42\n43', operation: RESET });
    if (!resolved.ok) throw new Error('not resolved');
    const paths = () => requests.map((r) => `${r.method} ${new URL(r.url).pathname}`);
    expect(paths()).toContain('GET /discover/discover');
    const beforeStart = requests.length;
    await service.bulkCommand({ runId: resolved.value.id, command: 'start' });
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(store.get(ORIGIN)).resolves.toMatchObject({ phase: 'finished', lease: null });
    expect(paths().slice(beforeStart)).toEqual(['GET /user/users/me', 'PUT /user/users/mfa/reset', 'PUT /user/users/mfa/reset']);
  });

  it('never puts the session token in storage or the history', async () => {
    const { service } = setUp({ 'PUT /user/users/mfa/reset': () => jsonResponse(401, { statusCode: 401, message: 'token.expired' }) });
    const resolved = await service.bulkResolve({ text: '42\n43', operation: RESET });
    if (!resolved.ok) throw new Error('resolve failed');
    await service.bulkCommand({ runId: resolved.value.id, command: 'start' });
    await vi.advanceTimersByTimeAsync(3_000);
    signIn('a-fresh-token');
    await vi.advanceTimersByTimeAsync(3_000);
    const everything = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(everything).toContain('"phase"');
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain('a-fresh-token');
  });

  it('refuses a second dry run while one is running, and answers why for commands out of phase', async () => {
    const { service } = setUp({ 'PUT /user/users/mfa/reset': () => new Promise((resolve) => setTimeout(() => resolve(emptyResponse(204)), 1_000)) });
    const resolved = await service.bulkResolve({ text: '42\n43\n44\n45\n46', operation: RESET });
    if (!resolved.ok) throw new Error('resolve failed');
    const runId = resolved.value.id;
    await expect(service.bulkCommand({ runId, command: 'resume' })).resolves.toEqual({
      ok: false,
      kind: 'invalid-input',
      detail: t('bulk.run.wrong-phase', { phase: t('bulk.run.phase.review'), command: t('bulk.run.command.resume') }),
    });
    await service.bulkCommand({ runId, command: 'start' });
    await expect(service.bulkResolve({ text: '50', operation: RESET })).resolves.toEqual({ ok: false, kind: 'invalid-input', detail: t('bulk.run.busy') });
    await expect(service.bulkCommand({ runId, command: 'discard' })).resolves.toMatchObject({ ok: false, kind: 'invalid-input' });
    await expect(service.bulkCommand({ runId: 'another', command: 'pause' })).resolves.toEqual({ ok: false, kind: 'invalid-input', detail: t('bulk.run.not-found') });
    await expect(service.bulkCommand({ runId, command: 'pause' })).resolves.toMatchObject({ ok: true, value: { phase: 'paused', pause: 'admin' } });
    await expect(service.bulkCommand({ runId, command: 'cancel' })).resolves.toMatchObject({ ok: true, value: { phase: 'cancelled' } });
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(service.bulkCommand({ runId, command: 'discard' })).resolves.toMatchObject({ ok: true });
    await expect(service.bulkResolve({ text: '50', operation: RESET })).resolves.toMatchObject({ ok: true, value: { phase: 'review' } });
  });

  it('retries the failed rows of a finished run', async () => {
    let failing = true;
    const { service, store, audit, puts } = setUp({
      'PUT /user/users/mfa/reset': () => (failing ? jsonResponse(409, { statusCode: 409, message: 'conflict' }) : emptyResponse(204)),
    });
    const resolved = await service.bulkResolve({ text: '42', operation: RESET });
    if (!resolved.ok) throw new Error('resolve failed');
    await service.bulkCommand({ runId: resolved.value.id, command: 'start' });
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(store.get(ORIGIN)).resolves.toMatchObject({ phase: 'finished', rows: [{ state: 'failed', attempts: 1 }] });
    failing = false;
    await service.bulkCommand({ runId: resolved.value.id, command: 'retryFailed' });
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(store.get(ORIGIN)).resolves.toMatchObject({ phase: 'finished', rows: [{ state: 'done', attempts: 2, recorded: true }] });
    expect(puts()).toHaveLength(2);
    // Both outcomes are in the history: the failure, then the retry's success.
    const entries = (await audit.list()).toReversed();
    expect(entries.map((entry) => [entry.run?.line, entry.outcome])).toEqual([
      [1, { ok: false, kind: 'rejected', status: 409, detail: 'conflict' }],
      [1, { ok: true, status: 204 }],
    ]);
  });

  it('records a failure left unrecorded before retrying its row', async () => {
    const store = createBulkStore();
    const run = bulkRunFor({ phase: 'finished', rows: [finalRow(1, 'failed'), finalRow(2, 'done', { recorded: true })] });
    await store.save(run);
    const { service, audit, puts } = setUp();
    await service.bulkCommand({ runId: run.id, command: 'retryFailed' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(puts()).toEqual([{ userId: 101 }]);
    const entries = (await audit.list()).toReversed();
    expect(entries.map((entry) => [entry.run?.line, entry.outcome.ok])).toEqual([
      [1, false],
      [1, true],
    ]);
  });

  it('refuses input it cannot read and lists over the limit, before asking Resolver anything', async () => {
    const { service, puts } = setUp();
    await expect(service.bulkResolve({ text: '  ', operation: RESET })).resolves.toEqual({ ok: false, kind: 'invalid-input', detail: t('bulk.input.empty') });
    await expect(service.bulkResolve({ text: 42, operation: RESET } as never)).resolves.toMatchObject({ ok: false, kind: 'invalid-input' });
    expect(puts()).toEqual([]);
  });
});

describe('taking over after a reload', () => {
  async function storeRunningRun(heartbeatAgoMs: number, tabId?: number) {
    const store = createBulkStore();
    const run = {
      ...bulkRunFor({ phase: 'running', startedAt: new Date().toISOString() }),
      rows: [finalRow(1, 'done', { recorded: true }), readyRow(2), readyRow(3)],
      lease: { owner: 'old-tab', heartbeatAt: new Date(Date.now() - heartbeatAgoMs).toISOString(), ...(tabId === undefined ? {} : { tabId }) },
    };
    await store.save(run);
    return run;
  }

  it('takes a run over once its heartbeat is stale, and not before', async () => {
    await storeRunningRun(1_000);
    const { service, store, puts } = setUp();
    await service.resumeOnLoad();
    expect(puts()).toEqual([]);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(puts()).toEqual([]);
    await vi.advanceTimersByTimeAsync(2_000);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(puts()).toEqual([{ userId: 102 }, { userId: 103 }]);
    await expect(store.get(ORIGIN)).resolves.toMatchObject({ phase: 'finished', lease: null });
  });

  it('takes the run over at once in the same tab, recording the rows its old page finished but did not record', async () => {
    const store = createBulkStore();
    const run = await storeRunningRun(500, 7);
    await store.save({ ...run, rows: [finalRow(1, 'done'), readyRow(2), readyRow(3)] });
    const slowPut = () => new Promise<Response>((resolve) => setTimeout(() => resolve(emptyResponse(204)), 500));
    const { service, audit, puts } = setUp({ 'PUT /user/users/mfa/reset': slowPut }, 'reloaded-page', 7);
    await service.resumeOnLoad();
    await vi.advanceTimersByTimeAsync(100);
    expect(puts()).toEqual([{ userId: 102 }, { userId: 103 }]);
    await expect(store.get(ORIGIN)).resolves.toMatchObject({ lease: { owner: 'reloaded-page', tabId: 7 } });
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(store.get(ORIGIN)).resolves.toMatchObject({ phase: 'finished', lease: null });
    expect((await audit.list()).map((entry) => entry.run?.line).toSorted()).toEqual([1, 2, 3]);
  });

  it('leaves a live run of another tab alone until its heartbeat is stale', async () => {
    await storeRunningRun(500, 7);
    const { service, store, puts } = setUp({}, 'second-tab', 8);
    await service.resumeOnLoad();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(puts()).toEqual([]);
    await expect(store.get(ORIGIN)).resolves.toMatchObject({ lease: { owner: 'old-tab', tabId: 7 } });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(puts()).toEqual([{ userId: 102 }, { userId: 103 }]);
  });

  it('records the rows of a run that ended without its entries when a page of its origin loads', async () => {
    const store = createBulkStore();
    await store.save(bulkRunFor({ phase: 'finished', rows: [finalRow(1, 'done'), finalRow(2, 'failed', { recorded: true })] }));
    const { service, audit, puts } = setUp();
    await service.resumeOnLoad();
    expect(puts()).toEqual([]);
    expect((await audit.list()).map((entry) => entry.run?.line)).toEqual([1]);
    await expect(store.get(ORIGIN)).resolves.toMatchObject({ rows: [{ recorded: true }, { recorded: true }] });
    await service.resumeOnLoad();
    expect(await audit.list()).toHaveLength(1);
  });

  it('pauses as other-session when the tab is now signed in as someone else', async () => {
    await storeRunningRun(10_000);
    const { service, store, puts } = setUp({ 'GET /user/users/me': () => jsonResponse(200, { ...ME, id: 2 }) });
    await service.resumeOnLoad();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(puts()).toEqual([]);
    await expect(store.get(ORIGIN)).resolves.toMatchObject({ phase: 'paused', pause: 'other-session' });
  });

  it('answers that the run is carried out elsewhere while its executor is alive', async () => {
    const run = await storeRunningRun(500);
    const { service } = setUp();
    await expect(service.bulkCommand({ runId: run.id, command: 'pause' })).resolves.toEqual({
      ok: false,
      kind: 'invalid-input',
      detail: t('bulk.run.elsewhere'),
    });
  });
});

describe('the organisation’s policy', () => {
  it('refuses the dry run when bulk runs are turned off, looking nobody up', async () => {
    const { service, requests } = setUp({}, 'tab-a', null, { current: { allowBulkRuns: false } });
    await expect(service.bulkResolve({ text: '42', operation: RESET, reason: 'x' })).resolves.toEqual({
      ok: false,
      kind: 'policy',
      detail: t('policy.refused.bulk-off'),
    });
    expect(requests).toEqual([]);
  });

  it('refuses a reset run without a reason when one is required', async () => {
    const { service, requests } = setUp({}, 'tab-a', null, { current: { requireReason: true } });
    await expect(service.bulkResolve({ text: '42', operation: RESET })).resolves.toMatchObject({ ok: false, kind: 'policy' });
    expect(requests).toEqual([]);
    await expect(service.bulkResolve({ text: '42', operation: RESET, reason: 'INC-7' })).resolves.toMatchObject({ ok: true });
  });

  it('refuses to start a reviewed run once the organisation turns bulk runs off, but lets it be discarded', async () => {
    const policy = { current: {} as object };
    const { service, puts } = setUp({}, 'tab-a', null, policy);
    const resolved = await service.bulkResolve({ text: '42\n43', operation: RESET });
    if (!resolved.ok) throw new Error('not resolved');
    policy.current = { allowBulkRuns: false };
    await expect(service.bulkCommand({ runId: resolved.value.id, command: 'start' })).resolves.toMatchObject({ ok: false, kind: 'policy' });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(puts()).toEqual([]);
    await expect(service.bulkCommand({ runId: resolved.value.id, command: 'discard' })).resolves.toMatchObject({ ok: true });
  });

  it('refuses every run on a host the list does not name', async () => {
    const { service } = setUp({}, 'tab-a', null, { current: { allowedEnvironments: ['acme-sandbox.resolver.com'] } });
    await expect(service.bulkResolve({ text: '42', operation: RESET })).resolves.toEqual({
      ok: false,
      kind: 'policy',
      detail: t('policy.refused.environment', { host: 'acme.resolver.com' }),
    });
  });
});
