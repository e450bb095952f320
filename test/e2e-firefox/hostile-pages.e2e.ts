/**
 * The simulator's hostile pages (test/simulator/pages/hostile.ts) in Firefox, the admin signed
 * in: the page's own scripts message the extension, dispatch synthetic clicks, keys and submits
 * into the panel's open shadow root and at Confirm. None of it may send an admin request, change
 * anything or store anything; the admin's own click still confirms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { ACTIONS } from '../../lib/resolver/knowledge';
import { SEED, startSimulator, type Simulator } from '../simulator';
import { HostileReportSchema, hostilePath, stepOutcomes, type HostileAttack, type HostileReport } from '../simulator/pages/hostile';
import { ADMIN, AdminSteps, recordedPuts, reviewReset, saveCallerChecklistOn, sentenceVars } from '../e2e/action-steps';
import {
  expandPanel,
  expectConfirmClicksRefused,
  expectFormsUntouched,
  expectMessagesIgnored,
  expectPanelClicksRefused,
  hostileTargets,
  openEveryActionTab,
  untouchedByAttacks,
} from '../e2e/hostile-verdicts';
import { signIn } from '../e2e/sign-in';
import type { DomPage } from './dom-locator';
import { expectNoFirefoxLeaks } from './firefox-audit';
import { launchExtensionFirefox, type ExtensionFirefox } from './firefox-harness';

const { alice, admin: adminUser } = SEED.users;
const acmeCorp = SEED.orgs.acmeCorp.name;
const ATTACK_MS = 30_000;

let firefox: ExtensionFirefox;
let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  firefox = await launchExtensionFirefox();
  // The confirm attack fires the moment the confirmation opens, so Confirm must be enabled then:
  // no caller checklist.
  const options = await firefox.extensionPage(firefox.manifest.options_ui.page);
  await saveCallerChecklistOn(firefox.wrap(options), []);
  await options.close();
});

afterAll(async () => {
  await firefox?.close();
  await sim?.close();
});

const { baseline, expectUntouched } = untouchedByAttacks(
  () => sim,
  () => firefox.readExtensionStorage(),
);

async function signedInTab(): Promise<DomPage> {
  const tab = await firefox.newTab();
  await signIn(tab, sim, ADMIN);
  return tab;
}

function hostileUrl(attack: HostileAttack): string {
  return `${sim.origin()}${hostilePath(attack, hostileTargets(firefox.manifest.browser_specific_settings.gecko.id))}`;
}

async function reportSoFar(tab: DomPage): Promise<HostileReport> {
  return HostileReportSchema.parse(await tab.page.evaluate(() => (window as unknown as { hostileReport: unknown }).hostileReport));
}

/** Waits for the page's attack to finish and returns what it reports. */
async function attackReport(tab: DomPage): Promise<HostileReport> {
  await tab.locator('html[data-hostile-done]').waitFor({ state: 'attached', timeout: ATTACK_MS });
  return reportSoFar(tab);
}

describe('a hostile page on a Resolver host in Firefox, the admin signed in', () => {
  it('window.postMessage with every protocol message, and runtime messages to the extension, do nothing', async () => {
    const tab = await signedInTab();
    const before = await baseline();

    await tab.goto(hostileUrl('messages'));
    const report = await attackReport(tab);

    expectMessagesIgnored(report);
    await expectUntouched(before);
    // The helper itself is unaffected: its panel still reads the tab.
    await (await expandPanel(tab)).getByText(`${adminUser.first} ${adminUser.last}`).first().waitFor();
    await tab.page.close();
  });

  it('synthetic clicks, keys, input and submits in the open shadow root cannot open the panel, fill a form or bring up a confirmation', async () => {
    const tab = await signedInTab();
    const before = await baseline();
    await tab.goto(hostileUrl('panel-clicks'));
    // The page tries the collapsed panel first; then the admin opens it for real, and the page tries every form.
    await expect
      .poll(async () => stepOutcomes(await reportSoFar(tab), 'panel opened by synthetic clicks and keys'), { timeout: ATTACK_MS })
      .toHaveLength(1);
    const panel = await expandPanel(tab);
    await panel.getByRole('tablist').waitFor();
    await openEveryActionTab(panel);
    const report = await attackReport(tab);

    expectPanelClicksRefused(report);
    await expectFormsUntouched(panel, sim);
    await expectUntouched(before);
    await tab.page.close();
  });

  it('synthetic clicks, Enter and Space on Confirm of the admin’s own reset confirmation do nothing; the admin’s own click confirms', async () => {
    const tab = await signedInTab();
    await tab.goto(hostileUrl('confirm-clicks'));
    const panel = await expandPanel(tab);
    const dialog = await reviewReset(new AdminSteps(), panel, alice.email);
    const before = await baseline();
    const report = await attackReport(tab);

    expectConfirmClicksRefused(report);
    await expectUntouched(before);

    await dialog.getByRole('button', { name: t('ui.reset.confirm') }).click();
    await panel.getByText(t('ui.reset.success', sentenceVars(alice, acmeCorp, 'production'))).waitFor();
    expect(recordedPuts(sim)).toEqual([expect.objectContaining({ path: ACTIONS.resetUserMfa.path })]);
    await tab.page.close();
  });

  it('after all of the above, the extension kept and logged no session token and sent none elsewhere', async () => {
    await expectNoFirefoxLeaks(firefox, [sim]);
  });
});
