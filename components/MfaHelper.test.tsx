import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '@/lib/i18n';
import type { Result, TabStatus } from '@/lib/protocol';
import { countInteractions } from './count-interactions';
import { MfaHelper, type MfaHelperProps } from './MfaHelper';
import {
  configureChecklist,
  adminSession,
  createTestBridge,
  deferred,
  preparedRequest,
  SANDBOX,
  signedInStatus,
  signedOutStatus,
  type Handlers,
} from './test-bridge';

function setup(overrides: Partial<Handlers> = {}, props: Partial<Omit<MfaHelperProps, 'bridge'>> = {}) {
  const testBridge = createTestBridge(overrides);
  const user = userEvent.setup();
  render(<MfaHelper bridge={testBridge.bridge} surface="popup" {...props} />);
  return { ...testBridge, user };
}

const status = (value: TabStatus): Result<TabStatus> => ({ ok: true, value });

describe('MfaHelper status header', () => {
  it('says it is checking until the tab answers', async () => {
    const answer = deferred<Result<TabStatus>>();
    setup({ getStatus: () => answer.promise });
    expect(screen.getByText('Checking your Resolver tab…')).toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
    answer.resolve(status(signedInStatus()));
    expect(await screen.findByRole('tablist')).toBeInTheDocument();
    expect(screen.queryByText('Checking your Resolver tab…')).not.toBeInTheDocument();
  });

  it('shows the environment as PRODUCTION, the admin, the org and the session time left', async () => {
    setup();
    const header = await screen.findByRole('banner');
    await within(header).findByText('PRODUCTION');
    expect(header).toHaveTextContent('acme.resolver.com');
    expect(within(header).getByText('Ada Admin')).toBeInTheDocument();
    expect(within(header).getByText('Acme Corp')).toBeInTheDocument();
    expect(within(header).getByText(/^(10:00|9:5\d) left$/)).toBeInTheDocument();
  });

  it('names where the session came from, and says when its time left is unknown', async () => {
    setup({ getStatus: () => status(signedInStatus({ session: { ...adminSession(), source: 'access-token', expiresAt: null } })) });
    const header = await screen.findByRole('banner');
    expect(await within(header).findByText('the Swagger page’s address (access_token)')).toBeInTheDocument();
    expect(within(header).getByText('time left unknown')).toBeInTheDocument();
  });

  it('shows a sandbox environment as such, never as production', async () => {
    setup({ getStatus: () => status(signedInStatus(SANDBOX)) });
    const header = await screen.findByRole('banner');
    await within(header).findByText('Sandbox');
    expect(within(header).queryByText('PRODUCTION')).not.toBeInTheDocument();
  });

  it('when the countdown has run out, reads the status again (the web app may have renewed it)', async () => {
    const answers = [
      status(signedInStatus({ session: { ...adminSession(), expiresAt: Math.floor(Date.now() / 1000) - 5 } })),
      status(signedInStatus()),
    ];
    const { callsTo } = setup({ getStatus: () => answers.shift() ?? status(signedInStatus()) });
    expect(await screen.findByText(/^(10:00|9:5\d) left$/)).toBeInTheDocument();
    expect(callsTo('getStatus')).toHaveLength(2);
  });

  it('shows "expired" when the session has run out and was not renewed', async () => {
    const expired = status(signedInStatus({ session: { ...adminSession(), expiresAt: Math.floor(Date.now() / 1000) - 5 } }));
    setup({ getStatus: () => expired });
    expect(await screen.findByText('expired')).toBeInTheDocument();
  });

  it('Refresh status reads the tab again', async () => {
    const answers = [status(signedOutStatus()), status(signedInStatus())];
    const { user } = setup({ getStatus: () => answers.shift() ?? status(signedInStatus()) });
    await screen.findByRole('heading', { name: 'Sign in to Resolver' });
    await user.click(screen.getByRole('button', { name: 'Refresh status' }));
    expect(await screen.findByRole('tablist')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Sign in to Resolver' })).not.toBeInTheDocument();
  });
});

describe('MfaHelper when the actions are not available', () => {
  it('no Resolver tab: says where it works and what to do', async () => {
    setup({ getStatus: () => ({ ok: false, kind: 'no-resolver-tab' }) });
    expect(await screen.findByRole('heading', { name: 'Open your Resolver tab' })).toBeInTheDocument();
    expect(screen.getByText(/works on Resolver Core pages \(https:\/\/<environment>\.resolver\.com\)/)).toBeInTheDocument();
    expect(screen.getByText(/sign in, then open the helper again/)).toBeInTheDocument();
    expect(screen.getByText(/already open before the helper was installed, reload it/)).toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
  });

  it('signed out: says to sign in in the tab', async () => {
    setup({ getStatus: () => status(signedOutStatus()) });
    expect(await screen.findByRole('heading', { name: 'Sign in to Resolver' })).toBeInTheDocument();
    expect(screen.getByText(/Sign in to Resolver in this tab/)).toBeInTheDocument();
    expect(screen.getByText('Not signed in to Resolver in this tab.')).toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
  });

  it('not an admin: says the actions need an admin', async () => {
    setup({ getStatus: () => status(signedInStatus({ session: { ...adminSession(), isAdmin: false } })) });
    expect(await screen.findByRole('heading', { name: 'An admin account is needed' })).toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
  });

  it('the tab did not answer in time: explained as an alert', async () => {
    setup({ getStatus: () => ({ ok: false, kind: 'timeout' }) });
    expect(await screen.findByRole('alert')).toHaveTextContent(t('failure.timeout'));
  });
});

describe('MfaHelper actions', () => {
  // These tests are about the flow itself, so the admin has cleared the caller checklist; the
  // checklist's gating is tested in ResetMfaForm.lost-phone.test.tsx.
  beforeEach(async () => {
    fakeBrowser.reset();
    await configureChecklist([]);
  });

  it('offers the three actions as tabs, Reset MFA first and selected, its field focused', async () => {
    setup();
    const tabs = within(await screen.findByRole('tablist', { name: 'MFA actions' })).getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Reset MFA', 'Opt out / in', 'Enforce MFA']);
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Reset MFA' })).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'User' })).toHaveFocus();
  });

  it('resets MFA by email in three interactions after opening, confirmation included', async () => {
    const { user: rawUser, callsTo } = setup();
    // Nothing but the counted user-event calls touches the UI.
    const { user, interactions } = countInteractions(rawUser);
    await screen.findByRole('tablist');

    await user.keyboard('alice@example.com');
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Confirm reset' }));

    const outcome = await screen.findByText(/^MFA reset for/);
    expect(outcome).toHaveTextContent('MFA reset for Alice Example (alice@example.com, id 2) in Acme Corp (production).');
    expect(callsTo('runAction')).toEqual([
      { action: 'resetUserMfa', input: { userId: 2 }, target: { userId: 2, name: 'Alice Example', email: 'alice@example.com' }, expected: preparedRequest('resetUserMfa', { userId: 2 }) },
    ]);
    expect(interactions()).toBe(3);
  });

  it('tabs work with the keyboard alone (arrows, Home, End) and keep what was typed', async () => {
    const { user } = setup();
    await screen.findByRole('tablist');
    await user.keyboard('bob');

    await user.tab({ shift: true });
    const resetTab = screen.getByRole('tab', { name: 'Reset MFA' });
    expect(resetTab).toHaveFocus();

    await user.keyboard('{ArrowRight}');
    const optOutTab = screen.getByRole('tab', { name: 'Opt out / in' });
    expect(optOutTab).toHaveFocus();
    expect(optOutTab).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Opt out / in' })).toBeVisible();
    expect(screen.queryByRole('tabpanel', { name: 'Reset MFA' })).not.toBeInTheDocument();

    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Enforce MFA' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(resetTab).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Enforce MFA' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Home}');
    expect(resetTab).toHaveAttribute('aria-selected', 'true');

    // Only the selected tab is a tab stop; Tab moves on into its panel.
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'User' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'User' })).toHaveValue('bob');
  });

  it('enforce tab is reachable and names the environment', async () => {
    const { user } = setup();
    await user.click(await screen.findByRole('tab', { name: 'Enforce MFA' }));
    expect(screen.getByRole('tabpanel', { name: 'Enforce MFA' })).toHaveTextContent(
      'MFA will be enforced on EVERY org of this production environment, not only Acme Corp.',
    );
  });

  it('after the session ends mid-action, says to sign in and keeps the form and its input', async () => {
    const answers = [status(signedInStatus()), status(signedInStatus()), status(signedOutStatus())];
    const { user } = setup({
      getStatus: () => answers.shift() ?? status(signedOutStatus()),
      runAction: () => ({ ok: false, kind: 'session-ended', status: 401 }),
    });
    await screen.findByRole('tablist');
    await user.keyboard('alice@example.com{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Confirm reset' }));

    expect(await screen.findByText(t('failure.session-ended'))).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Sign in to Resolver' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'User' })).toHaveValue('alice@example.com');
  });

  it('in the page panel, a synthetic click cannot confirm', async () => {
    const { user, callsTo } = setup({}, { surface: 'panel', requireTrustedClicks: true });
    await screen.findByRole('tablist');
    await user.keyboard('alice@example.com{Enter}');
    const confirm = await screen.findByRole('button', { name: 'Confirm reset' });
    await user.click(confirm);
    confirm.click();
    expect(callsTo('runAction')).toEqual([]);
  });

  it('in the popup, the same click confirms', async () => {
    const { user, callsTo } = setup({}, { surface: 'popup' });
    await screen.findByRole('tablist');
    await user.keyboard('alice@example.com{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Confirm reset' }));
    await screen.findByText(/^MFA reset for/);
    expect(callsTo('runAction')).toHaveLength(1);
  });
});
