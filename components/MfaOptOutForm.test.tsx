import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { t } from '@/lib/i18n';
import type { FailureKind, MembershipState } from '@/lib/protocol';
import { parseUserId } from '@/lib/resolver';
import { failureOf } from '@/lib/resolver/test-failure';
import { countInteractions } from './count-interactions';
import { MfaOptOutForm } from './MfaOptOutForm';
import { createTestBridge, deferred, formPropsFor, preparedRequest, type Handlers } from './test-bridge';

type MembershipAnswer = Awaited<ReturnType<Handlers['getMembership']>>;

const OPT_OUT = 'Opt out of MFA…';
const OPT_IN = 'Opt back in…';
const BOB = 'Bob Sample (bob@example.com, id 3)';

function membership(mfaOptOut: boolean | null): MembershipAnswer {
  const value: MembershipState = { mfaOptOut, isAdmin: false, isActive: true };
  return { ok: true, value };
}

function setup(overrides: Partial<Handlers> = {}, requireTrustedClicks = false) {
  const testBridge = createTestBridge(overrides);
  const user = userEvent.setup();
  render(<MfaOptOutForm {...formPropsFor(testBridge.bridge, requireTrustedClicks)} />);
  const field = screen.getByRole('textbox', { name: 'User' });
  return { ...testBridge, user, field };
}

/** Types Bob's email, clicks a direction and waits for the confirmation. */
async function reviewBob(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, button: string) {
  await user.type(field, 'bob@example.com');
  await user.click(screen.getByRole('button', { name: button }));
  return screen.findByRole('dialog');
}


