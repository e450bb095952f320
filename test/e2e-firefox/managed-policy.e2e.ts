/**
 * Enterprise policy in Firefox ESR, from a real policies.json (`/etc/firefox/policies`, the
 * `3rdparty.Extensions.<gecko id>` section), read at start: the options page shows the managed
 * values, and the panel on the Swagger page, a content script, follows them (directly, or through
 * the background where Firefox keeps managed storage from content scripts: lib/policy). Skipped,
 * saying why, where the file cannot be written, or where a policies.json is already there (not ours
 * to replace).
 */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { GECKO_SETTINGS } from '../../lib/manifest-policy';
import { SEED } from '../simulator';
import { ADMIN, AdminSteps, browserWithFreshSimulators, openPanel, recordedPuts, reviewReset, selectTab, sentenceVars } from '../e2e/action-steps';
import { FIREFOX_POLICY_FILE, policyDirProblem, removeFirefoxPolicy, writeFirefoxPolicy } from '../e2e/chromium-policy';
import { signIn } from '../e2e/sign-in';
import { launchExtensionFirefox } from './firefox-harness';

const { alice } = SEED.users;
const POLICY = { requireReason: true, allowEnforce: false };

const cannotWrite = existsSync(FIREFOX_POLICY_FILE)
  ? `${FIREFOX_POLICY_FILE} already exists and is not ours to replace.`
  : policyDirProblem(dirname(FIREFOX_POLICY_FILE));
if (cannotWrite !== null) console.warn(`Skipping the Firefox managed policy spec: ${cannotWrite}`);

describe.skipIf(cannotWrite !== null)('an organisation’s policy in Firefox (policies.json)', () => {
  let created: string[] = [];
  // Before the browser starts (registered first, so it runs first): Firefox reads the file at start.
  beforeAll(() => {
    created = writeFirefoxPolicy(GECKO_SETTINGS.id, POLICY);
  });
  afterAll(() => removeFirefoxPolicy(created));
  const world = browserWithFreshSimulators(launchExtensionFirefox);

  it('reaches the extension: the options page shows the managed values', async () => {
    const options = await world.browser.extensionPage('/options.html');
    const managed = await options.evaluate(() =>
      (globalThis as unknown as { browser: { storage: { managed: { get(keys: null): Promise<unknown> } } } }).browser.storage.managed.get(null),
    );
    expect(managed).toEqual(POLICY);
    const section = await world.browser.wrap(options).getByRole('region', { name: t('policy.title') }).innerText();
    expect(section).toContain(t('policy.value.requireReason.on'));
    expect(section).toContain(t('policy.value.allowEnforce.off'));
    await options.close();
  });

  it('is followed in the tab: Enforce turned off, and a reset confirmed only with a reason, sent once', async () => {
    const sim = await world.simulator();
    const tab = await world.browser.newTab();
    await signIn(tab, sim, ADMIN);
    const panel = await openPanel(tab, sim.origin());
    const admin = new AdminSteps();
    await selectTab(admin, panel, t('ui.tabs.enforce'));
    await panel.getByText(t('policy.tab.enforceOff')).waitFor();

    sim.requests.length = 0;
    const dialog = await reviewReset(admin, panel, alice.email);
    const confirm = dialog.getByRole('button', { name: t('ui.reset.confirm') });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByRole('textbox', { name: t('policy.reason.label') }).fill('INC-4711');
    await confirm.click();
    await panel.getByText(t('ui.reset.success', sentenceVars(alice, SEED.orgs.acmeCorp.name, 'production'))).waitFor();
    expect(recordedPuts(sim)).toHaveLength(1);
  });
});
