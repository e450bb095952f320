/**
 * How the helper gets into a Resolver tab: the manifest's small bootstrap has the background inject
 * it once the page is idle, and the popup injects it itself when the tab does not answer yet. The
 * helper runs once per page however often it is injected.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELPER_SCRIPT_FILE } from '../../lib/helper-injection';
import { t } from '../../lib/i18n';
import { SWAGGER_PAGE_PATH } from '../../lib/resolver/knowledge';
import { SEED, startSimulator, type Simulator } from '../simulator';
import { STRICT_PAGE_CSP } from '../simulator/page-csp';
import { closeWorld, signedInTab, startWorld } from './action-steps';
import type { ExtensionBrowser } from './harness';
import { expectNoSecretLeaks } from './secret-audit';

/** The service worker's extension API, as far as this spec uses it. */
declare const chrome: {
  tabs: { query(filter: { url: string }): Promise<{ id?: number }[]> };
  scripting: { executeScript(injection: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown> };
};

const { admin } = SEED.users;
const adminName = `${admin.first} ${admin.last}`;

let browser: ExtensionBrowser;
let sim: Simulator;
/** A Resolver whose pages send a strict Content-Security-Policy (started by its test). */
let strictSim: Simulator | undefined;

beforeAll(async () => {
  ({ sim, browser } = await startWorld());
});

afterAll(async () => {
  await strictSim?.close();
  await closeWorld({ sim, browser });
});

function panelOf(tab: Page) {
  return tab.getByRole('region', { name: t('app.name') });
}

/** Injects the helper into `url`'s tab again, as the background or the popup would. */
async function injectAgain(url: string): Promise<void> {
  const worker = await browser.serviceWorker();
  await worker.evaluate(
    async ({ url, file }) => {
      const [tab] = await chrome.tabs.query({ url });
      if (tab?.id === undefined) throw new Error(`No tab at ${url}`);
      await chrome.scripting.executeScript({ target: { tabId: tab.id, frameIds: [0] }, files: [file] });
    },
    { url, file: HELPER_SCRIPT_FILE },
  );
}

describe('loading the helper into a Resolver tab', () => {
  it('answers a popup opened the moment the page starts loading, before the page is idle', async () => {
    const tab = await signedInTab(browser, sim);
    await tab.goto(`${sim.origin()}/`, { waitUntil: 'commit' });
    const popup = await browser.openPopup(tab);
    await popup.getByText(adminName).waitFor();
    // Whoever loaded it first, the page holds one helper: one world of this extension.
    expect(await browser.scriptWorldsIn(tab)).toHaveLength(1);
    await popup.close();
    await tab.close();
  });

  it('shows the panel on the Swagger page without the popup, and keeps the one running helper when injected again', async () => {
    const tab = await signedInTab(browser, sim);
    const url = `${sim.origin()}${SWAGGER_PAGE_PATH}`;
    await tab.goto(url);
    const panel = panelOf(tab);
    await panel.waitFor({ timeout: 15_000 });
    await panel.getByRole('button', { name: t('app.name') }).click();
    await panel.getByText(adminName).waitFor();

    await injectAgain(url);
    await injectAgain(url);
    // The first helper still runs: its expanded panel is the only one, and the popup is answered.
    expect(await panelOf(tab).count()).toBe(1);
    await panel.getByText(adminName).waitFor({ timeout: 1_000 });
    const popup = await browser.openPopup(tab);
    await popup.getByText(adminName).waitFor();
    await popup.close();
    await tab.close();
  });
});

describe('on a page with a strict Content-Security-Policy of its own', () => {
  it('loads the helper’s modules, styles its panel and acts, though the policy names no extension', async () => {
    strictSim = await startSimulator({ port: 0, pageCsp: STRICT_PAGE_CSP });
    const tab = await signedInTab(browser, strictSim);
    const response = await tab.goto(`${strictSim.origin()}${SWAGGER_PAGE_PATH}`);
    expect(response?.headers()['content-security-policy']).toBe(STRICT_PAGE_CSP);
    const panel = panelOf(tab);
    await panel.waitFor({ timeout: 15_000 });
    // The panel's stylesheet reached its shadow root (panel.css places it at the bottom right).
    expect(await panel.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
    await panel.getByRole('button', { name: t('app.name') }).click();
    await panel.getByText(adminName).waitFor();
    const popup = await browser.openPopup(tab);
    await popup.getByText(adminName).waitFor();
    await popup.close();
    await tab.close();
  });
});

describe('after all of the above', () => {
  it('the extension kept and logged no session token, sent none to another host, and every request went to its tab’s own origin', async () => {
    await expectNoSecretLeaks(browser, strictSim ? [sim, strictSim] : [sim]);
  });
});
