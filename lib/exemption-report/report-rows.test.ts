import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../audit/audit-schema';
import { auditEntryFor } from '../audit/test-entries';
import { reminderFor } from '../opt-out-reminders/test-reminders';
import { reportRows } from './report-rows';
import { CAROL, ORIGIN, scanFor } from './test-scans';

const ORG = { id: 10, name: 'Acme Corp' };
const BOB = { id: 1, name: 'Bob Boss', email: 'bob@acme.example' };

/** A successful opt-out (or opt-in) of Carol in the scan's origin and org. */
function optOutOfCarol(time: string, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return auditEntryFor({
    id: `entry-${time}`,
    time,
    admin: BOB,
    org: ORG,
    action: 'setMfaOptOut',
    target: { userId: CAROL.id, name: CAROL.name, email: CAROL.email },
    optOut: true,
    reason: 'Lost phone',
    ...overrides,
  });
}

const carolRow = (history: readonly AuditEntry[], reminders = [] as Parameters<typeof reportRows>[2]) =>
  reportRows(scanFor(), history, reminders).find((row) => row.id === CAROL.id);

describe('the report’s rows', () => {
  it('lists each exempt user in the scan’s order, with nothing known when the history is empty', () => {
    const rows = reportRows(scanFor(), [], []);
    expect(rows.map((row) => row.id)).toEqual([4, 7]);
    expect(rows[0]).toEqual({ ...CAROL, history: null, reminderDue: null });
  });

  it('explains an exemption by the latest successful opt-out of that user in the same origin and org', () => {
    const history = [optOutOfCarol('2026-03-02T09:00:00.000Z'), optOutOfCarol('2026-03-01T09:00:00.000Z', { reason: 'Older reason', admin: null })];
    expect(carolRow(history)?.history).toEqual({ by: BOB, at: '2026-03-02T09:00:00.000Z', reason: 'Lost phone' });
  });

  it('gives a null reason when the opt-out was recorded without one', () => {
    expect(carolRow([optOutOfCarol('2026-03-02T09:00:00.000Z', { reason: undefined })])?.history).toMatchObject({ reason: null });
  });

  it('explains nothing when a later opt-in followed the opt-out', () => {
    const history = [optOutOfCarol('2026-03-03T09:00:00.000Z', { optOut: false }), optOutOfCarol('2026-03-02T09:00:00.000Z')];
    expect(carolRow(history)?.history).toBeNull();
  });

  it('ignores actions in another origin or org, however recent', () => {
    const history = [
      optOutOfCarol('2026-03-04T09:00:00.000Z', { origin: 'https://other.resolver.com', reason: 'Other origin' }),
      optOutOfCarol('2026-03-03T09:00:00.000Z', { org: { id: 11, name: 'Other Org' }, optOut: false }),
      optOutOfCarol('2026-03-02T09:00:00.000Z'),
    ];
    expect(carolRow(history)?.history).toEqual({ by: BOB, at: '2026-03-02T09:00:00.000Z', reason: 'Lost phone' });
    expect(carolRow(history.slice(0, 2))?.history).toBeNull();
  });

  it('ignores a failed action and other actions on the user', () => {
    const history = [
      optOutOfCarol('2026-03-04T09:00:00.000Z', { optOut: false, outcome: { ok: false, kind: 'server', status: 500 } }),
      optOutOfCarol('2026-03-03T09:00:00.000Z', { action: 'resetUserMfa', optOut: undefined }),
      optOutOfCarol('2026-03-02T09:00:00.000Z'),
    ];
    expect(carolRow(history)?.history).toMatchObject({ at: '2026-03-02T09:00:00.000Z' });
  });

  it('joins the due date of the reminder set for that user in that origin and org', () => {
    const carol = { id: CAROL.id, name: CAROL.name, email: CAROL.email };
    const reminders = [
      reminderFor({ origin: ORIGIN, org: { id: 11, name: 'Other Org' }, user: carol, expiresAt: '2026-04-01T00:00:00.000Z' }),
      reminderFor({ origin: ORIGIN, org: ORG, user: carol, expiresAt: '2026-03-11T10:00:00.000Z' }),
    ];
    const rows = reportRows(scanFor(), [], reminders);
    expect(rows.map((row) => row.reminderDue)).toEqual(['2026-03-11T10:00:00.000Z', null]);
  });
});
