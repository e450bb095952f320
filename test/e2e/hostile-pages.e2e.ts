/**
 * Pages whose own scripts attack the extension: on a Resolver host with the admin signed in (the
 * simulator's hostile pages, see test/simulator/pages/hostile.ts), and on a look-alike host. None
 * may make the extension send an admin request, change anything, or store anything; a forged
 * session token only ever earns a 401.
 */
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { ACTIONS, ENDPOINTS, isResolverHost } from '../../lib/resolver/knowledge';
import { SEED, type Simulator } from '../simulator';
import {
  HostileReportSchema,
  hostilePath,
  stepOutcomes,
  type HostileAttack,
  type HostileReport,
} from '../simulator/pages/hostile';
import {
  AdminSteps,
  adminState,
  closeWorld,
  recordedPuts,
  reviewReset,
  saveCallerChecklist,
  sentenceVars,
  signedInTab,
  startWorld,
} from './action-steps';
import { FOREIGN_DOMAIN, type ExtensionBrowser } from './harness';
import {
  expandPanel,
  expectConfirmClicksRefused,
  expectFormsUntouched,
  expectMessagesIgnored,
  expectPanelClicksRefused,
  hostileTargets,
  openEveryActionTab,
  untouchedByAttacks,
} from './hostile-verdicts';
import { expectNoSecretLeaks, readExtensionStorage } from './secret-audit';

const { alice, admin: adminUser } = SEED.users;
const acmeCorp = SEED.orgs.acmeCorp.name;
const ATTACK_MS = 60_000;

let browser: ExtensionBrowser;
let sim: Simulator;

beforeAll(async () => {
  ({ sim, browser } = await startWorld());
  // The attack page fires at Confirm the moment the confirmation opens, so Confirm must be
  // enabled then: without a caller checklist it is (the checklist's own gating is in lost-phone).
  await saveCallerChecklist(browser, []);
});

afterAll(() => closeWorld({ sim, browser }));

const { baseline, expectUntouched } = untouchedByAttacks(
  () => sim,
  () => readExtensionStorage(browser),
);

function hostileUrl(origin: string, attack: HostileAttack, helperWaitMs?: number): string {
  return `${origin}${hostilePath(attack, { ...hostileTargets(browser.extensionId), helperWaitMs })}`;
}

/** Waits for the page's attack to finish and returns what it reports. */
async function attackReport(tab: Page): Promise<HostileReport> {
  await tab.locator('html[data-hostile-done]').waitFor({ state: 'attached', timeout: ATTACK_MS });
  return HostileReportSchema.parse(await tab.evaluate(() => (window as unknown as { hostileReport: unknown }).hostileReport));
}

async function runAttack(tab: Page, origin: string, attack: HostileAttack, helperWaitMs?: number): Promise<HostileReport> {
  await tab.goto(hostileUrl(origin, attack, helperWaitMs));
  return attackReport(tab);
}

const outcomes = stepOutcomes;

function detailOf(report: HostileReport, name: string): string {
  const detail = report.steps.find((step) => step.name === name)?.detail;
  if (!detail) throw new Error(`The attack reported no "${name}": ${JSON.stringify(report.steps)}`);
  return detail;
}

/** Responses from the simulator to requests that carried `token`, while `body` runs. */
async function responsesWith(token: string, body: () => Promise<void>): Promise<Response[]> {
  const seen: Response[] = [];
  const listener = (response: Response) => {
    if (response.request().headers().authorization?.endsWith(` ${token}`)) seen.push(response);
  };
  browser.context.on('response', listener);
  try {
    await body();
  } finally {
    browser.context.off('response', listener);
  }
  return seen;
}

async function expectPopupNamesTheAdmin(tab: Page): Promise<void> {
  const popup = await browser.openPopup(tab);
  await popup.getByText(`${adminUser.first} ${adminUser.last}`).waitFor();
  await popup.close();
}

