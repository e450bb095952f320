import { afterEach, describe, expect, it, vi } from 'vitest';
import { RequestSchemas, type ActionOutcome, type PreparedRequest, type Result } from '../protocol';
import { fail, ok } from '../result';
import { auditDraft, type ActionContext } from './action-record';

const prepared: PreparedRequest = { method: 'PUT', path: '/user/users/3/membership', body: { mfaOptOut: true }, source: 'spec' };
const succeeded: Result<ActionOutcome> = ok({ status: 204, request: prepared });
const context = (resolverTime: string | null): ActionContext => ({
  origin: 'https://acme.resolver.com',
  environment: 'production',
  admin: { id: 1, name: 'Ada Admin', email: 'ada@example.com' },
  org: { id: 11, name: 'Acme Corp' },
  resolverTime,
});
const optOutFor = (optOutReminderDays?: number, optOut = true) => ({
  action: 'setMfaOptOut',
  input: { userId: 3, optOut },
  ...(optOutReminderDays === undefined ? {} : { optOutReminderDays }),
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the opt-out reminder in the audit draft', () => {
  it('counts the chosen days from Resolver’s Date header, not from this machine’s clock', () => {
    vi.useFakeTimers({ now: new Date('2020-01-01T00:00:00Z') });
    const draft = auditDraft(optOutFor(7), context('Tue, 04 Mar 2025 10:00:00 GMT'), prepared, succeeded);
    expect(draft?.optOutUntil).toBe('2025-03-11T10:00:00.000Z');
  });

  it('falls back to the local clock when Resolver sent no readable Date header', () => {
    vi.useFakeTimers({ now: new Date('2025-03-04T10:00:00Z') });
    expect(auditDraft(optOutFor(1), context(null), prepared, succeeded)?.optOutUntil).toBe('2025-03-05T10:00:00.000Z');
    expect(auditDraft(optOutFor(1), context('soon'), prepared, succeeded)?.optOutUntil).toBe('2025-03-05T10:00:00.000Z');
  });

  it('is left out when the opt-out failed, when no reminder was chosen, or when opting back in', () => {
    const time = context('Tue, 04 Mar 2025 10:00:00 GMT');
    expect(auditDraft(optOutFor(7), time, prepared, fail('forbidden', { status: 403 }))).not.toHaveProperty('optOutUntil');
    expect(auditDraft(optOutFor(), time, prepared, succeeded)).not.toHaveProperty('optOutUntil');
    expect(auditDraft(optOutFor(7, false), time, prepared, succeeded)).not.toHaveProperty('optOutUntil');
  });
});

describe('the reminder in a runAction request', () => {
  it('is accepted with opting out only, and only for the offered periods', () => {
    expect(RequestSchemas.runAction.safeParse(optOutFor(7)).success).toBe(true);
    expect(RequestSchemas.runAction.safeParse(optOutFor(7, false)).success).toBe(false);
    expect(RequestSchemas.runAction.safeParse(optOutFor(5)).success).toBe(false);
    expect(RequestSchemas.runAction.safeParse({ action: 'resetUserMfa', input: { userId: 3 }, optOutReminderDays: 7 }).success).toBe(false);
  });
});
