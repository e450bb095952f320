/**
 * Enterprise policy, proven with a real policy file: Chromium reads
 * /etc/chromium/policies/managed/*.json at start and hands the extension's `3rdparty` section to
 * its managed storage (validated with the build's managed_schema.json). The spec loads a copy of
 * the production build with a fixed key (policy-key.ts), so the file can name its id.
 *
 * One browser per policy: the organisation's restrictions, each proven in the popup, in the tab
 * (asked directly, as another page could) and on the options page; then a policy with bad values,
 * whose messages show while the helper's defaults stay in force for them.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntryFor } from '../../lib/audit/test-entries';
import { t } from '../../lib/i18n';
import { RETENTION_DAYS_MAX, RETENTION_DAYS_MIN } from '../../lib/policy/policy-schema';
import { SEED, startSimulator, type Simulator } from '../simulator';
import { ADMIN, AdminSteps, recordedPuts, reviewReset, sentenceVars, signedInTab } from './action-steps';
import { policyDirProblem, removeChromiumPolicy, writeChromiumPolicy } from './chromium-policy';
import { extensionPage, extensionStorage, helperReady, sendToBackground, sendToTab, tabIdOf } from './extension-pages';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness';
import { keyedBuildCopy, type KeyedBuild } from './policy-key';

const { alice } = SEED.users;
const CHECKLIST = ['Called back on the number in HR records'];
const DAY_MS = 86_400_000;

const cannotWrite = policyDirProblem();
if (cannotWrite !== null) console.warn(`Skipping the managed policy spec: ${cannotWrite}`);

declare const chrome: { storage: { managed: { get(keys: null): Promise<Record<string, unknown>> } } };

interface PolicyWorld {
  sim: Simulator;
  browser: ExtensionBrowser;
  build: KeyedBuild;
  /** An extension page to ask the tab and the background from. */
  probe: Page;
}

/** Writes the policy, then starts the simulator and Chromium with the keyed build; `close` undoes all of it. */
function withPolicy(values: Record<string, unknown>) {
  const world = {} as PolicyWorld;
  let created: string[] = [];
  beforeAll(async () => {
    world.build = keyedBuildCopy();
    created = writeChromiumPolicy(world.build.extensionId, values);
    world.sim = await startSimulator({ port: 0 });
    world.browser = await launchExtensionBrowser({ extensionDir: world.build.dir });
    world.probe = await extensionPage(world.browser);
  });
  afterAll(async () => {
    try {
      await world.browser?.close();
      await world.sim?.close();
    } finally {
      world.build?.remove();
      removeChromiumPolicy(created);
    }
  });
  return world;
}

/** The helper's answer in `tab` to one command, asked from an extension page (no form in between). */
async function askTab(world: PolicyWorld, tab: Page, type: string, data: unknown): Promise<unknown> {
  const tabId = await tabIdOf(world.probe, tab.url());
  await helperReady(world.probe, tabId);
  const [answer] = await sendToTab(world.probe, tabId, [{ type, data }]);
  return answer?.res;
}

/** Appends entries to the history the way an extension page does: an intent to the background. */
async function appendEntries(world: PolicyWorld, entries: { id: string; daysAgo: number }[]): Promise<void> {
  const [answer] = await sendToBackground(world.probe, [
    {
      type: 'storeIntent',
      data: {
        intentId: `${Date.now().toString(16).padStart(32, '0')}`,
        operation: {
          op: 'audit.append',
          entries: entries.map(({ id, daysAgo }) => auditEntryFor({ id, time: new Date(Date.now() - daysAgo * DAY_MS).toISOString() })),
        },
      },
    },
  ]);
  expect(answer?.res).toEqual({ ok: true, value: null });
}

async function storedEntryIds(world: PolicyWorld): Promise<string[]> {
  const stored = await extensionStorage(world.probe);
  const index = stored.auditHistory as { pages: { id: string }[] } | undefined;
  return (index?.pages ?? []).flatMap(({ id }) => (stored[`auditHistoryPage:${id}`] as { id: string }[]).map((entry) => entry.id));
}

