import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ApiClient, ApiResponse } from '../page/api-client';
import type { Result } from '../protocol';
import { fail, ok } from '../result';
import { createClockOffsetStore, learningClockOffset, resolverNow } from './clock-offsets';

const ORIGIN = 'https://acme.resolver.com';
const LOCAL_NOW = Date.parse('2025-03-04T10:00:00.000Z');

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** A client whose every call answers `answer`. */
function answering(answer: Result<ApiResponse>): ApiClient {
  return {
    origin: ORIGIN,
    get: async () => answer,
    put: async () => answer,
    getText: async () => (answer.ok ? ok({ status: answer.value.status, text: '', contentType: null }) : answer),
  };
}

const answeredAt = (date: string | null): Result<ApiResponse> => ok({ status: 200, body: null, date });

describe('learning Resolver’s clock offset', () => {
  it('stores Resolver minus local from a success’s Date header, before handing the answer on', async () => {
    const offsets = createClockOffsetStore();
    const client = learningClockOffset(answering(answeredAt('Tue, 11 Mar 2025 10:00:00 GMT')), offsets, () => LOCAL_NOW);
    const answer = await client.get('/user/users/me');
    expect(answer).toEqual(answeredAt('Tue, 11 Mar 2025 10:00:00 GMT'));
    expect(await offsets.load()).toEqual({ [ORIGIN]: 7 * 24 * 60 * 60 * 1000 });
  });

  it('learns from PUT answers too, and per origin', async () => {
    const offsets = createClockOffsetStore();
    await offsets.learn('https://other.resolver.com', -3_600_000);
    const client = learningClockOffset(answering(answeredAt('Tue, 04 Mar 2025 10:01:00 GMT')), offsets, () => LOCAL_NOW);
    await client.put('/user/users/3/membership', { mfaOptOut: true });
    expect(await offsets.load()).toEqual({ [ORIGIN]: 60_000, 'https://other.resolver.com': -3_600_000 });
  });

  it('keeps the stored offset for changes within the tolerance (the header counts whole seconds)', async () => {
    const offsets = createClockOffsetStore();
    await offsets.learn(ORIGIN, 60_000);
    await offsets.learn(ORIGIN, 64_000);
    expect(await offsets.load()).toEqual({ [ORIGIN]: 60_000 });
    await offsets.learn(ORIGIN, 66_000);
    expect(await offsets.load()).toEqual({ [ORIGIN]: 66_000 });
  });

  it('reads storage once per origin, not for every answer within the tolerance', async () => {
    const offsets = createClockOffsetStore();
    await offsets.learn(ORIGIN, 60_000);
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    for (let second = 0; second < 50; second += 1) await offsets.learn(ORIGIN, 60_000 + (second % 4) * 1_000);
    expect(reads).not.toHaveBeenCalled();
    expect(writes).not.toHaveBeenCalled();
  });

  it('learns nothing from failures, a missing header or an unreadable one', async () => {
    const offsets = createClockOffsetStore();
    for (const answer of [fail('session-ended', { status: 401 }), answeredAt(null), answeredAt('yesterday-ish')]) {
      await learningClockOffset(answering(answer), offsets, () => LOCAL_NOW).get('/user/users/me');
    }
    expect(await offsets.load()).toEqual({});
  });

  it('still answers when the offset cannot be stored', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = { learn: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')) };
    const answer = await learningClockOffset(answering(answeredAt('Tue, 04 Mar 2025 10:00:00 GMT')), broken).get('/x');
    expect(answer.ok).toBe(true);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('reads Resolver’s now as local time plus the origin’s offset, unknown origins as the local time', () => {
    expect(resolverNow({ [ORIGIN]: 5_000 }, ORIGIN, LOCAL_NOW)).toBe(LOCAL_NOW + 5_000);
    expect(resolverNow({ [ORIGIN]: 5_000 }, 'https://other.resolver.com', LOCAL_NOW)).toBe(LOCAL_NOW);
  });
});
