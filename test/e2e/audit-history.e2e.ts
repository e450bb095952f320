/**
 * The history of admin actions, end to end: actions taken in the toolbar popup are recorded by
 * the Resolver tab, the options page lists them and exports them, and an action whose popup was
 * closed right after Confirm is recorded all the same.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_HISTORY_LIMIT, AuditEntrySchema } from '../../lib/audit/audit-schema';
import { t } from '../../lib/i18n';
import { ACTIONS, MAINTENANCE_MESSAGE } from '../../lib/resolver/knowledge';
import { SEED, type Simulator } from '../simulator';
import {
  AdminSteps,
  closeWorld,
  openHistory,
  pageToken,
  recordedPuts,
  reviewReset,
  type SeedPerson,
  sentenceVars,
  signedInTab,
  startWorld,
} from './action-steps';
import type { ExtensionBrowser } from './harness';
import { expectNoSecretLeaks } from './secret-audit';

const { admin, alice, bob } = SEED.users;
const acmeCorp = SEED.orgs.acmeCorp.name;
const RESET_PATH = ACTIONS.resetUserMfa.path;
/** As the page writes it in Chromium's default (en-US) locale. */
const LIMIT = AUDIT_HISTORY_LIMIT.toLocaleString('en-US');
const isResetPut = (path: string, method: string) => method === 'PUT' && path === RESET_PATH;

let browser: ExtensionBrowser;
let sim: Simulator;

beforeAll(async () => {
  ({ sim, browser } = await startWorld());
});

afterAll(() => closeWorld({ sim, browser }));

/** How the history names a user: the helper's own "name (email, id n)". */
function named(person: SeedPerson): string {
  return sentenceVars(person, acmeCorp, 'production').user;
}

function historyRow(page: Page, text: string) {
  return page.getByRole('table', { name: t('audit.table.caption') }).getByRole('row').filter({ hasText: text });
}

/** Reviews a reset of `person` in a fresh popup and confirms it; returns the popup. */
async function confirmResetInPopup(tab: Page, person: SeedPerson): Promise<Page> {
  const popup = await browser.openPopup(tab);
  const steps = new AdminSteps();
  const dialog = await reviewReset(steps, popup, person.email);
  await steps.click(dialog.getByRole('button', { name: t('ui.reset.confirm') }));
  return popup;
}

describe('the history of admin actions', () => {
  it('lists a reset and a refused reset done in the popup, and exports them as JSON', async () => {
    const tab = await signedInTab(browser, sim);
    const token = await pageToken(tab);

    const first = await confirmResetInPopup(tab, alice);
    await first.getByText(t('ui.reset.success', sentenceVars(alice, acmeCorp, 'production'))).waitFor();
    await first.close();

    sim.faults.failNext(1, { status: 503, message: MAINTENANCE_MESSAGE }, isResetPut);
    const second = await confirmResetInPopup(tab, bob);
    await second.getByText(t('failure.maintenance'), { exact: true }).waitFor();
    await second.close();

    const history = await openHistory(browser);
    await expect.poll(() => history.getByRole('status').innerText()).toContain(
      t('audit.count', { shown: 2, total: 2, limit: LIMIT }),
    );
    const aliceRow = historyRow(history, named(alice));
    await expect.poll(() => aliceRow.innerText()).toContain(t('audit.outcome.ok', { status: 204 }));
    const bobRow = historyRow(history, named(bob));
    const bobText = await bobRow.innerText();
    expect(bobText).toContain(t('audit.outcome.failedStatus', { kind: t('audit.kind.maintenance'), status: 503 }));
    expect(bobText).toContain(MAINTENANCE_MESSAGE);
    expect(bobText).toContain(acmeCorp);

    const downloading = history.waitForEvent('download');
    await history.getByRole('button', { name: t('audit.export.json') }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^resolver-mfa-audit-\d{4}-\d{2}-\d{2}\.json$/);
    // The file's bytes, read from the Blob URL the page handed the browser: Playwright's copy of
    // the file is unreliable here, as the popup relay's second DevTools connection redirects
    // browser-wide downloads to its own folder.
    const text = await history.evaluate(async (url) => (await fetch(url)).text(), download.url());
    expect(text).not.toContain(token);
    const exported = JSON.parse(text) as { entries: unknown[] };
    const entries = exported.entries.map((entry) => AuditEntrySchema.parse(entry));
    const where = {
      admin: { id: admin.id, name: `${admin.first} ${admin.last}`, email: admin.email },
      origin: sim.origin(),
      environment: 'production',
      org: { id: SEED.orgs.acmeCorp.id, name: acmeCorp },
      action: 'resetUserMfa',
      request: { method: 'PUT', path: RESET_PATH, source: 'spec' },
    };
    expect(entries).toEqual([
      expect.objectContaining({
        ...where,
        target: { userId: bob.id, name: `${bob.first} ${bob.last}`, email: bob.email },
        outcome: { ok: false, kind: 'maintenance', status: 503, detail: MAINTENANCE_MESSAGE },
      }),
      expect.objectContaining({
        ...where,
        target: { userId: alice.id, name: `${alice.first} ${alice.last}`, email: alice.email },
        outcome: { ok: true, status: 204 },
      }),
    ]);
    await history.close();
    await tab.close();
  });

  it('records an action whose popup was closed right after Confirm', async () => {
    const tab = await signedInTab(browser, sim);
    const history = await openHistory(browser);
    sim.requests.length = 0;
    const popup = await browser.openPopup(tab);
    const dialog = await reviewReset(new AdminSteps(), popup, alice.email);
    // Slow enough that the popup is gone long before Resolver answers.
    sim.faults.latency(2_000);
    await dialog.getByRole('button', { name: t('ui.reset.confirm') }).click();
    await popup.close();

    await expect.poll(() => recordedPuts(sim).length, { timeout: 10_000 }).toBe(1);
    sim.faults.latency(0);
    // The open history page shows the new entry as soon as the tab records it.
    await expect
      .poll(() => history.getByRole('status').innerText(), { timeout: 10_000 })
      .toContain(t('audit.count', { shown: 3, total: 3, limit: LIMIT }));
    const newest = history.getByRole('table').getByRole('row').nth(1);
    expect(await newest.innerText()).toContain(named(alice));
    expect(await newest.innerText()).toContain(t('audit.outcome.ok', { status: 204 }));
    await history.close();
    await tab.close();
  });

  it('keeps and logs no session token, sends none to another host, and every request went to its tab’s own origin', async () => {
    await expectNoSecretLeaks(browser, [sim]);
  });
});
