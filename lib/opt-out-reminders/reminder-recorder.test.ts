import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTestRecorder } from '../audit/test-recorder';
import { auditDraftFor } from '../audit/test-entries';
import { withOptOutReminders } from './reminder-recorder';
import { createReminderStore } from './reminder-store';

const NOW = new Date('2025-03-04T10:00:05.000Z');
const UNTIL = '2025-03-11T10:00:00.000Z';

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

function setup(options: { failWith?: Error } = {}) {
  const { recorder, drafts } = createTestRecorder(options);
  const store = createReminderStore();
  return { drafts, store, recorder: withOptOutReminders(recorder, store, { now: () => NOW }) };
}

const optOut = (userId: number, optOutUntil?: string) =>
  auditDraftFor({
    action: 'setMfaOptOut',
    optOut: true,
    target: { userId, name: `User ${userId}`, email: `u${userId}@acme.example` },
    request: { method: 'PUT', path: `/user/users/${userId}/membership`, source: 'spec' },
    ...(optOutUntil ? { optOutUntil } : {}),
  });

const optIn = (userId: number) => ({ ...optOut(userId), optOut: false });

describe('reminders kept in step with the recorded actions', () => {
  it('records the action and adds a reminder for a successful opt-out with one', async () => {
    const { drafts, store, recorder } = setup();
    await recorder.record(optOut(42, UNTIL));
    expect(drafts).toEqual([optOut(42, UNTIL)]);
    expect(await store.list()).toEqual([
      {
        id: 'https://acme.resolver.com 11 42',
        origin: 'https://acme.resolver.com',
        environment: 'production',
        org: { id: 11, name: 'Acme Corp' },
        user: { id: 42, name: 'User 42', email: 'u42@acme.example' },
        expiresAt: UNTIL,
        createdAt: NOW.toISOString(),
        admin: { id: 1, name: 'Ada Admin', email: 'ada@acme.example' },
      },
    ]);
  });

  it('adds nothing for a failed opt-out, another action, or an opt-out without a reminder', async () => {
    const { store, recorder } = setup();
    await recorder.record({ ...optOut(42, UNTIL), outcome: { ok: false, kind: 'forbidden', status: 403 } });
    await recorder.record(auditDraftFor());
    await recorder.record(optOut(43));
    expect(await store.list()).toEqual([]);
  });

  it('removes the reminder when the user is opted back in, in a single action or a bulk run’s rows', async () => {
    const { store, recorder } = setup();
    await recorder.recordMany([optOut(42, UNTIL), optOut(43, UNTIL), optOut(44, UNTIL)]);
    await recorder.record(optIn(42));
    await recorder.recordMany([optIn(43), auditDraftFor()]);
    expect((await store.list()).map((r) => r.user.id)).toEqual([44]);
  });

  it('keeps the reminder when opting back in failed, and drops it when a later opt-out asks for none', async () => {
    const { store, recorder } = setup();
    await recorder.recordMany([optOut(42, UNTIL), optOut(43, UNTIL)]);
    await recorder.record({ ...optIn(42), outcome: { ok: false, kind: 'session-ended', status: 401 } });
    await recorder.record(optOut(43));
    expect((await store.list()).map((r) => r.user.id)).toEqual([42]);
  });

  it('only touches the reminder of the same origin and org', async () => {
    const { store, recorder } = setup();
    await recorder.record(optOut(42, UNTIL));
    await recorder.record({ ...optIn(42), org: { id: 12, name: 'Acme Labs' } });
    await recorder.record({ ...optIn(42), origin: 'https://acme-sandbox.resolver.com', environment: 'sandbox' });
    expect((await store.list()).map((r) => r.user.id)).toEqual([42]);
  });

  it('still updates the reminders when the history cannot be written, and reports the history’s failure', async () => {
    const { store, recorder } = setup({ failWith: new Error('QUOTA_BYTES quota exceeded') });
    await expect(recorder.record(optOut(42, UNTIL))).rejects.toThrow('QUOTA_BYTES');
    expect((await store.list()).map((r) => r.user.id)).toEqual([42]);
  });
});