describe('MfaOptOutForm', () => {
  it('starts with the user field and the two directions, nothing asked of the tab', () => {
    const { calls } = setup();
    expect(screen.getByRole('button', { name: OPT_OUT })).toBeEnabled();
    expect(screen.getByRole('button', { name: OPT_IN })).toBeEnabled();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it.each([
    { button: OPT_OUT, before: false, state: 'Currently subject to MFA.', confirm: 'Confirm opt-out', optOut: true,
      success: `${BOB} is now opted out of MFA in Acme Corp (production). They will sign in without an MFA code.` },
    { button: OPT_IN, before: true, state: 'Currently opted out of MFA.', confirm: 'Confirm opt-in', optOut: false,
      success: `${BOB} is subject to MFA again in Acme Corp (production). They will need an MFA code at next sign-in.` },
  ])('$button by email in three interactions, confirmation included', async ({ button, before, state, confirm, optOut, success }) => {
    const setUp = setup({ getMembership: () => membership(before) });
    // Nothing but the counted user-event calls touches the UI.
    const { user, interactions } = countInteractions(setUp.user);

    await user.type(setUp.field, 'bob@example.com');
    await user.click(screen.getByRole('button', { name: button }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(state);
    expect(within(dialog).getByText('PUT /user/users/3/membership')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Request body').textContent).toBe(`{\n  "mfaOptOut": ${optOut}\n}`);
    await user.click(within(dialog).getByRole('button', { name: confirm }));

    expect(await screen.findByRole('status')).toHaveTextContent(success);
    expect(setUp.callsTo('findUsers')).toEqual([{ query: 'bob@example.com' }]);
    expect(setUp.callsTo('getMembership')).toEqual([{ userId: 3 }]);
    expect(setUp.callsTo('runAction')).toEqual([
      { action: 'setMfaOptOut', input: { userId: 3, optOut }, target: { userId: 3, name: 'Bob Sample', email: 'bob@example.com' }, expected: preparedRequest('setMfaOptOut', { userId: 3, optOut }) },
    ]);
    expect(interactions()).toBe(3);
  });

  it('confirmation names the user, org, environment and what will happen', async () => {
    const { user, field } = setup();
    const dialog = await reviewBob(user, field, OPT_OUT);
    expect(dialog).toHaveAccessibleName('Opt this user out of MFA?');
    expect(dialog).toHaveTextContent(`${BOB} will be opted out of MFA in Acme Corp (production).`);
    expect(within(dialog).getByText(BOB)).toBeInTheDocument();
    expect(within(dialog).getByText('PRODUCTION')).toBeInTheDocument();
    expect(within(dialog).getByText('Built from this environment’s API description.')).toBeInTheDocument();
  });

  it.each([
    { case: 'known opted out', answer: membership(true), button: OPT_IN, shown: 'Currently opted out of MFA.' },
    { case: 'known subject to MFA', answer: membership(false), button: OPT_OUT, shown: 'Currently subject to MFA.' },
    { case: 'unknown (flag not returned)', answer: membership(null), button: OPT_OUT,
      shown: 'Current MFA state: unknown (Resolver did not say).' },
    { case: 'unknown (membership unreadable)', answer: { ok: false, kind: 'not-found', status: 404 } as const,
      button: OPT_IN, shown: 'Current MFA state: unknown (Resolver did not say).' },
  ])('confirmation shows the current state: $case, with no “already” note', async ({ answer, button, shown }) => {
    const { user, field } = setup({ getMembership: () => answer });
    const dialog = await reviewBob(user, field, button);
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining(shown));
    expect(dialog).not.toHaveTextContent(/already/);
  });

  it.each([
    { before: true, button: OPT_OUT, confirm: 'Confirm opt-out', optOut: true,
      note: `${BOB} is already opted out of MFA in Acme Corp: sending this changes nothing.` },
    { before: false, button: OPT_IN, confirm: 'Confirm opt-in', optOut: false,
      note: `${BOB} is already subject to MFA in Acme Corp: sending this changes nothing.` },
  ])('$button when already in that state: says so plainly and still allows sending', async ({ before, button, confirm, optOut, note }) => {
    const { user, field, callsTo } = setup({ getMembership: () => membership(before) });
    const dialog = await reviewBob(user, field, button);
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining(note));

    await user.click(within(dialog).getByRole('button', { name: confirm }));
    await screen.findByText(/^Bob Sample/);
    expect(callsTo('runAction')).toEqual([
      { action: 'setMfaOptOut', input: { userId: 3, optOut }, target: { userId: 3, name: 'Bob Sample', email: 'bob@example.com' }, expected: preparedRequest('setMfaOptOut', { userId: 3, optOut }) },
    ]);
  });

  it('Enter only looks the user up and shows their state: it never picks a direction', async () => {
    const { user, field, callsTo } = setup({ getMembership: () => membership(true) });
    await user.type(field, 'bob@example.com{Enter}');

    expect(await screen.findByText('Currently opted out of MFA.')).toBeInTheDocument();
    expect(screen.getByText(`User: ${BOB}`)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(callsTo('prepareAction')).toEqual([]);

    // The optional extra step still ends in the same confirmation, without searching again.
    await user.click(screen.getByRole('button', { name: OPT_IN }));
    expect(await screen.findByRole('dialog', { name: 'Opt this user back in to MFA?' })).toBeInTheDocument();
    expect(callsTo('findUsers')).toHaveLength(1);
    expect(callsTo('prepareAction')).toEqual([{ action: 'setMfaOptOut', input: { userId: 3, optOut: false } }]);
  });

  it('says it is still checking while the membership loads', async () => {
    const answer = deferred<MembershipAnswer>();
    const { user, field } = setup({ getMembership: () => answer.promise });
    await user.type(field, 'bob@example.com{Enter}');
    expect(await screen.findByText('Checking their current MFA state…')).toBeInTheDocument();
    answer.resolve(membership(false));
    expect(await screen.findByText('Currently subject to MFA.')).toBeInTheDocument();
  });

  it('several candidates: the pick list first, then the chosen user’s state and confirmation', async () => {
    const { user, field, callsTo } = setup({
      getMembership: ({ userId }) => membership(userId === 7),
    });
    await user.type(field, 'alice');
    await user.click(screen.getByRole('button', { name: OPT_IN }));

    const list = await screen.findByRole('group', { name: '2 users match “alice”. Choose one:' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(callsTo('prepareAction')).toEqual([]);
    expect(callsTo('getMembership')).toEqual([]);

    await user.click(screen.getByRole('button', { name: OPT_IN }));
    expect(list).toHaveAttribute('aria-invalid', 'true');
    expect(list).toHaveAccessibleDescription('Choose one of the users listed.');
    expect(callsTo('findUsers')).toHaveLength(1);

    await user.click(within(list).getByRole('radio', { name: 'Alice Other (alice.other@example.com, id 7)' }));
    expect(await screen.findByText('Currently opted out of MFA.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: OPT_IN }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Alice Other (alice.other@example.com, id 7)')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Currently opted out of MFA.');
    expect(callsTo('prepareAction')).toEqual([{ action: 'setMfaOptOut', input: { userId: 7, optOut: false } }]);
  });

  it('shows the state of the user picked last, even when an earlier answer arrives later', async () => {
    const slow = deferred<MembershipAnswer>();
    const { user, field } = setup({
      getMembership: ({ userId }) => (userId === 2 ? slow.promise : membership(true)),
    });
    await user.type(field, 'alice{Enter}');
    await user.click(await screen.findByRole('radio', { name: /Alice Example/ }));
    await user.click(screen.getByRole('radio', { name: /Alice Other/ }));
    expect(await screen.findByText('Currently opted out of MFA.')).toBeInTheDocument();

    slow.resolve(membership(false));
    await slow.promise;
    expect(screen.getByText('Currently opted out of MFA.')).toBeInTheDocument();
    expect(screen.queryByText('Currently subject to MFA.')).not.toBeInTheDocument();
  });

  it.each([
    ['12a', OPT_OUT],
    ['-3', OPT_IN],
    ['007', OPT_OUT],
  ])('refuses the malformed id %s on %s with the parser’s message, asking nothing of the tab', async (typed, button) => {
    const { user, field, calls } = setup();
    await user.type(field, typed);
    await user.click(screen.getByRole('button', { name: button }));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining(failureOf(() => parseUserId(typed)).message));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it('says when no user matches, and prepares nothing', async () => {
    const { user, field, callsTo } = setup();
    await user.type(field, 'nobody@example.com');
    await user.click(screen.getByRole('button', { name: OPT_OUT }));
    expect(await screen.findByText('No user matches “nobody@example.com”.')).toBeInTheDocument();
    expect(callsTo('getMembership')).toEqual([]);
    expect(callsTo('prepareAction')).toEqual([]);
  });

  it('SSO user: says MFA does not apply and offers neither direction', async () => {
    const { user, field, callsTo } = setup();
    await user.type(field, 'sam@example.com');
    await user.click(screen.getByRole('button', { name: OPT_OUT }));
    const card = await screen.findByRole('region', { name: 'About Sam Sso' });
    expect(card).toHaveTextContent(/single sign-on \(SSO\): MFA does not apply/);
    for (const name of [OPT_OUT, 'Opt back in…']) {
      const button = screen.getByRole('button', { name });
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription(expect.stringMatching(/MFA does not apply/));
    }
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(callsTo('prepareAction')).toEqual([]);
  });

  it('session ended: says to sign in again, keeps the input, and the retry works once signed in', async () => {
    let ended = true;
    const { user, field, callsTo } = setup({
      runAction: ({ action, input }) =>
        ended
          ? { ok: false, kind: 'session-ended', status: 401 }
          : { ok: true, value: { status: 204, request: preparedRequest(action, input) } },
    });
    const dialog = await reviewBob(user, field, OPT_OUT);
    await user.click(within(dialog).getByRole('button', { name: 'Confirm opt-out' }));

    expect(await screen.findByRole('status')).toHaveTextContent(t('failure.session-ended'));
    expect(field).toHaveValue('bob@example.com');
    expect(screen.getByRole('button', { name: OPT_OUT })).toBeEnabled();

    ended = false;
    await user.click(screen.getByRole('button', { name: OPT_OUT }));
    await user.click(await screen.findByRole('button', { name: 'Confirm opt-out' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/^Bob Sample .* is now opted out of MFA/);
    expect(callsTo('runAction')).toHaveLength(2);
  });

  const failures: { kind: FailureKind; status?: number; detail?: string; shown: string }[] = [
    { kind: 'forbidden', status: 403, detail: 'access.denied', shown: 'Details: access.denied' },
    { kind: 'not-found', status: 404, detail: 'membership.not.found', shown: 'Details: membership.not.found' },
    { kind: 'server', status: 500, shown: 'Resolver answered with status 500.' },
    { kind: 'network', shown: '' },
    { kind: 'timeout', shown: '' },
  ];
  it.each(failures)('failure $kind: our sentence plus the detail, input kept, never retried', async ({ kind, status, detail, shown }) => {
    const { user, field, callsTo } = setup({ runAction: () => ({ ok: false, kind, status, detail }) });
    const dialog = await reviewBob(user, field, OPT_IN);
    await user.click(within(dialog).getByRole('button', { name: 'Confirm opt-in' }));

    const outcome = await screen.findByRole('status');
    await within(outcome).findByText(t(`failure.${kind}`));
    if (shown) expect(within(outcome).getByText(shown)).toBeInTheDocument();
    expect(field).toHaveValue('bob@example.com');
    expect(screen.getByRole('button', { name: OPT_IN })).toBeEnabled();
    expect(callsTo('runAction')).toHaveLength(1);
  });

  it('after a failed send, the form shows the state as it is now', async () => {
    const answers = [membership(false), membership(true)];
    const { user, field } = setup({
      getMembership: () => answers.shift() ?? membership(null),
      runAction: () => ({ ok: false, kind: 'timeout' }),
    });
    const dialog = await reviewBob(user, field, OPT_OUT);
    expect(dialog).toHaveTextContent('Currently subject to MFA.');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm opt-out' }));
    expect(await screen.findByText('Currently opted out of MFA.')).toBeInTheDocument();
  });

  it('a failed lookup is reported and nothing is prepared', async () => {
    const { user, field, callsTo } = setup({ findUsers: () => ({ ok: false, kind: 'network' }) });
    await user.type(field, 'bob@example.com');
    await user.click(screen.getByRole('button', { name: OPT_OUT }));
    expect(await screen.findByText(t('failure.network'))).toBeInTheDocument();
    expect(field).toHaveValue('bob@example.com');
    expect(callsTo('prepareAction')).toEqual([]);
  });

  it('works with the keyboard alone: field, reminder choice, then each direction button, then Confirm', async () => {
    const { user, field, callsTo } = setup();
    await user.tab();
    expect(field).toHaveFocus();
    await user.keyboard('bob@example.com');
    await user.tab();
    expect(screen.getByRole('combobox', { name: t('reminders.field.label') })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: OPT_OUT })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: OPT_IN })).toHaveFocus();
    await user.keyboard('{Enter}');

    const dialog = await screen.findByRole('dialog', { name: 'Opt this user back in to MFA?' });
    expect(dialog).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Confirm opt-in' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await screen.findByText(/^Bob Sample .* is subject to MFA again/);
    expect(callsTo('runAction')).toEqual([
      { action: 'setMfaOptOut', input: { userId: 3, optOut: false }, target: { userId: 3, name: 'Bob Sample', email: 'bob@example.com' }, expected: preparedRequest('setMfaOptOut', { userId: 3, optOut: false }) },
    ]);
  });

  it('Escape cancels, sends nothing and returns focus to the field', async () => {
    const { user, field, callsTo } = setup();
    const dialog = await reviewBob(user, field, OPT_OUT);
    expect(dialog).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(field).toHaveFocus();
    expect(callsTo('runAction')).toEqual([]);
  });

  it('with requireTrustedClicks, a synthetic click cannot confirm', async () => {
    const { user, field, callsTo } = setup({}, true);
    const dialog = await reviewBob(user, field, OPT_OUT);
    const confirm = within(dialog).getByRole('button', { name: 'Confirm opt-out' });
    await user.click(confirm);
    confirm.click();
    expect(callsTo('runAction')).toEqual([]);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});
