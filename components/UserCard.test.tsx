import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAuditStore } from '@/lib/audit/audit-store';
import { auditEntryFor } from '@/lib/audit/test-entries';
import { storeHistory } from '@/lib/audit/test-stored-history';
import { formatTimestamp } from '@/lib/i18n/format';
import type { UserSummary } from '@/lib/protocol';
import { ALICE, SSO_SAM } from './test-bridge';
import { UserCard } from './UserCard';
import type { MembershipLookup } from './use-membership';

const ORIGIN = 'https://acme.resolver.com';
const subject: MembershipLookup = { state: 'known', membership: { mfaOptOut: false, isAdmin: false, isActive: true } };
const optedOut: MembershipLookup = { state: 'known', membership: { mfaOptOut: true, isAdmin: false, isActive: true } };

function fact(card: HTMLElement, term: string): string {
  const dt = within(card).getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent ?? '';
}

async function showCard(user: UserSummary, membership: MembershipLookup | null, history = createAuditStore()) {
  render(<UserCard user={user} origin={ORIGIN} membership={membership} ssoNoteId="sso-note" history={history} />);
  const card = screen.getByRole('region', { name: `About ${user.name}` });
  await within(card).findByText(/^None from this browser\.|^Reset MFA|^Opt/);
  return card;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('UserCard', () => {
  it('shows a normal user: name, email, id, flags, MFA as far as Resolver tells, and no action yet', async () => {
    const card = await showCard({ ...ALICE, isAdmin: false, isSSO: false }, subject);
    expect(within(card).getByRole('heading', { name: 'Alice Example' })).toBeInTheDocument();
    expect(fact(card, 'Email')).toBe('alice@example.com');
    expect(fact(card, 'Id')).toBe('2');
    expect(fact(card, 'Account')).toBe('active, not an admin');
    expect(fact(card, 'Sign-in')).toBe('Resolver password');
    expect(fact(card, 'MFA')).toBe('Currently subject to MFA.');
    expect(fact(card, 'Enrolment')).toBe('Not reported by Resolver.');
    expect(fact(card, 'Last action here')).toBe('None from this browser.');
    expect(within(card).queryByText(/single sign-on/)).not.toBeInTheDocument();
  });

  it('says when a flag was not reported rather than guessing', async () => {
    const card = await showCard({ id: 5, name: 'Nora Flags', email: 'nora@example.com' }, null);
    expect(fact(card, 'Account')).toBe('active state not reported');
    expect(fact(card, 'Sign-in')).toBe('not reported');
    expect(fact(card, 'MFA')).toBe('Opt-out state not read yet.');
  });

  it('shows an opted-out user as opted out', async () => {
    const card = await showCard(ALICE, optedOut);
    expect(fact(card, 'MFA')).toBe('Currently opted out of MFA.');
  });

  it('explains that MFA does not apply to an SSO user, in the note the disabled buttons point to', async () => {
    const card = await showCard(SSO_SAM, null);
    expect(fact(card, 'Sign-in')).toBe('single sign-on (SSO)');
    expect(fact(card, 'MFA')).toBe('Does not apply (SSO).');
    expect(within(card).queryByText('Enrolment')).not.toBeInTheDocument();
    expect(document.getElementById('sso-note')).toHaveTextContent(/MFA does not apply to them/);
  });

  it('shows the newest action on this user in this environment only', async () => {
    const time = '2025-03-04T10:00:00.000Z';
    await storeHistory([
      auditEntryFor({ id: 'older', time: '2025-03-01T10:00:00.000Z', target: { userId: 2 } }),
      auditEntryFor({ id: 'other-user', target: { userId: 3 } }),
      auditEntryFor({ id: 'newest', time, action: 'setMfaOptOut', optOut: true, target: { userId: 2 }, outcome: { ok: false, kind: 'forbidden', status: 403 } }),
      auditEntryFor({ id: 'sandbox', origin: 'https://acme-sandbox.resolver.com', target: { userId: 2 } }),
    ]);
    const card = await showCard(ALICE, subject);
    expect(fact(card, 'Last action here')).toBe(
      `Opt out of MFA: Failed: refused (403), ${formatTimestamp(time)}`,
    );
  });

  it('says so when the history cannot be read', async () => {
    const broken = { ...createAuditStore(), list: () => Promise.reject(new Error('storage gone')) };
    render(<UserCard user={ALICE} origin={ORIGIN} membership={subject} history={broken} />);
    expect(await screen.findByText('This browser’s history could not be read.')).toBeInTheDocument();
  });
});
