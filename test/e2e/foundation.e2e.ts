/**
 * The shipped build, loaded in Chromium: what it may touch, where it shows up, and what the
 * toolbar popup says about the tab it was opened on.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { ACTIONS, RESOLVER_MATCH_PATTERN } from '../../lib/resolver/knowledge';
import { SEED, startSimulator, type Simulator } from '../simulator';
import { startForeignSite, type ForeignSite } from './foreign-site';
import { FOREIGN_DOMAIN, launchExtensionBrowser, signIn, type ExtensionBrowser } from './harness';
import { expectNoSecretLeaks } from './secret-audit';

/** The service worker's extension API, as far as this spec uses it. */
declare const chrome: { runtime: { getManifest(): unknown } };

const PANEL_APPEARS_MS = 15_000;
const { admin } = SEED.users;
const adminName = `${admin.first} ${admin.last}`;
const acmeCorp = SEED.orgs.acmeCorp.name;

let browser: ExtensionBrowser;
let sim: Simulator;
let foreign: ForeignSite;
/** Simulators started inside a test, for the final audit. */
const testSims: Simulator[] = [];

beforeAll(async () => {
  // One after the other, so that afterAll can stop whatever did start if a later one fails.
  sim = await startSimulator({ port: 0 });
  foreign = await startForeignSite();
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  await Promise.all([browser?.close(), sim?.close(), foreign?.close()]);
});

async function newTab(): Promise<Page> {
  return browser.context.newPage();
}

/** The panel is a region titled with the product's name; role locators pierce its open shadow root. */
function panel(page: Page) {
  return page.getByRole('region', { name: t('app.name') });
}

/**
 * Both Swagger UIs list the operations by path once they have loaded the API description (the
 * legacy UI keeps them in collapsed sections, hence "attached" rather than visible).
 */
async function swaggerRendered(page: Page): Promise<void> {
  await page.getByText(ACTIONS.enforceOrgMfa.path, { exact: true }).first().waitFor({ state: 'attached' });
}

async function signInAsAdmin(page: Page, tenant?: string): Promise<void> {
  await signIn(page, sim, { email: admin.email, password: admin.password, org: acmeCorp, tenant });
}

describe('the loaded extension', () => {
  it('is the production build, limited to Resolver hosts', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(browser.manifest.host_permissions).toEqual([RESOLVER_MATCH_PATTERN]);
    const matches = browser.manifest.content_scripts.flatMap((script) => script.matches);
    expect(matches.length).toBeGreaterThan(0);
    expect(new Set(matches)).toEqual(new Set([RESOLVER_MATCH_PATTERN]));

    const worker = await browser.serviceWorker();
    const loaded = await worker.evaluate(() => chrome.runtime.getManifest());
    expect(loaded).toMatchObject({
      // The manifest names a message; the browser reads it from the build's _locales in its own
      // language (English here).
      name: t('app.name'),
      version: browser.manifest.version,
      host_permissions: [RESOLVER_MATCH_PATTERN],
    });
  });
});

describe('the in-page panel', () => {
  it('appears on the Swagger page (Swagger UI 3+)', async () => {
    const page = await newTab();
    await signInAsAdmin(page);
    await page.goto(`${sim.origin()}/api`);
    await swaggerRendered(page);
    await panel(page).waitFor({ timeout: PANEL_APPEARS_MS });
    await page.close();
  });

  it('appears on the legacy Swagger page (Swagger UI 2.x)', async () => {
    const legacy = await startSimulator({ port: 0, swaggerUi: '2' });
    testSims.push(legacy);
    try {
      const page = await newTab();
      await signIn(page, legacy, { email: admin.email, password: admin.password, org: acmeCorp });
      await page.goto(`${legacy.origin()}/api`);
      await swaggerRendered(page);
      await panel(page).waitFor({ timeout: PANEL_APPEARS_MS });
      await page.close();
    } finally {
      await legacy.close();
    }
  });
});

describe('the toolbar popup', () => {
  it('names the signed-in admin, the org and the environment on a Resolver tab, with no panel on the home page', async () => {
    const page = await newTab();
    await signInAsAdmin(page);
    const popup = await browser.openPopup(page);
    await popup.getByText(adminName).waitFor();
    await popup.getByText(acmeCorp, { exact: true }).waitFor();
    await popup.getByText(t('ui.environment.badge.production'), { exact: true }).waitFor();
    // The popup's answer came from the content script in that tab: it runs there, yet adds no panel.
    expect(await browser.scriptWorldsIn(page)).toHaveLength(1);
    expect(await panel(page).count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('says the tab is a sandbox on the sandbox environment', async () => {
    const page = await newTab();
    await signInAsAdmin(page, SEED.tenants.sandbox);
    const popup = await browser.openPopup(page);
    await popup.getByText(t('ui.environment.badge.sandbox'), { exact: true }).waitFor();
    await popup.close();
    await page.close();
  });

  it('asks to sign in on the login page after signing out, and the login page gets no panel', async () => {
    const page = await newTab();
    await signInAsAdmin(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    const popup = await browser.openPopup(page);
    await popup.getByText(t('ui.status.notSignedIn')).waitFor();
    expect(await panel(page).count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('says it works on Resolver when the tab is another site, which it leaves untouched', async () => {
    const page = await newTab();
    await page.goto(foreign.origin());
    const popup = await browser.openPopup(page);
    await popup.getByText(t('ui.notice.noTab.where')).waitFor();
    const tags = await page.evaluate(() => [...document.querySelectorAll('*')].map((element) => element.tagName));
    expect(tags).toEqual(['HTML', 'HEAD', 'META', 'TITLE', 'BODY', 'H1', 'P']);
    expect(await browser.scriptWorldsIn(page)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('stays out of a look-alike host even when it serves a Swagger page', async () => {
    // *.example.test also resolves to 127.0.0.1, so this reaches the simulator under a foreign name.
    const page = await newTab();
    await page.goto(`http://acme.resolver.com.${FOREIGN_DOMAIN}:${sim.port}/api`);
    await swaggerRendered(page);
    await page.waitForLoadState('load');
    expect(await browser.scriptWorldsIn(page)).toEqual([]);
    expect(await panel(page).count()).toBe(0);
    const popup = await browser.openPopup(page);
    await popup.getByText(t('ui.notice.noTab.where')).waitFor();
    await popup.close();
    await page.close();
  });
});

describe('after all of the above', () => {
  it('the extension kept and logged no session token, sent none to another host, and every request went to its tab’s own origin', async () => {
    await expectNoSecretLeaks(browser, [sim, ...testSims]);
  });
});