describe('a hostile page on a Resolver host, the admin signed in', () => {
  it('window.postMessage with every protocol message, and chrome.runtime messages to the extension id, do nothing', async () => {
    const tab = await signedInTab(browser, sim);
    const before = await baseline();

    const report = await runAttack(tab, sim.origin(), 'messages');

    expectMessagesIgnored(report);
    // In Chrome a Resolver page can load the helper's module (its id is public, the module
    // web-accessible there): it did, and the module started nothing in the page's world.
    expect(outcomes(report, 'the helper’s module, imported by the page, starts nothing')).toEqual([true]);
    await expectUntouched(before);
    // The helper itself is unaffected: the popup still reads the tab.
    await expectPopupNamesTheAdmin(tab);
    await tab.close();
  });

  it('custom DOM events named after every protocol message, on every node up to the panel’s shadow root, do nothing', async () => {
    const tab = await signedInTab(browser, sim);
    const before = await baseline();

    const report = await runAttack(tab, sim.origin(), 'dom-events');

    expect(outcomes(report, 'the helper runs in the page')).toEqual([true]);
    expect(outcomes(report, 'dispatched custom events')).toEqual([true]);
    await expectUntouched(before);
    await expectPopupNamesTheAdmin(tab);
    await tab.close();
  });

  it('synthetic clicks, keys, input and submits in the open shadow root cannot open the panel, fill a form or bring up a confirmation', async () => {
    const tab = await signedInTab(browser, sim);
    const before = await baseline();
    await tab.goto(hostileUrl(sim.origin(), 'panel-clicks'));
    // The page tries the collapsed panel first; then the admin opens it for real, and the page tries every form.
    await tab.waitForFunction(() =>
      (window as unknown as { hostileReport: HostileReport }).hostileReport.steps.some((step) => step.name === 'panel opened by synthetic clicks and keys'),
    );
    const panel = await expandPanel(tab);
    await panel.getByRole('tablist').waitFor();
    await openEveryActionTab(panel);
    const report = await attackReport(tab);

    expectPanelClicksRefused(report);
    await expectFormsUntouched(panel, sim);
    await expectUntouched(before);
    await tab.close();
  });

  it.for(['click', 'Enter'] as const)(
    'synthetic clicks, Enter and Space on Confirm of the admin’s own reset confirmation do nothing; the admin’s own %s confirms',
    async (confirmWith) => {
      const tab = await signedInTab(browser, sim);
      await tab.goto(hostileUrl(sim.origin(), 'confirm-clicks'));
      const panel = await expandPanel(tab);
      const dialog = await reviewReset(new AdminSteps(), panel, alice.email);
      const before = await baseline();
      const report = await attackReport(tab);

      expectConfirmClicksRefused(report);
      await expectUntouched(before);

      // The confirmation the page attacked still works for the person at the keyboard.
      const confirm = dialog.getByRole('button', { name: t('ui.reset.confirm') });
      if (confirmWith === 'click') {
        await confirm.click();
      } else {
        await confirm.focus();
        await tab.keyboard.press('Enter');
      }
      await panel.getByText(t('ui.reset.success', sentenceVars(alice, acmeCorp, 'production'))).waitFor();
      expect(recordedPuts(sim)).toEqual([expect.objectContaining({ path: ACTIONS.resetUserMfa.path })]);
      await tab.close();
    },
  );

  it('a forged session token in localStorage: the helper says signed out, the simulator answered 401, nothing changes', async () => {
    const tab = await signedInTab(browser, sim);
    const before = await baseline();

    const report = await runAttack(tab, sim.origin(), 'forged-session');
    const forged = detailOf(report, 'forged the session token');
    const answered = await responsesWith(forged, async () => {
      const popup = await browser.openPopup(tab);
      await popup.getByText(t('ui.status.notSignedIn')).waitFor();
      await popup.close();
      await (await expandPanel(tab)).getByText(t('ui.status.notSignedIn')).waitFor();
    });

    expect(answered.length).toBeGreaterThan(0);
    expect(answered.map((response) => [new URL(response.url()).pathname, response.status()])).toEqual(
      answered.map(() => [ENDPOINTS.me, 401]),
    );
    await expectUntouched(before);
    await tab.close();
  });

  it('a token swapped in just before Confirm: checked with "who am I?" first, refused, and never sent with the action', async () => {
    const tab = await signedInTab(browser, sim);
    await tab.goto(hostileUrl(sim.origin(), 'swap-token'));
    const panel = await expandPanel(tab);
    const admin = new AdminSteps();
    const dialog = await reviewReset(admin, panel, alice.email);
    const forged = detailOf(await attackReport(tab), 'swapped the session token');
    const before = await baseline();
    const putsSent = () => browser.traffic.requests.filter((request) => request.method === 'PUT').length;
    const putsBefore = putsSent();

    const checked = browser.context.waitForEvent('response', {
      predicate: (response) => response.url().endsWith(ENDPOINTS.me) && response.request().headers().authorization?.endsWith(forged) === true,
    });
    await admin.click(dialog.getByRole('button', { name: t('ui.reset.confirm') }));
    expect((await checked).status()).toBe(401);

    await panel.getByText(t('failure.signed-out')).waitFor();
    expect(recordedPuts(sim)).toEqual([]);
    expect(putsSent()).toBe(putsBefore);
    expect(adminState(sim)).toEqual(before.state);
    await tab.close();
  });

  it('WXT’s restart event, forged with the public extension id and names, does not switch the helper off, and changes nothing', async () => {
    const tab = await signedInTab(browser, sim);
    const before = await baseline();

    const report = await runAttack(tab, sim.origin(), 'restart-event');

    expect(outcomes(report, 'the helper runs in the page')).toEqual([true]);
    expect(outcomes(report, 'sent the restart event')).toEqual([true]);
    expect(outcomes(report, 'the helper is still in the page')).toEqual([true]);
    await expectUntouched(before);
    await tab.close();
  });
});