async function openOptions(world: PolicyWorld): Promise<Page> {
  const page = await world.browser.context.newPage();
  await page.goto(`chrome-extension://${world.browser.extensionId}/options.html`);
  return page;
}

describe.skipIf(cannotWrite !== null)('an organisation’s policy', () => {
  const POLICY = {
    allowedEnvironments: ['acme.resolver.com'],
    callerChecklist: CHECKLIST,
    requireReason: true,
    allowBulkRuns: false,
    allowEnforce: false,
    auditRetentionDays: 30,
  };
  const world = withPolicy(POLICY);

  it('reaches the extension from the policy file, under the id its key gives it', async () => {
    expect(world.browser.extensionId).toBe(world.build.extensionId);
    expect(await world.probe.evaluate(() => chrome.storage.managed.get(null))).toEqual(POLICY);
  });

  it('refuses every action on a Resolver host the policy does not name: the popup says why, the tab sends nothing', async () => {
    const tab = await signedInTab(world.browser, world.sim, ADMIN, 'acme-sandbox');
    world.sim.requests.length = 0;
    const popup = await world.browser.openPopup(tab);
    const notice = popup.getByRole('alert').filter({ hasText: t('policy.environment.notice', { host: 'acme-sandbox.resolver.com', allowed: 'acme.resolver.com' }) });
    await notice.waitFor();
    expect(await popup.getByRole('tablist').count()).toBe(0);
    await popup.close();

    const refused = { ok: false, kind: 'policy', detail: t('policy.refused.environment', { host: 'acme-sandbox.resolver.com' }) };
    expect(await askTab(world, tab, 'runAction', { action: 'resetUserMfa', input: { userId: alice.id }, reason: 'INC-1' })).toEqual(refused);
    expect(await askTab(world, tab, 'bulkResolve', { text: alice.email, operation: { action: 'resetUserMfa' }, reason: 'INC-1' })).toEqual(refused);
    expect(recordedPuts(world.sim)).toEqual([]);
    await tab.close();
  });

  it('asks a reason before a reset: Confirm stays disabled and the tab refuses one without', async () => {
    const tab = await signedInTab(world.browser, world.sim);
    world.sim.requests.length = 0;
    const popup = await world.browser.openPopup(tab);
    const admin = new AdminSteps();
    const dialog = await reviewReset(admin, popup, alice.email);
    // The organisation's checklist is the one the confirmation asks.
    expect(admin.verifications).toBe(CHECKLIST.length);
    expect(await dialog.getByRole('group', { name: t('checklist.legend') }).innerText()).toContain(CHECKLIST[0]);
    const confirm = dialog.getByRole('button', { name: t('ui.reset.confirm') });
    expect(await confirm.isDisabled()).toBe(true);

    // Whatever a form does, the tab itself refuses.
    expect(await askTab(world, tab, 'runAction', { action: 'resetUserMfa', input: { userId: alice.id } })).toEqual({
      ok: false,
      kind: 'policy',
      detail: t('policy.refused.reason-required'),
    });
    expect(recordedPuts(world.sim)).toEqual([]);

    await dialog.getByRole('textbox', { name: t('policy.reason.label') }).fill('INC-4711');
    await confirm.click();
    await popup.getByText(t('ui.reset.success', sentenceVars(alice, SEED.orgs.acmeCorp.name, 'production'))).waitFor();
    expect(recordedPuts(world.sim)).toHaveLength(1);
    await popup.close();
    await tab.close();
  });

  it('says Enforce and Bulk are turned off by the organisation, and the tab refuses both', async () => {
    const tab = await signedInTab(world.browser, world.sim);
    world.sim.requests.length = 0;
    const popup = await world.browser.openPopup(tab);
    await popup.getByRole('tab', { name: t('ui.tabs.enforce') }).click();
    await popup.getByRole('tabpanel').getByText(t('policy.tab.enforceOff')).waitFor();
    await popup.getByRole('tab', { name: t('bulkUi.tab') }).click();
    await popup.getByRole('tabpanel').getByText(t('policy.tab.bulkOff')).waitFor();
    await popup.close();

    expect(await askTab(world, tab, 'runAction', { action: 'enforceOrgMfa', input: {} })).toEqual({
      ok: false,
      kind: 'policy',
      detail: t('policy.refused.enforce-off'),
    });
    expect(await askTab(world, tab, 'bulkResolve', { text: alice.email, operation: { action: 'resetUserMfa' }, reason: 'INC-9' })).toEqual({
      ok: false,
      kind: 'policy',
      detail: t('policy.refused.bulk-off'),
    });
    expect(recordedPuts(world.sim)).toEqual([]);
    await tab.close();
  });

  it('shows the managed values on the options page, the checklist read-only as the organisation’s', async () => {
    const options = await openOptions(world);
    const section = options.getByRole('region', { name: t('policy.title') });
    await section.waitFor();
    const text = await section.innerText();
    for (const line of [
      t('policy.value.allowedEnvironments', { value: 'acme.resolver.com' }),
      t('policy.value.requireReason.on'),
      t('policy.value.allowBulkRuns.off'),
      t('policy.value.allowEnforce.off'),
      t('policy.value.auditRetentionDays', { days: 30 }),
    ]) {
      expect(text).toContain(line);
    }
    await options.getByText(t('settings.checklist.managed')).waitFor();
    expect(await options.getByRole('list', { name: t('settings.checklist.label') }).innerText()).toContain(CHECKLIST[0]);
    expect(await options.getByRole('textbox', { name: t('settings.checklist.label') }).count()).toBe(0);
    await options.close();
  });

  it('keeps the history to the retention: the background drops older entries when appending', async () => {
    await appendEntries(world, [
      { id: 'policy-old', daysAgo: 40 },
      { id: 'policy-recent', daysAgo: 2 },
    ]);
    const ids = await storedEntryIds(world);
    expect(ids).toContain('policy-recent');
    expect(ids).not.toContain('policy-old');
  });
});

