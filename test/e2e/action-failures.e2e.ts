/**
 * When an action cannot go ahead, end to end: an ended session, a signed-in user who is not an
 * admin, a user nobody matches. Each says so in plain words and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { ENDPOINTS, TOKEN_LIFETIME_SECONDS } from '../../lib/resolver/knowledge';
import { SEED, startSimulator, type Simulator } from '../simulator';
import {
  AdminSteps,
  closeWorld,
  type Helper,
  openPanel,
  recordedPuts,
  resetForm,
  selectTab,
  reviewReset,
  signedInTab,
  snapshotMemberships,
  startWorld,
  userField,
  VIEWER,
} from './action-steps';
import type { ExtensionBrowser } from './harness';
import { expectNoSecretLeaks } from './secret-audit';

const { alice } = SEED.users;

let browser: ExtensionBrowser;
let sim: Simulator;
/** Simulators started inside a test, for the final audit. */
const testSims: Simulator[] = [];

beforeAll(async () => {
  ({ sim, browser } = await startWorld());
});

afterAll(() => closeWorld({ sim, browser }));

/** The notice a non-admin gets instead of the actions. */
async function expectAdminNeeded(helper: Helper): Promise<void> {
  await helper.getByRole('heading', { name: t('ui.notice.notAdmin.title') }).waitFor();
  await helper.getByText(t('ui.notice.notAdmin.what')).waitFor();
  expect(await helper.getByRole('tablist', { name: t('ui.tabs.label') }).count()).toBe(0);
}

/** Types `text` into the reset form, presses "Reset MFA…", and waits for `problem` under the field. */
async function expectRefusedLookup(helper: Helper, text: string, problem: string): Promise<void> {
  const admin = new AdminSteps();
  await selectTab(admin, helper, t('ui.tabs.reset'));
  const form = resetForm(helper);
  await admin.type(userField(form), text);
  await admin.click(form.getByRole('button', { name: t('ui.reset.submit') }));
  await form.getByText(problem, { exact: true }).waitFor();
  expect(await helper.getByRole('dialog').count()).toBe(0);
}

describe('actions that cannot go ahead', () => {
  it('ended session: confirming says to sign in again in the tab, keeps the typed user, and changes nothing', async () => {
    const expiring = await startSimulator({ port: 0 });
    testSims.push(expiring);
    try {
      const tab = await signedInTab(browser, expiring);
      const panel = await openPanel(tab, expiring.origin());
      const admin = new AdminSteps();
      const dialog = await reviewReset(admin, panel, alice.email);
      const memberships = snapshotMemberships(expiring);

      expiring.clock.advance(TOKEN_LIFETIME_SECONDS + 60);
      await admin.click(dialog.getByRole('button', { name: t('ui.reset.confirm') }));

      await panel.getByText(t('failure.session-ended')).waitFor();
      expect(await userField(resetForm(panel)).inputValue()).toBe(alice.email);
      expect(expiring.state.production.enrolment(alice.id)).toBeDefined();
      expect(snapshotMemberships(expiring)).toEqual(memberships);
      const orgs = [...expiring.state.production.orgs, ...expiring.state.sandbox.orgs];
      expect(orgs.some((org) => org.mfaEnforced)).toBe(false);
      await tab.close();
    } finally {
      await expiring.close();
    }
  });

  it('a viewer signed in: the popup and the panel say the actions need an admin, and nothing is sent', async () => {
    sim.requests.length = 0;
    const tab = await signedInTab(browser, sim, VIEWER);
    const popup = await browser.openPopup(tab);
    await expectAdminNeeded(popup);
    await popup.close();

    const panel = await openPanel(tab, sim.origin());
    await expectAdminNeeded(panel);
    expect(recordedPuts(sim)).toEqual([]);
    await tab.close();
  });

  it('an unknown user: “No user matches…” for an email or an id, the id problem for a malformed id, nothing sent', async () => {
    const tab = await signedInTab(browser, sim);
    const popup = await browser.openPopup(tab);
    sim.requests.length = 0;

    await expectRefusedLookup(popup, 'nobody@acme.example', t('ui.user.noMatch', { query: 'nobody@acme.example' }));
    await expectRefusedLookup(popup, '9999', t('ui.user.noMatch', { query: '9999' }));
    // The id was looked up as an id, not searched for (a search could match somebody else).
    expect(sim.requests.map((request) => request.path)).toContain(ENDPOINTS.user.replace('{id}', '9999'));

    const requestsBefore = sim.requests.length;
    await expectRefusedLookup(popup, '12a', t('request.user-id-not-digits'));
    expect(sim.requests).toHaveLength(requestsBefore);
    expect(recordedPuts(sim)).toEqual([]);
    await popup.close();
    await tab.close();
  });

  it('keeps and logs no session token, sends none to another host, and every request went to its tab’s own origin', async () => {
    await expectNoSecretLeaks(browser, [sim, ...testSims]);
  });
});
