import { describe, expect, it } from 'vitest';
import { filterEntries, NO_FILTER, type AuditFilter } from './audit-filter';
import { auditEntryFor } from './test-entries';

/** Local-time instants, so the date filters are checked the way the admin's date inputs mean them. */
const local = (day: number, hour: number) => new Date(2025, 2, day, hour).toISOString();

const ENTRIES = [
  auditEntryFor({ id: 'reset-alice', time: local(3, 9), reason: 'Lost phone, ticket 81' }),
  auditEntryFor({
    id: 'optout-bob',
    time: local(4, 0),
    action: 'setMfaOptOut',
    optOut: true,
    target: { userId: 3, name: 'Bob Sample', email: 'bob@acme.example' },
    outcome: { ok: false, kind: 'forbidden', status: 403 },
  }),
  auditEntryFor({
    id: 'enforce-sandbox',
    time: local(4, 23),
    action: 'enforceOrgMfa',
    target: null,
    environment: 'sandbox',
    org: { id: 30, name: 'Acme Sandbox' },
    admin: { id: 8, name: 'Sam Support', email: 'sam@acme.example' },
  }),
  auditEntryFor({ id: 'reset-carol', time: local(6, 12), target: { userId: 4 } }),
];

function ids(filter: Partial<AuditFilter>): string[] {
  return filterEntries(ENTRIES, { ...NO_FILTER, ...filter }).map((entry) => entry.id);
}

describe('filterEntries', () => {
  it('keeps everything, in order, without a filter', () => {
    expect(ids({})).toEqual(['reset-alice', 'optout-bob', 'enforce-sandbox', 'reset-carol']);
  });

  it('filters by action, outcome and environment', () => {
    expect(ids({ action: 'resetUserMfa' })).toEqual(['reset-alice', 'reset-carol']);
    expect(ids({ outcome: 'failed' })).toEqual(['optout-bob']);
    expect(ids({ outcome: 'ok', action: 'setMfaOptOut' })).toEqual([]);
    expect(ids({ environment: 'sandbox' })).toEqual(['enforce-sandbox']);
  });

  it('searches target, admin, org and reason, ignoring case and surrounding spaces', () => {
    expect(ids({ text: ' BOB@acme ' })).toEqual(['optout-bob']);
    expect(ids({ text: 'sam support' })).toEqual(['enforce-sandbox']);
    expect(ids({ text: 'acme sandbox' })).toEqual(['enforce-sandbox']);
    expect(ids({ text: 'ticket 81' })).toEqual(['reset-alice']);
    expect(ids({ text: '4' })).toContain('reset-carol');
    expect(ids({ text: 'nobody' })).toEqual([]);
  });

  it('includes whole days from "from" through "to", in local time', () => {
    expect(ids({ from: '2025-03-04' })).toEqual(['optout-bob', 'enforce-sandbox', 'reset-carol']);
    expect(ids({ to: '2025-03-04' })).toEqual(['reset-alice', 'optout-bob', 'enforce-sandbox']);
    expect(ids({ from: '2025-03-04', to: '2025-03-04' })).toEqual(['optout-bob', 'enforce-sandbox']);
    expect(ids({ from: '2025-03-05', to: '2025-03-05' })).toEqual([]);
  });

  it('ignores a date it cannot read instead of hiding everything', () => {
    expect(ids({ from: '2025-3-4' })).toHaveLength(ENTRIES.length);
  });
});