describe.skipIf(cannotWrite !== null)('a policy with bad values', () => {
  // Chromium itself drops a value of the wrong JSON type (managed_schema.json); these have the
  // right type, so the helper reads them and says what is wrong with each.
  const world = withPolicy({ allowedEnvironments: ['acme.example.com'], auditRetentionDays: -3, allowBulkRuns: false });

  it('says on the options page what is wrong with each, and applies the other values', async () => {
    const options = await openOptions(world);
    const problems = options.getByRole('list', { name: t('policy.problems.title') });
    await problems.waitFor();
    const text = await problems.innerText();
    expect(text).toContain(t('policy.problem.environment-not-resolver', { key: 'allowedEnvironments', value: 'acme.example.com' }));
    expect(text).toContain(t('policy.problem.days', { key: 'auditRetentionDays', value: '-3', min: RETENTION_DAYS_MIN, max: RETENTION_DAYS_MAX }));
    expect(await options.getByRole('region', { name: t('policy.title') }).innerText()).toContain(t('policy.value.allowBulkRuns.off'));
    await options.close();
  });

  it('keeps the defaults for them: every Resolver environment, and a history that keeps its entries', async () => {
    const tab = await signedInTab(world.browser, world.sim, ADMIN, 'acme-sandbox');
    const popup = await world.browser.openPopup(tab);
    await popup.getByRole('tablist').waitFor();
    expect(await popup.getByRole('alert').filter({ hasText: t('policy.refused.environment', { host: 'acme-sandbox.resolver.com' }).slice(0, 30) }).count()).toBe(0);
    await popup.close();
    await tab.close();

    await appendEntries(world, [{ id: 'kept-old', daysAgo: 400 }]);
    expect(await storedEntryIds(world)).toContain('kept-old');
  });
});
