/** What the organisation's policy (managed storage) changes in the helper's views. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '@/lib/i18n';
import { createSettingsStore } from '@/lib/settings/settings-store';
import { MfaHelper } from './MfaHelper';
import { MfaOptOutForm } from './MfaOptOutForm';
import { ResetMfaForm } from './ResetMfaForm';
import { CallerChecklistSettings } from './settings/CallerChecklistSettings';
import { PolicySection } from './settings/PolicySection';
import { configureChecklist, createTestBridge, formPropsFor, signedInStatus } from './test-bridge';

/** As Chrome fills managed storage from the policy file (the extension itself cannot write it). */
const setPolicy = (values: Record<string, unknown>) => fakeBrowser.storage.managed.set(values);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the helper under a policy', () => {
  it('acts on no environment the organisation does not allow, and says why', async () => {
    await setPolicy({ allowedEnvironments: ['acme-sandbox.resolver.com', '*.eu.resolver.com'] });
    render(<MfaHelper bridge={createTestBridge().bridge} surface="popup" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      t('policy.environment.notice', { host: 'acme.resolver.com', allowed: 'acme-sandbox.resolver.com, *.eu.resolver.com' }),
    );
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
  });

  it('shows the tabs where the organisation allows the helper', async () => {
    await setPolicy({ allowedEnvironments: ['acme.resolver.com'] });
    render(<MfaHelper bridge={createTestBridge().bridge} surface="popup" />);
    expect(await screen.findByRole('tablist')).toBeInTheDocument();
  });

  it('says in the Enforce tab that the organisation turned it off, with no form', async () => {
    await setPolicy({ allowEnforce: false });
    const user = userEvent.setup();
    render(<MfaHelper bridge={createTestBridge().bridge} surface="popup" />);
    await user.click(await screen.findByRole('tab', { name: t('ui.tabs.enforce') }));
    const panel = screen.getByRole('tabpanel');
    expect(panel).toHaveTextContent(t('policy.tab.enforceOff'));
    expect(within(panel).queryByRole('form')).not.toBeInTheDocument();
  });

  it('follows a policy changed while open', async () => {
    render(<MfaHelper bridge={createTestBridge().bridge} surface="popup" />);
    expect(await screen.findByRole('tablist')).toBeInTheDocument();
    await setPolicy({ allowedEnvironments: ['other.resolver.com'] });
    expect(await screen.findByRole('alert')).toHaveTextContent('other.resolver.com');
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
  });
});

describe('a required reason', () => {
  it('keeps Confirm reset disabled until a reason is written, then sends it', async () => {
    await configureChecklist([]);
    await setPolicy({ requireReason: true });
    const bridge = createTestBridge();
    const user = userEvent.setup();
    render(<ResetMfaForm {...formPropsFor(bridge.bridge)} autoFocus />);
    await user.type(screen.getByRole('textbox', { name: 'User' }), 'alice@example.com{Enter}');
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: 'Confirm reset' });
    expect(confirm).toBeDisabled();
    expect(dialog).toHaveTextContent(t('policy.reason.missing'));
    const reason = within(dialog).getByRole('textbox', { name: t('policy.reason.label') });
    await user.type(reason, '   ');
    expect(confirm).toBeDisabled();
    await user.type(reason, 'INC-42');
    await user.click(confirm);
    await screen.findByText(/^MFA reset for Alice Example/);
    expect(bridge.callsTo('runAction')).toMatchObject([{ action: 'resetUserMfa', reason: 'INC-42' }]);
  });

  it('asks one to opt a user out, not to opt them back in', async () => {
    await setPolicy({ requireReason: true });
    const bridge = createTestBridge();
    const user = userEvent.setup();
    render(<MfaOptOutForm {...formPropsFor(bridge.bridge)} status={signedInStatus()} />);
    await user.type(screen.getByRole('textbox', { name: 'User' }), 'alice@example.com');
    await user.click(screen.getByRole('button', { name: 'Opt out of MFA…' }));
    let dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: /^Confirm/ });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox', { name: t('policy.reason.label') }), 'Travel, INC-7');
    await user.click(confirm);
    await screen.findByText(/opted out/i);
    expect(bridge.callsTo('runAction')).toMatchObject([{ action: 'setMfaOptOut', input: { optOut: true }, reason: 'Travel, INC-7' }]);

    await user.type(screen.getByRole('textbox', { name: 'User' }), 'alice@example.com');
    await user.click(screen.getByRole('button', { name: 'Opt back in…' }));
    dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByRole('textbox', { name: t('policy.reason.label') })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: /^Confirm/ })).toBeEnabled();
  });
});

describe('the options page under a policy', () => {
  it('shows the organisation’s checklist read-only, labelled as theirs, over the admin’s own', async () => {
    await configureChecklist(['My own check']);
    await setPolicy({ callerChecklist: ['Called back on the HR number'] });
    render(<CallerChecklistSettings store={createSettingsStore()} />);
    expect(await screen.findByText(t('settings.checklist.managed'))).toBeInTheDocument();
    expect(screen.getByRole('list', { name: t('settings.checklist.label') })).toHaveTextContent('Called back on the HR number');
    expect(screen.queryByText('My own check')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });

  it('lists the managed values, and each bad one with why and what applies instead', async () => {
    await setPolicy({ allowBulkRuns: false, auditRetentionDays: 90, allowedEnvironments: ['acme.example.com'], requireReason: 'yes' });
    render(<PolicySection />);
    const section = await screen.findByRole('region', { name: t('policy.title') });
    expect(section).toHaveTextContent(t('policy.value.allowBulkRuns.off'));
    expect(section).toHaveTextContent(t('policy.value.auditRetentionDays', { days: 90 }));
    const problems = within(section).getByRole('list', { name: t('policy.problems.title') });
    expect(problems).toHaveTextContent(
      '“allowedEnvironments”: “acme.example.com” is not a Resolver host (…resolver.com): every Resolver environment stays allowed.',
    );
    expect(problems).toHaveTextContent('“requireReason” must be true or false, not yes: the helper’s default applies.');
  });

  it('shows nothing when the organisation sets nothing', async () => {
    const { container } = render(<PolicySection />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container).toBeEmptyDOMElement();
  });
});