describe('a hostile page on a look-alike host', () => {
  it('a fake Swagger page on another host gets no extension code, cannot message the extension, and the popup stays out', async () => {
    const tab = await browser.context.newPage();
    const before = await baseline();
    const origin = `http://resolver-docs.${FOREIGN_DOMAIN}:${sim.port}`;

    // No panel will appear here (the script-worlds check below proves why), so the page waits less for one.
    const report = await runAttack(tab, origin, 'messages', 3000);

    expect(outcomes(report, 'the helper runs in the page')).toEqual([false]);
    expect(outcomes(report, 'chrome.runtime.sendMessage is not available to the page')).toEqual([true]);
    expect(outcomes(report, 'the extension’s pages are out of reach')).toEqual([true]);
    // Web-accessible to Resolver pages only: this host cannot even load the helper's module.
    expect(outcomes(report, 'the helper’s module is out of reach')).toEqual([true]);
    expect(await browser.scriptWorldsIn(tab)).toEqual([]);
    const popup = await browser.openPopup(tab);
    await popup.getByText(t('ui.notice.noTab.where')).waitFor();
    await popup.close();
    // The page's own requests reached the simulator under its foreign name, none with credentials.
    const fromForeignHost = sim.requests.filter((request) => !isResolverHost(request.host.replace(/:\d+$/, '')));
    expect(fromForeignHost.length).toBeGreaterThan(0);
    expect(fromForeignHost.filter((request) => request.hasAuthorization)).toEqual([]);
    await expectUntouched(before);
    await tab.close();
  });
});

describe('after all of the above', () => {
  it('the extension kept and logged no session token, sent none to another host, and every request went to its tab’s own origin', async () => {
    await expectNoSecretLeaks(browser, [sim]);
  });
});
