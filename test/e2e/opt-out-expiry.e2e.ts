/**
 * Expiring opt-outs, end to end: the admin opts bob out with "remind me in 7 days" from the real
 * popup; the test moves the simulator's clock (Resolver's clock: the browser's cannot be moved,
 * and the extension reads Resolver's from its answers' Date header); after the expiry, the next
 * Resolver page the admin signs in to shows the notice, the toolbar badge counts it, and one real
 * click opts bob back in. Before the expiry, nothing shows; a page script cannot click the notice.
 */
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AUDIT_HISTORY_KEY } from '../../lib/audit/audit-migrations';
import { AuditIndexSchema, auditPageKey } from '../../lib/audit/audit-pages';
import { t } from '../../lib/i18n';
import { ACTIONS, ENDPOINTS } from '../../lib/resolver/knowledge';
import { SEED, type Simulator } from '../simulator';
import { AdminSteps, closeWorld, recordedPuts, selectTab, sentenceVars, signedInTab, startWorld } from './action-steps';
import type { ExtensionBrowser } from './harness';
import { expectNoSecretLeaks } from './secret-audit';

const { bob } = SEED.users;
const acmeCorp = SEED.orgs.acmeCorp;
const DAY = 24 * 60 * 60;
const BOB_NAME = `${bob.first} ${bob.last}`;

/** The service worker's extension API, as far as this spec reads it. */
declare const chrome: {
  action: { getBadgeText(details: object): Promise<string> };
  storage: { local: { get(keys: string | string[]): Promise<Record<string, unknown>> } };
};

let browser: ExtensionBrowser;
let sim: Simulator;

beforeAll(async () => {
  ({ sim, browser } = await startWorld());
});

afterAll(() => closeWorld({ sim, browser }));

async function badgeText(): Promise<string> {
  const worker: Worker = await browser.serviceWorker();
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}

async function expectBadge(text: string): Promise<void> {
  await expect.poll(badgeText, { timeout: 10_000 }).toBe(text);
}

const StoredEntriesSchema = z.array(z.object({ action: z.string(), optOut: z.boolean().optional(), optOutUntil: z.string().optional(), target: z.object({ userId: z.number() }).nullable(), outcome: z.object({ ok: z.boolean() }) }));

/** The stored history, oldest first: the index, then the pages it names (lib/audit/audit-pages.ts). */
async function auditHistory() {
  const worker = await browser.serviceWorker();
  const local = (key: string) => key.slice('local:'.length);
  const indexKey = local(AUDIT_HISTORY_KEY);
  const index = AuditIndexSchema.parse((await worker.evaluate((key) => chrome.storage.local.get(key), indexKey))[indexKey]);
  const pageKeys = index.pages.map((page) => local(auditPageKey(page.id)));
  const pages = await worker.evaluate((keys) => chrome.storage.local.get(keys), pageKeys);
  return pageKeys.flatMap((key) => StoredEntriesSchema.parse(pages[key]));
}

function bobsMembership() {
  return sim.state.production.memberships.find((m) => m.orgId === acmeCorp.id && m.userId === bob.id);
}

function notice(tab: Page) {
  return tab.getByRole('region', { name: t('reminders.notice.label') });
}

/** Both "who am I?" calls of a fresh page (the web app's and the extension's) have been answered. */
async function pageAskedWhoAmI(since: number): Promise<void> {
  await expect.poll(() => sim.requests.slice(since).filter((r) => r.method === 'GET' && r.path === ENDPOINTS.me).length).toBeGreaterThanOrEqual(2);
}

