import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ResetMfaForm } from './ResetMfaForm';
import { configureChecklist, createTestBridge, formPropsFor, preparedRequest } from './test-bridge';

const REASON = 'Reason / ticket reference (optional)';

function setup() {
  const testBridge = createTestBridge();
  const user = userEvent.setup();
  render(<ResetMfaForm {...formPropsFor(testBridge.bridge)} autoFocus />);
  return { ...testBridge, user, field: screen.getByRole('textbox', { name: 'User' }) };
}

async function review(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.type(field, `${text}{Enter}`);
  return screen.findByRole('dialog', { name: 'Reset this user’s MFA?' });
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the lost-phone flow in ResetMfaForm', () => {
  it('enables Confirm only once every caller check is ticked, and a new confirmation starts unticked', async () => {
    await configureChecklist(['Called back on the HR number', 'Manager approved in the ticket']);
    const { user, field, callsTo } = setup();
    let dialog = await review(user, field, 'alice@example.com');
    const checks = within(dialog).getByRole('group', { name: 'Caller verified' });
    const confirm = within(dialog).getByRole('button', { name: 'Confirm reset' });
    expect(confirm).toBeDisabled();
    await user.click(within(checks).getByRole('checkbox', { name: 'Called back on the HR number' }));
    expect(confirm).toBeDisabled();
    await user.click(within(checks).getByRole('checkbox', { name: 'Manager approved in the ticket' }));
    expect(confirm).toBeEnabled();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Reset MFA…' }));
    dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByRole('checkbox').map((box) => (box as HTMLInputElement).checked)).toEqual([false, false]);
    expect(within(dialog).getByRole('button', { name: 'Confirm reset' })).toBeDisabled();
    expect(callsTo('runAction')).toEqual([]);
  });

  it('shows the user card in the confirmation, with their MFA state', async () => {
    await configureChecklist([]);
    const { user, field } = setup();
    const dialog = await review(user, field, 'alice@example.com');
    const card = within(dialog).getByRole('region', { name: 'About Alice Example' });
    expect(card).toHaveTextContent('Currently subject to MFA.');
    expect(card).toHaveTextContent('Not reported by Resolver.');
  });

  it('shows no checklist when the admin configured none, and sends the reason with the action', async () => {
    await configureChecklist([]);
    const { user, field, callsTo } = setup();
    const dialog = await review(user, field, 'alice@example.com');
    expect(within(dialog).queryByRole('group', { name: 'Caller verified' })).not.toBeInTheDocument();
    const reason = within(dialog).getByRole('textbox', { name: REASON });
    expect(reason).toHaveAttribute('maxLength', '500');
    await user.type(reason, '  INC-4711 lost phone  ');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm reset' }));
    await screen.findByText(/^MFA reset for Alice Example/);
    expect(callsTo('runAction')).toEqual([
      {
        action: 'resetUserMfa',
        input: { userId: 2 },
        expected: preparedRequest('resetUserMfa', { userId: 2 }),
        target: { userId: 2, name: 'Alice Example', email: 'alice@example.com' },
        reason: 'INC-4711 lost phone',
      },
    ]);
  });

  it('sends no reason when none was typed', async () => {
    await configureChecklist([]);
    const { user, field, callsTo } = setup();
    const dialog = await review(user, field, 'alice@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm reset' }));
    await screen.findByText(/^MFA reset for Alice Example/);
    expect(callsTo('runAction')[0]).not.toHaveProperty('reason');
  });

  it('after a reset, offers the message for the user and copies it', async () => {
    await configureChecklist([]);
    const { user, field } = setup();
    const dialog = await review(user, field, 'alice@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm reset' }));
    const message = await screen.findByRole('textbox', { name: 'Message for the user' });
    const text = (message as HTMLTextAreaElement).value;
    expect(text).toMatch(/^Hello Alice Example,/);
    expect(text).toContain('https://acme.resolver.com');
    expect(text).toContain('scan the new QR code with your authenticator app');
    expect(text).toContain('Remember this device for 30 days');
    await user.click(screen.getByRole('button', { name: 'Copy message' }));
    expect(await screen.findByText('Copied.')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(text);
  });

  it('says clearly when the message could not be copied', async () => {
    await configureChecklist([]);
    const { user, field } = setup();
    const dialog = await review(user, field, 'alice@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm reset' }));
    await screen.findByRole('textbox', { name: 'Message for the user' });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copy message' }));
    expect(await screen.findByText(/could not be copied: select the text above/)).toBeInTheDocument();
    expect(screen.queryByText('Copied.')).not.toBeInTheDocument();
  });

  it('needs an extra acknowledgement before the admin resets their own MFA', async () => {
    await configureChecklist([]);
    const { user, field, callsTo } = setup();
    // The test session's admin is Ada Admin, id 1.
    const dialog = await review(user, field, 'ada@example.com');
    expect(dialog).toHaveTextContent('This is your own account.');
    const confirm = within(dialog).getByRole('button', { name: 'Confirm reset' });
    expect(confirm).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: 'I understand that this changes my own account.' }));
    expect(confirm).toBeEnabled();
    await user.click(confirm);
    await screen.findByText(/^MFA reset for Ada Admin/);
    expect(callsTo('runAction')).toHaveLength(1);
  });

  it('asks no such acknowledgement for another user', async () => {
    await configureChecklist([]);
    const { user, field } = setup();
    const dialog = await review(user, field, 'alice@example.com');
    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('SSO user: shows the card, explains MFA does not apply, and offers no reset', async () => {
    await configureChecklist([]);
    const { user, field, callsTo } = setup();
    await user.type(field, 'sam@example.com{Enter}');
    const card = await screen.findByRole('region', { name: 'About Sam Sso' });
    expect(card).toHaveTextContent(/MFA does not apply to them/);
    const submit = screen.getByRole('button', { name: 'Reset MFA…' });
    expect(submit).toBeDisabled();
    expect(submit).toHaveAccessibleDescription(expect.stringMatching(/MFA does not apply/));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(callsTo('prepareAction')).toEqual([]);
  });
});
