import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../page/api-client';
import { createFakeFetch, jsonResponse, type SentRequest } from '../page/fake-fetch';
import { t } from '../i18n';
import { parseBulkInput } from './parse-bulk-input';
import { createRowResolver } from './resolve-rows';

const ORIGIN = 'https://acme.resolver.com';
const user = (id: number, extra: object = {}) => ({ id, first: 'User', last: String(id), email: `user${id}@acme.example`, ...extra });

function resolverFor(text: string, handle: (path: string, request: SentRequest) => Response | undefined) {
  const fake = createFakeFetch((request) => {
    const url = new URL(request.url);
    return handle(`${url.pathname}${url.search}`, request) ?? jsonResponse(404, { statusCode: 404, message: 'not.found' });
  });
  const client = createApiClient({ origin: ORIGIN, getToken: () => 'token', fetch: fake.fetch });
  const entries = parseBulkInput(text);
  if (!entries.ok) throw new Error('bad input');
  return { resolver: createRowResolver(entries.value, { client, adminId: 1, concurrency: 4, random: () => 0 }), requests: fake.requests };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the dry run', () => {
  it('says what would happen to each kind of entry, sending nothing but lookups', async () => {
    const { resolver, requests } = resolverFor(
      ['42', 'ALICE@acme.example', 'nobody@acme.example', 'smith@acme.example', 'Alice Smith', '007', '43', 'user42@acme.example', '1', '44', '999'].join('\n'),
      (path) => {
        if (path === '/user/users/42') return jsonResponse(200, user(42));
        if (path === '/user/users/43') return jsonResponse(200, user(43, { isSSO: true }));
        if (path === '/user/users/1') return jsonResponse(200, user(1));
        if (path === '/user/users/44') return jsonResponse(500, { statusCode: 500, message: 'boom' });
        if (path === '/user/users?search=ALICE%40acme.example') return jsonResponse(200, { data: [user(7), { ...user(50), email: 'alice@acme.example' }] });
        if (path === '/user/users?search=nobody%40acme.example') return jsonResponse(200, { data: [] });
        if (path === '/user/users?search=smith%40acme.example') return jsonResponse(200, { data: [{ ...user(60), email: 'smith@acme.example.org' }] });
        if (path === '/user/users?search=user42%40acme.example') return jsonResponse(200, { data: [user(42)] });
        return undefined;
      },
    );
    vi.useFakeTimers();
    const done = resolver.resolveAll(() => undefined);
    await vi.advanceTimersByTimeAsync(20_000);
    const rows = await done;
    expect(rows.ok).toBe(true);
    if (!rows.ok) return;
    expect(rows.value.map((row) => [row.line, row.resolution.kind, row.state])).toEqual([
      [1, 'ready', 'pending'],
      [2, 'ready', 'pending'],
      [3, 'unknown', 'skipped'],
      [4, 'ambiguous', 'skipped'],
      [5, 'invalid', 'skipped'],
      [6, 'invalid', 'skipped'],
      [7, 'sso', 'skipped'],
      [8, 'duplicate', 'skipped'],
      [9, 'self', 'skipped'],
      [10, 'lookup-failed', 'skipped'],
      [11, 'unknown', 'skipped'],
    ]);
    expect(rows.value[1]?.resolution).toMatchObject({ user: { id: 50 } });
    expect(rows.value[3]?.resolution).toMatchObject({ candidates: [{ id: 60 }] });
    expect(rows.value[4]?.resolution).toEqual({ kind: 'invalid', detail: t('bulk.row.not-id-or-email') });
    expect(rows.value[5]?.resolution).toEqual({ kind: 'invalid', detail: t('request.user-id-leading-zero') });
    expect(rows.value[7]?.resolution).toMatchObject({ firstLine: 1 });
    expect(rows.value[9]?.resolution).toEqual({ kind: 'lookup-failed', outcome: { ok: false, kind: 'server', status: 500, detail: 'boom' } });
    // The failing lookup was tried five times; nothing but GETs went out.
    expect(requests.filter((r) => r.url.endsWith('/user/users/44'))).toHaveLength(5);
    expect(requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it('stops and fails when Resolver no longer accepts the session', async () => {
    const { resolver, requests } = resolverFor('1\n2\n3\n4\n5\n6\n7\n8', () => jsonResponse(401, { statusCode: 401, message: 'token.expired' }));
    await expect(resolver.resolveAll(() => undefined)).resolves.toMatchObject({ ok: false, kind: 'session-ended' });
    expect(requests.length).toBeLessThanOrEqual(4);
  });

  it('shows the rows looked up so far, in input order', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { resolver } = resolverFor('42\n43', (path) => (path === '/user/users/42' ? jsonResponse(200, user(42)) : undefined));
    const seen: number[] = [];
    const done = resolver.resolveAll(() => {
      seen.push(resolver.rows().length);
      if (seen.length === 1) release();
    });
    await gate;
    await done;
    expect(seen).toEqual([1, 2]);
    expect(resolver.rows().map((row) => row.line)).toEqual([1, 2]);
  });
});