describe('an opt-out that expires', () => {
  it('bob out with “remind me in 7 days” from the popup: opted out, no badge yet', async () => {
    const tab = await signedInTab(browser, sim);
    const popup = await browser.openPopup(tab);
    const admin = new AdminSteps();
    await selectTab(admin, popup, t('ui.tabs.optOut'));
    const form = popup.getByRole('form', { name: t('ui.optOut.formLabel') });
    await admin.type(form.getByRole('textbox', { name: t('ui.user.label') }), bob.email);
    await form.getByRole('combobox', { name: t('reminders.field.label') }).selectOption({ label: t('reminders.field.in', { period: t('reminders.period.many', { days: 7 }) }) });
    await admin.click(form.getByRole('button', { name: t('ui.optOut.submit.out') }));
    const dialog = popup.getByRole('dialog', { name: t('ui.optOut.confirmTitle.out') });
    await dialog.getByText(t('reminders.confirm.note', { period: t('reminders.period.many', { days: 7 }) })).waitFor();
    await admin.click(dialog.getByRole('button', { name: t('ui.optOut.confirm.out') }));
    await popup.getByText(t('ui.optOut.success.out', sentenceVars(bob, acmeCorp.name, 'production'))).waitFor();

    expect(bobsMembership()?.mfaOptOut).toBe(true);
    const optedOut = (await auditHistory()).filter((entry) => entry.action === 'setMfaOptOut' && entry.optOut === true);
    expect(optedOut).toHaveLength(1);
    // Seven days on Resolver's clock, which has not moved yet.
    expect(Date.parse(optedOut[0]?.optOutUntil ?? '') / 1000 - sim.clock.now()).toBeCloseTo(7 * DAY, -1);
    await expectBadge('');
    await popup.close();
    await tab.close();
  });

  it('shows nothing while the reminder has not expired, on Resolver’s clock six days later', async () => {
    sim.clock.advance(6 * DAY);
    const since = sim.requests.length;
    const tab = await signedInTab(browser, sim);
    await pageAskedWhoAmI(since);
    await tab.waitForTimeout(1_000);
    expect(await notice(tab).count()).toBe(0);
    expect(await badgeText()).toBe('');
    await tab.close();
  });

  it('after the expiry: the notice names bob, the org and the environment, and the badge counts 1', async () => {
    sim.clock.advance(2 * DAY);
    // The admin signs in again: the tokens expired meanwhile on Resolver's clock.
    const tab = await signedInTab(browser, sim);
    const shown = notice(tab);
    await shown.waitFor({ timeout: 15_000 });
    const item = t('reminders.expired.item', { ...sentenceVars(bob, acmeCorp.name, 'production'), date: '' }).split(' until ')[0] ?? '';
    await expect.poll(() => shown.innerText()).toContain(item);
    await expectBadge('1');

    // A page script clicking the button: dropped before it reaches the notice, nothing sent.
    sim.requests.length = 0;
    const label = t('reminders.expired.optBackIn', { name: BOB_NAME });
    const clicked = await tab.evaluate((text) => {
      const root = document.querySelector('resolver-mfa-reminders')?.shadowRoot;
      const button = [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent === text);
      button?.click();
      return button !== undefined;
    }, label);
    expect(clicked).toBe(true);
    await tab.waitForTimeout(1_000);
    expect(recordedPuts(sim)).toEqual([]);
    expect(bobsMembership()?.mfaOptOut).toBe(true);

    // One real click.
    await shown.getByRole('button', { name: label }).click();
    await shown.getByText(t('reminders.expired.done', sentenceVars(bob, acmeCorp.name, 'production'))).waitFor();
    expect(recordedPuts(sim)).toEqual([
      expect.objectContaining({ path: ACTIONS.setMfaOptOut.path.replace('{id}', String(bob.id)), body: { mfaOptOut: false } }),
    ]);
    expect(bobsMembership()?.mfaOptOut).toBe(false);
    expect(await shown.getByRole('button', { name: label }).count()).toBe(0);
    await expectBadge('');
    const optedIn = (await auditHistory()).filter((entry) => entry.action === 'setMfaOptOut' && entry.optOut === false);
    expect(optedIn).toEqual([expect.objectContaining({ target: expect.objectContaining({ userId: bob.id }), outcome: expect.objectContaining({ ok: true }) })]);

    // The reminder is gone: the next page shows no notice.
    const since = sim.requests.length;
    await tab.reload();
    await expect.poll(() => sim.requests.slice(since).filter((r) => r.path === ENDPOINTS.me).length).toBeGreaterThanOrEqual(1);
    await tab.waitForTimeout(1_000);
    expect(await notice(tab).count()).toBe(0);
    await tab.close();
  });

  it('keeps and logs no session token, sends none to another host, and every request went to its tab’s own origin', async () => {
    await expectNoSecretLeaks(browser, [sim]);
  });
});
