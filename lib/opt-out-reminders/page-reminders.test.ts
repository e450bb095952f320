import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Result, TabStatus } from '../protocol';
import { ok } from '../result';
import { createClockOffsetStore } from './clock-offsets';
import { dueRemindersForPage } from './page-reminders';
import { createReminderStore } from './reminder-store';
import { ORIGIN, reminderFor } from './test-reminders';

const EXPIRY = Date.parse('2025-03-11T10:00:00.000Z');

beforeEach(() => {
  fakeBrowser.reset();
});

function statusWith(session: Partial<NonNullable<TabStatus['session']>> | null): Result<TabStatus> {
  return ok({
    origin: ORIGIN,
    environment: 'production',
    swagger: null,
    session: session && {
      expiresAt: 0,
      source: 'web-app',
      user: { id: 1, name: 'Ada Admin', email: 'ada@example.com' },
      org: { id: 11, name: 'Acme Corp' },
      isAdmin: true,
      ...session,
    },
  });
}

async function setup(status: Result<TabStatus>, reminders = [reminderFor()]) {
  const stores = { reminders: createReminderStore(), offsets: createClockOffsetStore() };
  await stores.reminders.apply(reminders.map((upsert) => ({ upsert })));
  let asked = 0;
  const service = {
    getStatus: async () => {
      asked += 1;
      return status;
    },
  };
  return { ...stores, service, asked: () => asked };
}

describe('the reminders a Resolver page shows', () => {
  it('shows the due reminders of its origin and of the org the admin is signed in to', async () => {
    const other = reminderFor({ org: { id: 12, name: 'Acme Labs' } });
    const elsewhere = reminderFor({ origin: 'https://globex.resolver.com' });
    const deps = await setup(statusWith({}), [reminderFor(), other, elsewhere]);
    expect(await dueRemindersForPage({ ...deps, origin: ORIGIN, now: () => EXPIRY })).toEqual([reminderFor()]);
  });

  it('asks Resolver nothing when its origin has no reminder', async () => {
    const deps = await setup(statusWith({}), [reminderFor({ origin: 'https://globex.resolver.com' })]);
    expect(await dueRemindersForPage({ ...deps, origin: ORIGIN, now: () => EXPIRY })).toEqual([]);
    expect(deps.asked()).toBe(0);
  });

  it('uses the clock offset the "who am I?" answer taught, even when nothing was due before asking', async () => {
    const deps = await setup(statusWith({}));
    // As the learning client does: the answer's Date header stores the offset before it returns.
    const service = {
      getStatus: async () => {
        await deps.offsets.learn(ORIGIN, 8 * 24 * 60 * 60 * 1000);
        return statusWith({});
      },
    };
    const weekEarlier = EXPIRY - 7 * 24 * 60 * 60 * 1000;
    expect(await dueRemindersForPage({ ...deps, service, origin: ORIGIN, now: () => weekEarlier })).toEqual([reminderFor()]);
  });

  it('shows nothing before the expiry, when signed out, to a non-admin, or when Resolver does not answer', async () => {
    for (const [status, now] of [
      [statusWith({}), EXPIRY - 1000],
      [statusWith(null), EXPIRY],
      [statusWith({ isAdmin: false }), EXPIRY],
      [statusWith({ org: null }), EXPIRY],
      [{ ok: false, kind: 'network' }, EXPIRY],
    ] as const) {
      fakeBrowser.reset();
      const deps = await setup(status);
      expect(await dueRemindersForPage({ ...deps, origin: ORIGIN, now: () => now })).toEqual([]);
    }
  });
});
