/**
 * Enforcing MFA, end to end: in production through the in-page panel on the Swagger page, in the
 * sandbox through the toolbar popup, each against its own simulator so the other environment's
 * orgs show what was left alone.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { ACTIONS } from '../../lib/resolver/knowledge';
import { EXAMPLE_VARIANTS, SEED, login, type Simulator } from '../simulator';
import {
  ADMIN,
  AdminSteps,
  browserWithFreshSimulators,
  confirmWithOrgName,
  enforceDialog,
  openPanel,
  openEnforceForm,
  previewedBody,
  recordedPuts,
  sentenceVars,
  signedInTab,
} from './action-steps';
import { expectNoSecretLeaks } from './secret-audit';

const { acmeCorp, acmeSubsidiary, acmeSandbox } = SEED.orgs;
const { bob } = SEED.users;

const world = browserWithFreshSimulators();

function enforcedByOrg(sim: Simulator): Record<string, boolean> {
  const orgs = [...sim.state.production.orgs, ...sim.state.sandbox.orgs];
  return Object.fromEntries(orgs.map((org) => [org.name, org.mfaEnforced]));
}

describe('enforcing MFA', () => {
  it('in production through the Swagger page panel: named org and environment, typed org name, every production org enforced', async () => {
    const sim = await world.simulator();
    const tab = await signedInTab(world.browser, sim);
    const panel = await openPanel(tab, sim.origin());
    sim.requests.length = 0;
    const admin = new AdminSteps();

    const { form, submit } = await openEnforceForm(admin, panel);
    await form.getByText(t('ui.enforce.scope', { environment: t('ui.environment.production'), org: acmeCorp.name })).waitFor();
    await admin.click(submit);
    const dialog = enforceDialog(panel);
    await dialog.getByText(t('ui.enforce.confirmSummary', sentenceVars(null, acmeCorp.name, 'production'))).waitFor();
    await dialog.getByText(acmeCorp.name, { exact: true }).waitFor();
    await dialog.getByText(t('ui.environment.badge.production'), { exact: true }).waitFor();
    expect(await previewedBody(dialog)).toEqual(EXAMPLE_VARIANTS.default.enforce.value);

    await confirmWithOrgName(admin, panel, dialog, acmeCorp.name, 'production');

    expect(enforcedByOrg(sim)).toEqual({ [acmeCorp.name]: true, [acmeSubsidiary.name]: true, [acmeSandbox.name]: false });
    expect(recordedPuts(sim)).toEqual([
      expect.objectContaining({ path: ACTIONS.enforceOrgMfa.path, body: EXAMPLE_VARIANTS.default.enforce.value }),
    ]);
    const bobsLogin = await login(sim, { email: bob.email, password: bob.password });
    expect(bobsLogin).toMatchObject({ mfa: 'setup' });
    await tab.close();
  });

  it('in the sandbox through the popup: warns, needs the acknowledgement, and enforces the sandbox org only', async () => {
    const sim = await world.simulator();
    const tab = await signedInTab(world.browser, sim, ADMIN, SEED.tenants.sandbox);
    const popup = await world.browser.openPopup(tab);
    const admin = new AdminSteps();

    const { form, submit } = await openEnforceForm(admin, popup);
    await form.getByText(t('ui.enforce.sandboxWarning')).waitFor();
    expect(await submit.isDisabled()).toBe(true);
    await admin.click(form.getByRole('checkbox', { name: t('ui.enforce.sandboxAck') }));
    await expect.poll(() => submit.isDisabled()).toBe(false);
    await admin.click(submit);
    const dialog = enforceDialog(popup);
    await dialog.getByText(t('ui.environment.badge.sandbox'), { exact: true }).waitFor();

    await confirmWithOrgName(admin, popup, dialog, acmeSandbox.name, 'sandbox');

    expect(enforcedByOrg(sim)).toEqual({ [acmeCorp.name]: false, [acmeSubsidiary.name]: false, [acmeSandbox.name]: true });
    await popup.close();
    await tab.close();
  });

  it('keeps and logs no session token, sends none to another host, and every request went to its tab’s own origin', async () => {
    await expectNoSecretLeaks(world.browser, world.sims);
  });
});
