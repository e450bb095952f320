import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { t } from '@/lib/i18n';
import { EnforceMfaForm } from './EnforceMfaForm';
import { adminSession, createTestBridge, formPropsFor, preparedRequest, SANDBOX, signedInStatus, type Handlers } from './test-bridge';
import type { SignedInStatus } from './use-action-flow';

function setup(
  statusOverrides: Partial<SignedInStatus> = {},
  overrides: Partial<Handlers> = {},
  requireTrustedClicks = false,
) {
  const status = signedInStatus(statusOverrides);
  const testBridge = createTestBridge({ getStatus: () => ({ ok: true, value: status }), ...overrides });
  const user = userEvent.setup();
  render(<EnforceMfaForm {...formPropsFor(testBridge.bridge, requireTrustedClicks)} status={status} />);
  return { ...testBridge, user };
}

async function openConfirmation(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Enforce MFA…' }));
  return screen.findByRole('dialog', { name: 'Enforce MFA on every org?' });
}

describe('EnforceMfaForm', () => {
  it('states that every org of the environment is affected and users get the setup screen', () => {
    setup();
    expect(screen.getByText('MFA will be enforced on EVERY org of this production environment, not only Acme Corp.')).toBeInTheDocument();
    expect(screen.getByText('Every active user gets the MFA setup screen at their next sign-in.')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('Confirm stays disabled until the org name is typed exactly', async () => {
    const { user, callsTo } = setup();
    const dialog = await openConfirmation(user);
    expect(callsTo('prepareAction')).toEqual([{ action: 'enforceOrgMfa', input: {} }]);
    const confirm = within(dialog).getByRole('button', { name: 'Confirm: enforce MFA' });
    const orgField = within(dialog).getByRole('textbox', { name: 'Type the org name “Acme Corp” to confirm' });
    expect(confirm).toBeDisabled();

    await user.type(orgField, 'acme corp');
    expect(confirm).toBeDisabled();
    await user.clear(orgField);
    await user.type(orgField, 'Acme Corp ');
    expect(confirm).toBeDisabled();
    await user.type(orgField, '{Backspace}');
    expect(confirm).toBeEnabled();

    await user.click(confirm);
    expect(await screen.findByRole('status')).toHaveTextContent(
      'MFA is now enforced on Acme Corp and every other org of this production environment. Every active user will set up MFA at next sign-in.',
    );
    expect(callsTo('runAction')).toEqual([{ action: 'enforceOrgMfa', input: {}, expected: preparedRequest('enforceOrgMfa', {}) }]);
  });

  it.each(['pending', 'refused'] as const)('says so when the outcome is %s, not in the history', async (unsaved) => {
    const { user } = setup({}, { runAction: () => ({ ok: true, value: { status: 204, request: preparedRequest('enforceOrgMfa', {}), unsaved } }) });
    const dialog = await openConfirmation(user);
    await user.type(within(dialog).getByRole('textbox', { name: 'Type the org name “Acme Corp” to confirm' }), 'Acme Corp');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm: enforce MFA' }));
    expect(await screen.findByText(t(`storage.unsaved.${unsaved}`))).toBeVisible();
  });

  it('the confirmation shows org, environment, request and source', async () => {
    const { user } = setup();
    const dialog = await openConfirmation(user);
    expect(dialog).toHaveTextContent('MFA will be enforced on Acme Corp and every other org of this production environment.');
    expect(within(dialog).getByText('PRODUCTION')).toBeInTheDocument();
    expect(within(dialog).getByText('PUT /user/org/mfa')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Request body').textContent).toBe('{\n  "mfaEnabled": true\n}');
    expect(within(dialog).getByText('Built from this environment’s API description.')).toBeInTheDocument();
  });

  it('the org name must be typed again for each confirmation', async () => {
    const { user } = setup();
    let dialog = await openConfirmation(user);
    await user.type(within(dialog).getByRole('textbox'), 'Acme Corp');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    dialog = await openConfirmation(user);
    expect(within(dialog).getByRole('textbox')).toHaveValue('');
    expect(within(dialog).getByRole('button', { name: 'Confirm: enforce MFA' })).toBeDisabled();
  });

  it('cannot be confirmed when the session does not name its org', async () => {
    const { user } = setup({ session: { ...adminSession(), org: null } });
    const dialog = await openConfirmation(user);
    expect(within(dialog).getByText(/does not name its org/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Confirm: enforce MFA' })).toBeDisabled();
  });

  it('in a sandbox: warns, and needs the acknowledgement before going on', async () => {
    const { user, callsTo } = setup(SANDBOX);
    const submit = screen.getByRole('button', { name: 'Enforce MFA…' });
    expect(screen.getByText('This is a sandbox environment. MFA should only be enforced in production environments.')).toBeInTheDocument();
    expect(submit).toBeDisabled();
    expect(submit).toHaveAccessibleDescription(/should only be enforced in production/);

    await user.click(submit);
    expect(callsTo('prepareAction')).toEqual([]);

    await user.click(screen.getByRole('checkbox', { name: 'I understand, and want to enforce MFA in this sandbox anyway.' }));
    expect(submit).toBeEnabled();
    const dialog = await openConfirmation(user);
    expect(within(dialog).getByText('Sandbox')).toBeInTheDocument();
  });

  it('session ended: explained, acknowledgement kept', async () => {
    const { user } = setup(
      SANDBOX,
      { runAction: () => ({ ok: false, kind: 'session-ended', status: 401 }) },
    );
    await user.click(screen.getByRole('checkbox'));
    const dialog = await openConfirmation(user);
    await user.type(within(dialog).getByRole('textbox'), 'Acme Corp');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm: enforce MFA' }));
    expect(await screen.findByText(t('failure.session-ended'))).toBeInTheDocument();
    expect(screen.getByRole('checkbox')).toBeChecked();
    expect(screen.getByRole('button', { name: 'Enforce MFA…' })).toBeEnabled();
  });

  it('with requireTrustedClicks, a synthetic click cannot confirm even with the name typed', async () => {
    const { user, callsTo } = setup({}, {}, true);
    const dialog = await openConfirmation(user);
    await user.type(within(dialog).getByRole('textbox'), 'Acme Corp');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm: enforce MFA' }));
    expect(callsTo('runAction')).toEqual([]);
  });

  it('without requireTrustedClicks, the same click confirms', async () => {
    const { user, callsTo } = setup({}, {}, false);
    const dialog = await openConfirmation(user);
    await user.type(within(dialog).getByRole('textbox'), 'Acme Corp');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm: enforce MFA' }));
    await screen.findByText(/^MFA is now enforced/);
    expect(callsTo('runAction')).toHaveLength(1);
  });
});
