/**
 * The helper in French, end to end: Chromium started in French names the extension from its
 * French `_locales`; the admin chooses Français on the options page, and the popup and the panel
 * then run their actions in French, sending exactly the requests they send in English.
 *
 * The locators and expected sentences come from the messages module switched to the language the
 * browser shows, so every French text asserted here must be the one the extension rendered.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languageOf, setLanguage, t } from '../../lib/i18n';
import { CATALOGUES } from '../../lib/i18n/catalogues';
import { ACTIONS } from '../../lib/resolver/knowledge';
import { SEED, startSimulator, type Simulator } from '../simulator';
import {
  AdminSteps,
  closeWorld,
  enforceFromNode,
  openPanel,
  previewedBody,
  recordedPuts,
  RESET_BODY,
  reviewOptOut,
  reviewReset,
  sentenceVars,
  signedInTab,
} from './action-steps';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness';
import { expectNoSecretLeaks } from './secret-audit';

/** The service worker's extension API, as far as this spec uses it. */
declare const chrome: { runtime: { getManifest(): { name: string } }; i18n: { getUILanguage(): string } };

const { alice, bob } = SEED.users;
const acmeCorp = SEED.orgs.acmeCorp.name;

let browser: ExtensionBrowser;
let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  browser = await launchExtensionBrowser({ language: 'fr' });
});

afterAll(async () => {
  await setLanguage('en');
  await closeWorld({ sim, browser });
});

async function htmlLang(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.lang);
}

describe('the helper in French', () => {
  it('is named in French by a browser started in French', async () => {
    const worker = await browser.serviceWorker();
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe(CATALOGUES.fr['app.name']);
  });

  it('switches the options page to French as soon as the admin chooses Français', async () => {
    // Before any choice the page follows the browser's UI language, whatever this Chromium has.
    const worker = await browser.serviceWorker();
    await setLanguage(languageOf(await worker.evaluate(() => chrome.i18n.getUILanguage())));
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByRole('heading', { level: 1, name: t('audit.title') }).waitFor();

    await page.getByRole('combobox', { name: t('settings.language.label') }).selectOption('fr');
    await setLanguage('fr');
    await page.getByRole('heading', { level: 2, name: t('settings.title') }).waitFor();
    await page.getByRole('heading', { level: 1, name: t('audit.title') }).waitFor();
    expect(await page.getByRole('combobox', { name: t('settings.language.label') }).inputValue()).toBe('fr');
    expect(await htmlLang(page)).toBe('fr');
    expect(await page.title()).toBe(`${t('audit.title')} · ${t('app.name')}`);
    await page.close();
  });

  it('resets alice’s MFA from the popup in French: French confirmation, outcome and message for her, one PUT as in English', async () => {
    const tab = await signedInTab(browser, sim);
    await enforceFromNode(sim);
    sim.requests.length = 0;
    const popup = await browser.openPopup(tab);
    const admin = new AdminSteps();

    const dialog = await reviewReset(admin, popup, alice.email);
    await dialog.getByText(t('ui.reset.confirmSummary', sentenceVars(alice, acmeCorp, 'production'))).waitFor();
    await admin.click(dialog.getByRole('button', { name: t('ui.reset.confirm') }));
    await popup.getByText(t('ui.reset.success', sentenceVars(alice, acmeCorp, 'production'))).waitFor();
    expect(await htmlLang(popup)).toBe('fr');
    const message = popup.getByRole('textbox', { name: t('nextSteps.title') });
    expect(await message.inputValue()).toBe(t('nextSteps.message', { name: `${alice.first} ${alice.last}`, origin: sim.origin() }));

    expect(recordedPuts(sim)).toEqual([
      expect.objectContaining({ path: ACTIONS.resetUserMfa.path, body: RESET_BODY.default(alice.id), hasAuthorization: true }),
    ]);
    await popup.close();
    await tab.close();
  });

  it('opts bob out from the Swagger page panel in French: the PUT is exactly {"mfaOptOut": true}', async () => {
    const tab = await signedInTab(browser, sim);
    const panel = await openPanel(tab, sim.origin());
    sim.requests.length = 0;
    const admin = new AdminSteps();

    const dialog = await reviewOptOut(admin, panel, bob.email, true);
    await dialog.getByText(t('ui.optOut.current.subject'), { exact: true }).waitFor();
    expect(await previewedBody(dialog)).toEqual({ mfaOptOut: true });
    await admin.click(dialog.getByRole('button', { name: t('ui.optOut.confirm.out') }));
    await panel.getByText(t('ui.optOut.success.out', sentenceVars(bob, acmeCorp, 'production'))).waitFor();
    // The panel names its language on its own container; the page's is Resolver's.
    expect(await panel.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))).toBe('fr');
    expect(await htmlLang(tab)).not.toBe('fr');

    expect(recordedPuts(sim)).toEqual([
      expect.objectContaining({ path: ACTIONS.setMfaOptOut.path.replace('{id}', String(bob.id)), body: { mfaOptOut: true } }),
    ]);
    await tab.close();
  });

  it('keeps and logs no session token, sends none to another host, and every request went to its tab’s own origin', async () => {
    await expectNoSecretLeaks(browser, [sim]);
  });
});
