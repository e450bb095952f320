/**
 * `npm run demo`: the simulated Resolver plus the extension's production build in Chromium.
 *
 * With a display it opens a window at the login page and runs until Ctrl-C. Without one it runs
 * headless: signs in as the demo admin, saves screenshots of the Swagger page (panel open) and of
 * the popup to demo-output/, and exits. `--no-build` reuses the existing build; PORT picks the port.
 *
 * `--screenshots` (`npm run screenshots`) runs headless even with a display and writes the
 * README's pictures to docs/images/ instead (readme-images.ts): they are committed, so the plain
 * demo leaves them alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { t } from '../../lib/i18n';
import { SEED, startSimulator } from '../simulator';
import { launchExtensionBrowser, signIn, type ExtensionBrowser } from '../e2e/harness';
import { accountLines } from '../simulator/accounts';
import { takeReadmeImages } from './readme-images';

const OUTPUT_DIR = resolve('demo-output');

function buildExtension(): void {
  console.log('Building the extension (npm run build)…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The build failed; nothing to demo.');
    process.exit(build.status ?? 1);
  }
}

/** The content script adds its panel, collapsed to a button, once Swagger UI has rendered. */
async function openPanel(page: Page): Promise<void> {
  const panel = page.getByRole('region', { name: t('app.name') });
  const toggle = panel.getByRole('button', { name: t('app.name'), expanded: false });
  await toggle.waitFor({ timeout: 20_000 }).catch(() => {
    throw new Error('The in-page panel did not appear on the Swagger page.');
  });
  await toggle.click();
  await panel.getByRole('button', { name: t('app.name'), expanded: true }).waitFor();
}

async function takeScreenshots(browser: ExtensionBrowser, origin: string): Promise<string[]> {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const { admin } = SEED.users;
  await signIn(page, { origin: () => origin }, { email: admin.email, password: admin.password, org: SEED.orgs.acmeCorp.name });
  await page.goto(`${origin}/api`);
  await openPanel(page);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const swaggerShot = join(OUTPUT_DIR, 'swagger-panel.png');
  await page.screenshot({ path: swaggerShot });
  const popup = await browser.openPopup(page);
  await popup.getByText(`${admin.first} ${admin.last}`).waitFor();
  const popupShot = join(OUTPUT_DIR, 'popup.png');
  await popup.screenshot({ path: popupShot });
  return [swaggerShot, popupShot];
}

const build = !process.argv.includes('--no-build');
const readmeImages = process.argv.includes('--screenshots');
const headed = !readmeImages && Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (build) buildExtension();
const sim = await startSimulator({ port: Number(process.env.PORT ?? 0) });
const production = sim.origin(SEED.tenants.production);
const sandbox = sim.origin(SEED.tenants.sandbox);
let browser: ExtensionBrowser;
try {
  browser = await launchExtensionBrowser({ headless: !headed });
} catch (error) {
  await sim.close();
  throw error;
}

console.log(`
Resolver MFA helper demo
  Production login:   ${production}/
  Production Swagger: ${production}/api
  Sandbox login:      ${sandbox}/
  (these names reach the simulator inside the demo's Chromium only)

Accounts:
${accountLines().map((line) => `  ${line}`).join('\n')}
`);

if (headed) {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${production}/`);
  console.log(`Try it: sign in as the admin, open ${production}/api for the in-page panel, or click the
extension's toolbar button (puzzle piece > Resolver MFA helper) on any Resolver tab.
Press Ctrl-C to stop.`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await browser.close().catch(() => undefined);
    await sim.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  browser.context.on('close', stop);
} else if (readmeImages) {
  try {
    const images = await takeReadmeImages(browser, sim);
    console.log('README pictures:');
    for (const image of images) console.log(`  ${image.path} (${Math.round(image.bytes / 1024)} kB)`);
  } finally {
    await browser.close();
    await sim.close();
  }
} else {
  try {
    const shots = await takeScreenshots(browser, production);
    console.log(`No display: ran headless, signed in as ${SEED.users.admin.email} and saved to ${OUTPUT_DIR}:`);
    for (const shot of shots) console.log(`  ${shot}`);
  } finally {
    await browser.close();
    await sim.close();
  }
}
