import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { t } from '@/lib/i18n';
import type { MembershipState } from '@/lib/protocol';
import { MfaOptOutForm } from './MfaOptOutForm';
import { createTestBridge, deferred, formPropsFor, type Handlers } from './test-bridge';

type MembershipAnswer = ReturnType<Handlers['getMembership']>;

function membership(mfaOptOut: boolean | null): MembershipState {
  return { mfaOptOut, isAdmin: false, isActive: true };
}

function setup(overrides: Partial<Handlers> = {}, requireTrustedClicks = false) {
  const testBridge = createTestBridge(overrides);
  const user = userEvent.setup();
  render(<MfaOptOutForm {...formPropsFor(testBridge.bridge, requireTrustedClicks)} />);
  const field = screen.getByRole('textbox', { name: 'User' });
  return { ...testBridge, user, field };
}

async function findBob(user: ReturnType<typeof userEvent.setup>, field: HTMLElement) {
  await user.type(field, 'bob@example.com');
  await user.click(screen.getByRole('button', { name: 'Find user' }));
  await screen.findByText('User: Bob Sample (bob@example.com, id 3)');
}

describe('MfaOptOutForm', () => {
  it('starts with only the user field and a Find button', () => {
    const { calls } = setup();
    expect(screen.getByRole('button', { name: 'Find user' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Change to' })).not.toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it('shows a user subject to MFA and preselects opting them out', async () => {
    const { user, field, callsTo } = setup({ getMembership: () => ({ ok: true, value: membership(false) }) });
    await findBob(user, field);

    expect(await screen.findByText('Currently subject to MFA.')).toBeInTheDocument();
    expect(callsTo('getMembership')).toEqual([{ userId: 3 }]);
    expect(screen.getByRole('radio', { name: 'Opt out of MFA' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Opt out…' })).toBeInTheDocument();
  });

  it('shows an opted-out user and preselects opting them back in', async () => {
    const { user, field } = setup({ getMembership: () => ({ ok: true, value: membership(true) }) });
    await findBob(user, field);

    expect(await screen.findByText('Currently opted out of MFA.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Opt back in to MFA' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Opt back in…' })).toBeInTheDocument();
  });

  it.each([
    ['Resolver does not return the flag', (): MembershipAnswer => ({ ok: true, value: membership(null) })],
    ['the membership cannot be read', (): MembershipAnswer => ({ ok: false, kind: 'not-found', status: 404 })],
  ])('state unknown when %s: nothing preselected, a choice is required', async (_case, getMembership) => {
    const { user, field, callsTo } = setup({ getMembership });
    await findBob(user, field);

    expect(await screen.findByText('Current MFA state: unknown (Resolver did not say).')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Opt out of MFA' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Opt back in to MFA' })).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Continue…' }));
    const group = screen.getByRole('group', { name: 'Change to' });
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(group).toHaveAccessibleDescription('Choose whether to opt this user out or back in.');
    expect(callsTo('prepareAction')).toEqual([]);

    await user.click(screen.getByRole('radio', { name: 'Opt back in to MFA' }));
    expect(group).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Opt back in…' }));
    await screen.findByRole('dialog');
    expect(callsTo('prepareAction')).toEqual([{ action: 'setMfaOptOut', input: { userId: 3, optOut: false } }]);
  });

  it('says it is still checking while the membership loads', async () => {
    const answer = deferred<Awaited<ReturnType<Handlers['getMembership']>>>();
    const { user, field } = setup({ getMembership: () => answer.promise });
    await findBob(user, field);
    expect(screen.getByText('Checking their current MFA state…')).toBeInTheDocument();
    answer.resolve({ ok: true, value: membership(false) });
    expect(await screen.findByText('Currently subject to MFA.')).toBeInTheDocument();
  });

  it('opts a user out: confirmation shows the request with only mfaOptOut, then success', async () => {
    const { user, field, callsTo } = setup();
    await findBob(user, field);
    await screen.findByText('Currently subject to MFA.');
    await user.click(screen.getByRole('button', { name: 'Opt out…' }));

    const dialog = await screen.findByRole('dialog', { name: 'Opt this user out of MFA?' });
    expect(dialog).toHaveTextContent('Bob Sample (bob@example.com, id 3) will be opted out of MFA in Acme Corp (production).');
    expect(within(dialog).getByText('PUT /user/users/3/membership')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Request body').textContent).toBe('{\n  "mfaOptOut": true\n}');

    await user.click(within(dialog).getByRole('button', { name: 'Confirm opt-out' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Bob Sample (bob@example.com, id 3) is now opted out of MFA in Acme Corp (production). They will sign in without an MFA code.',
    );
    expect(callsTo('runAction')).toEqual([{ action: 'setMfaOptOut', input: { userId: 3, optOut: true } }]);
  });

  it('opts a user back in when the admin chooses so', async () => {
    const { user, field, callsTo } = setup({ getMembership: () => ({ ok: true, value: membership(true) }) });
    await findBob(user, field);
    await screen.findByText('Currently opted out of MFA.');
    await user.click(screen.getByRole('button', { name: 'Opt back in…' }));
    await user.click(await screen.findByRole('button', { name: 'Confirm opt-in' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Bob Sample (bob@example.com, id 3) is subject to MFA again in Acme Corp (production).',
    );
    expect(callsTo('runAction')).toEqual([{ action: 'setMfaOptOut', input: { userId: 3, optOut: false } }]);
  });

  it('warns that MFA does not apply to SSO users', async () => {
    const { user, field } = setup();
    await user.type(field, 'sam@example.com{Enter}');
    expect(await screen.findByText(/signs in with single sign-on \(SSO\): MFA does not apply/)).toBeInTheDocument();
  });

  it('starts from the new user’s own state after picking another user', async () => {
    const { user, field } = setup({ getMembership: () => ({ ok: true, value: membership(false) }) });
    await user.type(field, 'alice{Enter}');
    await user.click(await screen.findByRole('radio', { name: /Alice Example/ }));
    await screen.findByText('Currently subject to MFA.');
    await user.click(screen.getByRole('radio', { name: 'Opt back in to MFA' }));

    await user.click(screen.getByRole('radio', { name: /Alice Other/ }));
    expect(await screen.findByRole('radio', { name: 'Opt out of MFA', checked: true })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Opt out…' })).toBeInTheDocument();
  });

  it('session ended: the user and the choice stay for a retry', async () => {
    const { user, field } = setup({ runAction: () => ({ ok: false, kind: 'session-ended', status: 401 }) });
    await findBob(user, field);
    await screen.findByText('Currently subject to MFA.');
    await user.click(screen.getByRole('radio', { name: 'Opt back in to MFA' }));
    await user.click(screen.getByRole('button', { name: 'Opt back in…' }));
    await user.click(await screen.findByRole('button', { name: 'Confirm opt-in' }));

    expect(await screen.findByText(t('failure.session-ended'))).toBeInTheDocument();
    expect(field).toHaveValue('bob@example.com');
    expect(screen.getByRole('radio', { name: 'Opt back in to MFA' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Opt back in…' })).toBeEnabled();
  });

  it('forbidden is reported with Resolver’s detail', async () => {
    const { user, field } = setup({
      runAction: () => ({ ok: false, kind: 'forbidden', status: 403, detail: 'access.denied' }),
    });
    await findBob(user, field);
    await screen.findByText('Currently subject to MFA.');
    await user.click(screen.getByRole('button', { name: 'Opt out…' }));
    await user.click(await screen.findByRole('button', { name: 'Confirm opt-out' }));
    const outcome = await screen.findByRole('status');
    await within(outcome).findByText(t('failure.forbidden'));
    expect(within(outcome).getByText('Details: access.denied')).toBeInTheDocument();
  });

  it('with requireTrustedClicks, a synthetic click cannot confirm', async () => {
    const { user, field, callsTo } = setup({}, true);
    await findBob(user, field);
    await screen.findByText('Currently subject to MFA.');
    await user.click(screen.getByRole('button', { name: 'Opt out…' }));
    await user.click(await screen.findByRole('button', { name: 'Confirm opt-out' }));
    expect(callsTo('runAction')).toEqual([]);
  });
});
