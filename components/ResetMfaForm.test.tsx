import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '@/lib/i18n';
import type { Failure, FailureKind } from '@/lib/protocol';
import { parseUserId } from '@/lib/resolver';
import { failureOf } from '@/lib/resolver/test-failure';
import { ResetMfaForm } from './ResetMfaForm';
import {
  configureChecklist,
  ALICE,
  createTestBridge,
  deferred,
  formPropsFor,
  preparedRequest,
  SANDBOX,
  signedInStatus,
  signedOutStatus,
  type Handlers,
} from './test-bridge';

function setup(overrides: Partial<Handlers> = {}, requireTrustedClicks = false) {
  const testBridge = createTestBridge(overrides);
  const user = userEvent.setup();
  render(<ResetMfaForm {...formPropsFor(testBridge.bridge, requireTrustedClicks)} autoFocus />);
  const field = screen.getByRole('textbox', { name: 'User' });
  const submit = screen.getByRole('button', { name: 'Reset MFA…' });
  return { ...testBridge, user, field, submit };
}

describe('ResetMfaForm', () => {
  // These tests are about the flow itself, so the admin has cleared the caller checklist; the
  // checklist's gating is tested in ResetMfaForm.lost-phone.test.tsx.
  beforeEach(async () => {
    fakeBrowser.reset();
    await configureChecklist([]);
  });

  it('starts idle with the user field focused and nothing asked of the tab', () => {
    const { field, calls } = setup();
    expect(field).toHaveFocus();
    expect(field).toHaveValue('');
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it('opens the confirmation straight away when exactly one user matches the email', async () => {
    const { user, field, callsTo } = setup();
    await user.type(field, 'alice@example.com{Enter}');

    const dialog = await screen.findByRole('dialog', { name: 'Reset this user’s MFA?' });
    expect(callsTo('findUsers')).toEqual([{ query: 'alice@example.com' }]);
    expect(callsTo('prepareAction')).toEqual([{ action: 'resetUserMfa', input: { userId: 2 } }]);
    expect(within(dialog).getByText('Alice Example (alice@example.com, id 2)')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('MFA will be reset for Alice Example (alice@example.com, id 2) in Acme Corp (production).');
  });

  it('confirmation shows the target, org, environment, the exact request and its source', async () => {
    const { user, field } = setup();
    await user.type(field, 'alice@example.com{Enter}');
    const dialog = await screen.findByRole('dialog');

    const request = preparedRequest('resetUserMfa', { userId: 2 });
    expect(within(dialog).getByText('Acme Corp')).toBeInTheDocument();
    expect(within(dialog).getByText('PRODUCTION')).toBeInTheDocument();
    expect(within(dialog).getByText(`PUT ${request.path}`)).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Request body').textContent).toBe('{\n  "userId": 2\n}');
    expect(within(dialog).getByText('Built from this environment’s API description.')).toBeInTheDocument();
  });

  it('says first, before anything else, when the body is the built-in guess', async () => {
    const { user, field } = setup({
      prepareAction: ({ action, input }) => ({ ok: true, value: preparedRequest(action, input, 'default') }),
    });
    await user.type(field, 'alice@example.com{Enter}');
    const dialog = await screen.findByRole('dialog');
    const warning = t('ui.confirm.guess');
    expect(dialog.firstElementChild).toHaveTextContent(warning);
    expect(dialog).toHaveAccessibleDescription(expect.stringMatching(new RegExp(`^${warning.slice(0, 40)}`)));
    expect(within(dialog).getByText('Built from the extension’s built-in guess.')).toBeInTheDocument();
  });

  it('names the description a body came from, and says so for a pasted Example Value', async () => {
    const described = setup({
      prepareAction: ({ action, input }) => ({
        ok: true,
        value: { ...preparedRequest(action, input), description: { found: 'swagger-ui', url: null } },
      }),
    });
    await described.user.type(described.field, 'alice@example.com{Enter}');
    expect(
      await screen.findByText('Built from this environment’s API description (loaded by Swagger UI on the Swagger page: inline in the page).'),
    ).toBeInTheDocument();
  });

  it('names the environment of the tab at confirmation time (sandbox)', async () => {
    const { user, field } = setup({ getStatus: () => ({ ok: true, value: signedInStatus(SANDBOX) }) });
    await user.type(field, 'alice@example.com{Enter}');
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('in Acme Corp (sandbox)');
    expect(within(dialog).getByText('Sandbox')).toBeInTheDocument();
  });

  it('looks an id up to show who it is before confirming', async () => {
    const { user, field, callsTo } = setup();
    await user.type(field, '2');
    await user.click(screen.getByRole('button', { name: 'Reset MFA…' }));
    const dialog = await screen.findByRole('dialog');
    expect(callsTo('findUsers')).toEqual([{ query: '2' }]);
    expect(within(dialog).getByText('Alice Example (alice@example.com, id 2)')).toBeInTheDocument();
  });

  it('does not take another user for an id the search did not return', async () => {
    const { user, field, callsTo } = setup({ findUsers: () => ({ ok: true, value: [ALICE] }) });
    await user.type(field, '42{Enter}');
    expect(await screen.findByText('No user matches “42”.')).toBeInTheDocument();
    expect(callsTo('prepareAction')).toEqual([]);
  });

  it('lists several candidates and confirms only after one is picked', async () => {
    const { user, field, submit, callsTo } = setup();
    await user.type(field, 'alice{Enter}');

    const list = await screen.findByRole('group', { name: '2 users match “alice”. Choose one:' });
    expect(callsTo('prepareAction')).toEqual([]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(submit);
    expect(list).toHaveAttribute('aria-invalid', 'true');
    expect(list).toHaveAccessibleDescription('Choose one of the users listed.');
    expect(callsTo('findUsers')).toHaveLength(1);

    await user.click(within(list).getByRole('radio', { name: 'Alice Other (alice.other@example.com, id 7)' }));
    await user.click(submit);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Alice Other (alice.other@example.com, id 7)')).toBeInTheDocument();
    expect(callsTo('prepareAction')).toEqual([{ action: 'resetUserMfa', input: { userId: 7 } }]);
  });

  it('says when no user matches, on the field', async () => {
    const { user, field, callsTo } = setup();
    await user.type(field, 'nobody@example.com{Enter}');
    await screen.findByText('No user matches “nobody@example.com”.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('No user matches “nobody@example.com”.'));
    expect(callsTo('prepareAction')).toEqual([]);
  });


  it.each(['12a', '1e3', '-3', '0x10', '007'])('refuses the malformed id %s with the parser’s message', async (typed) => {
    const { user, field, calls } = setup();
    await user.type(field, `${typed}{Enter}`);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining(failureOf(() => parseUserId(typed)).message));
    expect(calls).toEqual([]);
  });

  it('asks for a user when the field is empty', async () => {
    const { user, submit, field, calls } = setup();
    await user.click(submit);
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Enter the user’s id, email or name.'));
    expect(calls).toEqual([]);
  });

  it('while sending: form and confirm disabled, busy, and a second click sends nothing more', async () => {
    const sending = deferred<Awaited<ReturnType<Handlers['runAction']>>>();
    const { user, field, submit, callsTo } = setup({ runAction: () => sending.promise });
    await user.type(field, 'alice@example.com{Enter}');
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: 'Confirm reset' });

    await user.click(confirm);
    expect(dialog).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('form', { name: 'Reset a user’s MFA' })).toHaveAttribute('aria-busy', 'true');
    expect(within(dialog).getByText('Sending…')).toBeInTheDocument();
    expect(confirm).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeDisabled();
    expect(field).toBeDisabled();
    expect(submit).toBeDisabled();
    await user.click(confirm);
    expect(callsTo('runAction')).toHaveLength(1);

    sending.resolve({ ok: true, value: { status: 204, request: preparedRequest('resetUserMfa', { userId: 2 }) } });
    await screen.findByText(/^MFA reset for/);
    expect(callsTo('runAction')).toHaveLength(1);
  });

  it('two clicks landing before the screen updates still send once', async () => {
    const { user, field, callsTo } = setup();
    await user.type(field, 'alice@example.com{Enter}');
    const confirm = await screen.findByRole('button', { name: 'Confirm reset' });
    act(() => {
      fireEvent.click(confirm);
      fireEvent.click(confirm);
    });
    await screen.findByText(/^MFA reset for/);
    expect(callsTo('runAction')).toHaveLength(1);
  });

  it('reports success in plain words and clears the field', async () => {
    const { user, field, callsTo } = setup();
    await user.type(field, 'alice@example.com{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Confirm reset' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'MFA reset for Alice Example (alice@example.com, id 2) in Acme Corp (production). They will set up MFA again at next sign-in.',
    );
    expect(callsTo('runAction')).toEqual([
      { action: 'resetUserMfa', input: { userId: 2 }, target: { userId: 2, name: 'Alice Example', email: 'alice@example.com' }, expected: preparedRequest('resetUserMfa', { userId: 2 }) },
    ]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(field).toHaveValue('');
  });

  it('session ended: says to sign in again and keeps the input for a retry, which works once signed in', async () => {
    let answer: Failure | null = { ok: false, kind: 'session-ended', status: 401 };
    const { user, field, callsTo } = setup({
      runAction: ({ action, input }) =>
        answer ?? { ok: true, value: { status: 204, request: preparedRequest(action, input) } },
    });
    await user.type(field, 'alice@example.com{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Confirm reset' }));

    expect(await screen.findByRole('status')).toHaveTextContent(t('failure.session-ended'));
    expect(screen.getByRole('status')).toHaveTextContent(/session has ended.*sign in again in this tab/i);
    expect(field).toHaveValue('alice@example.com');
    expect(field).toBeEnabled();

    answer = null;
    await user.click(screen.getByRole('button', { name: 'Reset MFA…' }));
    await user.click(await screen.findByRole('button', { name: 'Confirm reset' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/^MFA reset for Alice Example/);
    expect(callsTo('runAction')).toHaveLength(2);
  });

  const failures: { kind: FailureKind; status?: number; detail?: string; shown: string }[] = [
    { kind: 'forbidden', status: 403, detail: 'access.denied', shown: 'Details: access.denied' },
    { kind: 'not-found', status: 404, detail: 'user.not.found', shown: 'Details: user.not.found' },
    { kind: 'rejected', status: 400, detail: 'mfa.not.enabled', shown: 'Details: mfa.not.enabled' },
    { kind: 'server', status: 500, shown: 'Resolver answered with status 500.' },
    { kind: 'maintenance', status: 503, detail: 'org.is.in.maintenance.mode', shown: 'Details: org.is.in.maintenance.mode' },
    { kind: 'network', shown: '' },
    { kind: 'timeout', shown: '' },
  ];
  it.each(failures)('failure $kind: our sentence plus the detail, input kept', async ({ kind, status, detail, shown }) => {
    const { user, field, callsTo } = setup({ runAction: () => ({ ok: false, kind, status, detail }) });
    await user.type(field, 'alice@example.com{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Confirm reset' }));

    const outcome = await screen.findByRole('status');
    await within(outcome).findByText(t(`failure.${kind}`));
    if (shown) expect(within(outcome).getByText(shown)).toBeInTheDocument();
    expect(outcome).not.toHaveTextContent(/^MFA reset for/);
    expect(field).toHaveValue('alice@example.com');
    // Never retried automatically.
    expect(callsTo('runAction')).toHaveLength(1);
  });

  it('a failed lookup is reported the same way and nothing is prepared', async () => {
    const { user, field, callsTo } = setup({ findUsers: () => ({ ok: false, kind: 'network' }) });
    await user.type(field, 'alice@example.com{Enter}');
    expect(await screen.findByText(t('failure.network'))).toBeInTheDocument();
    expect(callsTo('prepareAction')).toEqual([]);
  });

  it('a request that cannot be built is reported with its reason, nothing opened', async () => {
    const { user, field } = setup({
      prepareAction: () => ({ ok: false, kind: 'invalid-input', detail: 'The example has several numbers.' }),
    });
    await user.type(field, 'alice@example.com{Enter}');
    expect(await screen.findByText('Details: The example has several numbers.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('does not open a confirmation when the tab is signed out by then', async () => {
    const { user, field } = setup({ getStatus: () => ({ ok: true, value: signedOutStatus() }) });
    await user.type(field, 'alice@example.com{Enter}');
    expect(await screen.findByText(t('failure.signed-out'))).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('Escape cancels the confirmation, sends nothing and returns focus to the field', async () => {
    const { user, field, callsTo } = setup();
    await user.type(field, 'alice@example.com{Enter}');
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(field).toHaveFocus();
    expect(field).toHaveValue('alice@example.com');
    expect(callsTo('runAction')).toEqual([]);
  });

  it('Cancel closes the confirmation without sending', async () => {
    const { user, field, callsTo } = setup();
    await user.type(field, 'alice@example.com{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(callsTo('runAction')).toEqual([]);
  });

  it('can be confirmed with the keyboard alone', async () => {
    const { user, callsTo } = setup();
    await user.keyboard('alice@example.com{Enter}');
    await screen.findByRole('dialog');
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Reason / ticket reference (optional)' })).toHaveFocus();
    await user.keyboard('INC-7');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Confirm reset' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await screen.findByText(/^MFA reset for Alice Example/);
    expect(callsTo('runAction')).toEqual([expect.objectContaining({ reason: 'INC-7' })]);
  });

  it('with requireTrustedClicks, an untrusted (synthetic) click on Confirm is ignored', async () => {
    const { user, field, callsTo } = setup({}, true);
    await user.type(field, 'alice@example.com{Enter}');
    const confirm = await screen.findByRole('button', { name: 'Confirm reset' });

    await user.click(confirm);
    confirm.click();
    expect(callsTo('runAction')).toEqual([]);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});
