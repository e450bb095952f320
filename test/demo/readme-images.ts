/**
 * The README's pictures (`npm run screenshots`): the demo's simulator and build, driven headless
 * through a short session of a support admin, each step saved as a PNG in docs/images/. Every
 * picture is the shipped extension against the simulator, as the e2e suite drives it.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { t } from '../../lib/i18n';
import { ACTIONS, MAINTENANCE_MESSAGE, SWAGGER_PAGE_PATH } from '../../lib/resolver/knowledge';
import { SEED, type Simulator } from '../simulator';
import { AdminSteps, openHistory, openPanel, reviewReset, saveCallerChecklist, sentenceVars, signedInTab, verifyCaller } from '../e2e/action-steps';
import { bulkProgressIn, bulkUserIds, checkBulkList, confirmBulkStart, factsIn, reviewBulkStart } from '../e2e/bulk-steps';
import type { ExtensionBrowser } from '../e2e/harness';

export const README_IMAGES_DIR = resolve('docs', 'images');
/** What a picture in the repository may weigh: the README loads them all. */
const MAX_IMAGE_BYTES = 200 * 1024;

const { admin, alice, bob } = SEED.users;
const acmeCorp = SEED.orgs.acmeCorp.name;
const CHECKLIST = ['Called back on the number in HR records', 'Manager approved by email'];
const TICKET = 'INC-4711 lost phone';
/** Rows in the pictured bulk run, and how long Resolver takes per request meanwhile, so the picture catches it running. */
const BULK_USERS = 40;
const BULK_LATENCY_MS = 400;
const BULK_DONE_BEFORE_PICTURE = 12;
const STEP_TIMEOUT_MS = 30_000;
/** Tall enough for the panel to show a whole confirmation; the history's width keeps its picture light. */
const TALL_VIEWPORT = { width: 1280, height: 1700 };
const HISTORY_VIEWPORT = { width: 1200, height: 720 };

/** Waits until `read()` is true, polling; throws with `what` after the step timeout. */
async function until(page: Page, what: string, read: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (!(await read())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await page.waitForTimeout(100);
  }
}

/** Saves the pictures; returns each file with its size. */
export async function takeReadmeImages(browser: ExtensionBrowser, sim: Simulator): Promise<{ path: string; bytes: number }[]> {
  mkdirSync(README_IMAGES_DIR, { recursive: true });
  const saved: string[] = [];
  const shot = async (what: Page | Locator, name: string) => {
    const path = join(README_IMAGES_DIR, name);
    await what.screenshot({ path });
    saved.push(path);
  };

  // The support desk's own checks, as an admin writes them on the options page.
  await saveCallerChecklist(browser, CHECKLIST);
  const tab = await signedInTab(browser, sim);

  // The panel on Resolver's Swagger page.
  const swagger = await openPanel(tab, sim.origin(), SWAGGER_PAGE_PATH);
  await swagger.getByRole('tab', { name: t('ui.tabs.reset') }).waitFor();
  await shot(tab, 'swagger-panel.png');

  // The toolbar popup, in the light and the dark scheme.
  await tab.goto(`${sim.origin()}/home`);
  for (const scheme of ['light', 'dark'] as const) {
    const popup = await browser.openPopup(tab);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.getByText(`${admin.first} ${admin.last}`).waitFor();
    await popup.getByRole('tab', { name: t('ui.tabs.reset') }).waitFor();
    await shot(popup, scheme === 'light' ? 'popup.png' : 'dark-mode.png');
    await popup.close();
  }

  // A bulk opt-out in the popup, caught running, its progress scrolled into view.
  const popup = await browser.openPopup(tab);
  const emails = bulkUserIds(sim, BULK_USERS).map((id) => sim.state.production.users.find((user) => user.id === id)?.email ?? String(id));
  await checkBulkList(popup, 'optOut', emails.join('\n'));
  const start = await reviewBulkStart(popup, 'optOut', BULK_USERS);
  sim.faults.latency(BULK_LATENCY_MS);
  await confirmBulkStart(start, 'optOut', BULK_USERS);
  const running = bulkProgressIn(popup, 'running');
  await running.waitFor();
  await until(popup, 'the bulk run to get going', async () => {
    const done = (await factsIn(running))[t('bulkUi.progress.done')];
    return Number(done ?? 0) >= BULK_DONE_BEFORE_PICTURE;
  });
  await running.evaluate((region) => region.scrollIntoView({ block: 'start' }));
  await shot(popup, 'bulk-run.png');
  await bulkProgressIn(popup, 'finished').waitFor({ timeout: STEP_TIMEOUT_MS });
  sim.faults.latency(0);
  await popup.close();

  // A lost-phone reset at its confirmation, in the panel: the user's card, the caller checks, a
  // ticket. A tall window, so the panel shows it whole without scrolling; the panel alone.
  await tab.setViewportSize(TALL_VIEWPORT);
  const panel = await openPanel(tab, sim.origin(), SWAGGER_PAGE_PATH);
  const steps = new AdminSteps();
  const dialog = await reviewReset(steps, panel, alice.email);
  await verifyCaller(steps, dialog);
  await dialog.getByRole('textbox', { name: t('reason.label') }).fill(TICKET);
  await shot(panel, 'reset-confirmation.png');
  await dialog.getByRole('button', { name: t('ui.reset.confirm') }).click();
  await panel.getByText(t('ui.reset.success', sentenceVars(alice, acmeCorp, 'production'))).waitFor();

  // A failed one, so the history shows both outcomes: Resolver in maintenance. Last, so the
  // history's first rows are these two.
  sim.faults.failNext(1, { status: 503, message: MAINTENANCE_MESSAGE }, (path, method) => method === 'PUT' && path === ACTIONS.resetUserMfa.path);
  const failed = await reviewReset(steps, panel, bob.email);
  await verifyCaller(steps, failed);
  await failed.getByRole('button', { name: t('ui.reset.confirm') }).click();
  await panel.getByText(t('failure.maintenance'), { exact: true }).waitFor();

  // The history on the options page, with all of the above.
  const history = await openHistory(browser);
  await history.setViewportSize(HISTORY_VIEWPORT);
  await history.getByText(alice.email).first().waitFor();
  await shot(history, 'history.png');
  await history.close();
  await tab.close();

  const sizes = saved.map((path) => ({ path, bytes: statSync(path).size }));
  const heavy = sizes.filter((file) => file.bytes > MAX_IMAGE_BYTES);
  if (heavy.length > 0) {
    throw new Error(`Pictures over ${MAX_IMAGE_BYTES / 1024} kB: ${heavy.map((file) => `${file.path} (${Math.round(file.bytes / 1024)} kB)`).join(', ')}`);
  }
  return sizes;
}
