import { describe, expect, it } from 'vitest';
import { ScanSchema } from './report-schema';
import { activeOf, exemptUserOf, stateOf, withMembership } from './scan-letters';
import { CAROL, scanFor } from './test-scans';

const membership = (mfaOptOut: boolean | null, isActive: boolean | null = true, isAdmin: boolean | null = false) => ({ mfaOptOut, isAdmin, isActive });

describe('one membership as letters', () => {
  it('reads mfaOptOut true as exempt, false as subject, and a missing one as unreported (never as subject)', () => {
    expect(stateOf(membership(true))).toBe('x');
    expect(stateOf(membership(false))).toBe('s');
    expect(stateOf(membership(null))).toBe('?');
  });

  it('reads the active flag as y, n, or ? when not reported', () => {
    expect([activeOf(true), activeOf(false), activeOf(null), activeOf(undefined)]).toEqual(['y', 'n', '?', '?']);
  });

  it('builds an exempt row from the freshest details: the membership’s flags first, then the list’s, then what was known', () => {
    const row = exemptUserOf(4, membership(true, null, true), { id: 4, name: 'Carol New', email: 'carol@new.example', isActive: false, isSSO: true }, CAROL);
    expect(row).toEqual({ id: 4, name: 'Carol New', email: 'carol@new.example', active: false, admin: true, sso: true });
    expect(exemptUserOf(4, membership(true, null, null), undefined, CAROL)).toEqual(CAROL);
    expect(exemptUserOf(9, membership(true, null, null), undefined, undefined)).toEqual({ id: 9, name: '', email: '', active: null, admin: null, sso: null });
  });
});

describe('a user read again (withMembership)', () => {
  it('turns an exempt user into a subject one and removes their row', () => {
    const scan = withMembership(scanFor(), 4, membership(false), undefined);
    expect(scan.states).toBe('ss?sx');
    expect(scan.exempt.map((user) => user.id)).toEqual([7]);
    // Still a valid stored scan: one letter per user.
    expect(ScanSchema.safeParse(scan).success).toBe(true);
  });

  it('marks a user whose mfaOptOut is no longer reported as unreported, not subject', () => {
    const scan = withMembership(scanFor(), 4, membership(null), undefined);
    expect(scan.states).toBe('ss??x');
    expect(scan.exempt.map((user) => user.id)).toEqual([7]);
  });

  it('adds a user found exempt, with the details given, and updates the active letter', () => {
    const scan = withMembership(scanFor(), 2, membership(true, false), { id: 2, name: 'Bob Sample', email: 'bob@acme.example' });
    expect(scan.states).toBe('sx?xx');
    expect(scan.active).toBe('ynyyn');
    expect(scan.exempt.at(-1)).toEqual({ id: 2, name: 'Bob Sample', email: 'bob@acme.example', active: false, admin: false, sso: null });
  });

  it('keeps an exempt user’s known details when read again without any', () => {
    const scan = withMembership(scanFor(), 4, membership(true, true), undefined);
    expect(scan.exempt.filter((user) => user.id === 4)).toEqual([CAROL]);
    expect(scan.exempt).toHaveLength(2);
  });

  it('leaves the scan as it is for a user it never listed', () => {
    const before = scanFor();
    expect(withMembership(before, 99, membership(true), undefined)).toEqual(scanFor());
  });
});
