/**
 * "Who is exempt from MFA?", end to end on the simulator's Acme Corp (a few hundred users): some
 * opted out through the helper (so this browser's history knows who and when), some opted out
 * elsewhere (through the API, unknown to the history), one whose opt-out state Resolver does not
 * report. The admin scans from the popup's Report tab; the scan goes through a 429 and server
 * errors, survives the popup closing, and sends nothing but GETs; one click opts a user back in
 * through the usual confirmation and the report updates itself; the full-page view exports it.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SCAN_SAVE_INTERVAL_MS } from '../../lib/exemption-report/report-scanner';
import { ScanSchema } from '../../lib/exemption-report/report-schema';
import { EXEMPTION_REPORTS_KEY } from '../../lib/exemption-report/report-store';
import { t } from '../../lib/i18n';
import { ACTIONS, BULK_CONCURRENCY, ENDPOINTS } from '../../lib/resolver/knowledge';
import { loginToken, SEED, simRequest, type Simulator } from '../simulator';
import { AdminSteps, closeWorld, openHistory, recordedPuts, reviewOptOut, selectTab, signedInTab, startWorld } from './action-steps';
import { downloadedFile } from './bulk-steps';
import type { ExtensionBrowser } from './harness';
import { expectNoSecretLeaks } from './secret-audit';

const acmeCorp = SEED.orgs.acmeCorp;
const { bob, carol, admin } = SEED.users;
/** Opted out through the API, so this browser's history knows nothing of them. */
const OPTED_OUT_ELSEWHERE = [105, 120, 150];
/** Resolver does not report this user's opt-out state (`unreportedOptOut`). */
const UNREPORTED = 130;
const SCAN_TIMEOUT_MS = 30_000;
/** The reload scenario's simulated round trip: slow enough that the tab reloads mid-scan. */
const ROUND_TRIP_MS = 50;

/** The service worker's extension API, as far as this spec reads it. */
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

let browser: ExtensionBrowser;
let sim: Simulator;
let tab: Page;

beforeAll(async () => {
  ({ sim, browser } = await startWorld({ unreportedOptOut: [UNREPORTED] }));
  const { token } = await loginToken(sim, { email: admin.email, password: SEED.passwords.admin, org: acmeCorp.id });
  for (const id of OPTED_OUT_ELSEWHERE) {
    const response = await simRequest(sim, { method: 'PUT', path: ACTIONS.setMfaOptOut.path.replace('{id}', String(id)), token, body: { mfaOptOut: true } });
    if (response.status !== 204) throw new Error(`Opting ${id} out failed: ${response.status}`);
  }
  tab = await signedInTab(browser, sim);
});

afterAll(() => closeWorld({ sim, browser }));

const membersOfAcme = () => sim.state.production.memberships.filter((m) => m.orgId === acmeCorp.id);
const exemptInAcme = () => membersOfAcme().filter((m) => m.mfaOptOut).length;
const summaryOf = (exempt: number, active: number) =>
  new RegExp(
    `^${t('exemption.summary', { exempt: String(exempt), active: active.toLocaleString('en-US'), org: acmeCorp.name, environment: t('ui.environment.production'), time: '__TIME__' })
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace('__TIME__', '.+')}$`,
  );

function reportTab(popup: Page): Locator {
  return popup.getByRole('region', { name: t('exemption.heading') });
}

async function startScan(popup: Page): Promise<Locator> {
  const steps = new AdminSteps();
  await selectTab(steps, popup, t('exemption.tab'));
  const start = popup.getByRole('button', { name: new RegExp(`^Scan ${acmeCorp.name}`) });
  await start.click();
  return reportTab(popup);
}

async function storedScan() {
  const worker = await browser.serviceWorker();
  const key = EXEMPTION_REPORTS_KEY.slice('local:'.length);
  const stored = z.record(z.string(), z.unknown()).parse((await worker.evaluate((k) => chrome.storage.local.get(k), key))[key] ?? {});
  return ScanSchema.parse(stored[sim.origin()]);
}

describe('the exemption report', () => {
  it('bob is opted out through the helper', async () => {
    const popup = await browser.openPopup(tab);
    const dialog = await reviewOptOut(new AdminSteps(), popup, bob.email, true);
    await dialog.getByRole('button', { name: t('ui.optOut.confirm.out') }).click();
    await expect.poll(() => sim.state.production.membership(acmeCorp.id, bob.id)?.mfaOptOut).toBe(true);
    await popup.close();
  });

  it('a scan from the popup lists who is exempt, with what the history knows, sending only GETs', async () => {
    const since = sim.requests.length;
    const popup = await browser.openPopup(tab);
    const report = await startScan(popup);
    const members = membersOfAcme().length;
    // carol (seeded), bob, the three opted out elsewhere.
    expect(exemptInAcme()).toBe(2 + OPTED_OUT_ELSEWHERE.length);
    await expect.poll(() => report.textContent(), { timeout: SCAN_TIMEOUT_MS }).toMatch(/scanned/);
    await expect.poll(() => report.getByText(summaryOf(exemptInAcme(), members)).count(), { timeout: SCAN_TIMEOUT_MS }).toBe(1);

    const table = report.getByRole('table', { name: t('exemption.table.caption', { org: acmeCorp.name }) });
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(exemptInAcme());
    const bobRow = table.getByRole('row', { name: new RegExp(`${bob.first} ${bob.last}`) });
    await expect.poll(() => bobRow.textContent()).toContain(admin.email);
    const carolRow = table.getByRole('row', { name: new RegExp(`${carol.first} ${carol.last}`) });
    expect(await carolRow.textContent()).toContain(t('exemption.history.unknown'));
    await report.getByText(t('exemption.unreported.one')).waitFor();

    const sent = sim.requests.slice(since);
    expect(sent.filter((request) => request.method !== 'GET')).toEqual([]);
    // Each member's membership read once, the user list read once.
    const reads = sent.filter((request) => request.path.startsWith(`/user/org/${acmeCorp.id}/user/`));
    expect(reads.length).toBe(members);
    expect(new Set(reads.map((request) => request.path)).size).toBe(members);
    expect(sent.filter((request) => request.path === ENDPOINTS.users).length).toBe(1);
    await popup.close();
  });

  it('goes on through a 429 and server errors, and when the popup is closed mid-scan', async () => {
    const isRead = (path: string) => path.startsWith(`/user/org/${acmeCorp.id}/user/`);
    sim.faults.latency(20);
    sim.faults.failNext(1, { status: 429, retryAfter: 1 }, isRead);
    sim.faults.failNext(3, { status: 500 }, isRead);
    const since = sim.requests.length;
    const popup = await browser.openPopup(tab);
    await startScan(popup);
    await expect.poll(async () => (await storedScan()).phase).toBe('scanning');
    await popup.close();
    await expect.poll(async () => (await storedScan()).phase, { timeout: SCAN_TIMEOUT_MS }).toBe('finished');
    sim.faults.latency(0);
    const scan = await storedScan();
    expect(scan.states).not.toContain('!');
    expect(scan.exempt.map((user) => user.id).sort((a, b) => a - b)).toEqual(
      membersOfAcme().filter((m) => m.mfaOptOut && m.userId !== UNREPORTED).map((m) => m.userId).sort((a, b) => a - b),
    );
    // Every member read, and only the faulted reads (one 429, three 500s) read again.
    const reads = sim.requests.slice(since).filter((request) => isRead(request.path));
    expect(new Set(reads.map((request) => request.path)).size).toBe(membersOfAcme().length);
    expect(reads.length).toBe(membersOfAcme().length + 4);

    // Reopened, the popup shows the finished report at once.
    const again = await browser.openPopup(tab);
    await selectTab(new AdminSteps(), again, t('exemption.tab'));
    await reportTab(again).getByText(summaryOf(exemptInAcme(), membersOfAcme().length)).waitFor();
    await again.close();
  });

  it('a reload of the tab mid-scan: the next page takes the scan over and finishes it, reading nobody twice but those in flight', async () => {
    const isRead = (path: string) => path.startsWith(`/user/org/${acmeCorp.id}/user/`);
    sim.faults.latency(ROUND_TRIP_MS);
    const since = sim.requests.length;
    const earlier = (await storedScan()).id;
    const popup = await browser.openPopup(tab);
    await startScan(popup);
    await popup.close();
    const readSoFar = async () => {
      const scan = await storedScan();
      return scan.id === earlier ? 0 : scan.states.replaceAll('.', '').length;
    };
    await expect.poll(readSoFar).toBeGreaterThan(20);
    // Still mid-scan (about 2.5 s at this round trip): the next page has something to take over.
    expect((await storedScan()).phase).toBe('scanning');
    await tab.reload();
    await expect.poll(async () => (await storedScan()).phase, { timeout: SCAN_TIMEOUT_MS }).toBe('finished');
    sim.faults.latency(0);
    const scan = await storedScan();
    expect(scan.states).not.toMatch(/[.!]/);
    const reads = sim.requests.slice(since).filter((request) => isRead(request.path));
    expect(new Set(reads.map((request) => request.path)).size).toBe(membersOfAcme().length);
    // Read again at most: those answered since the last progress save (the unloading page's own
    // save rarely lands) and those in flight, at this round trip.
    const roundTrips = SCAN_SAVE_INTERVAL_MS / ROUND_TRIP_MS + 1;
    expect(reads.length - membersOfAcme().length).toBeLessThanOrEqual(BULK_CONCURRENCY * roundTrips);
  });

  it('opts bob back in from the report, through the confirmation, and the report updates itself', async () => {
    const popup = await browser.openPopup(tab);
    await selectTab(new AdminSteps(), popup, t('exemption.tab'));
    const report = reportTab(popup);
    const before = exemptInAcme();
    const putsBefore = recordedPuts(sim).length;
    await report.getByRole('button', { name: t('exemption.optBackIn', { name: `${bob.first} ${bob.last}` }) }).click();
    const dialog = popup.getByRole('dialog', { name: t('ui.optOut.confirmTitle.in') });
    await dialog.getByText(acmeCorp.name).first().waitFor();
    await dialog.getByRole('button', { name: t('ui.optOut.confirm.in') }).click();
    await report.getByText(summaryOf(before - 1, membersOfAcme().length)).waitFor({ timeout: 10_000 });
    expect(await report.getByRole('row', { name: new RegExp(`${bob.first} ${bob.last}`) }).count()).toBe(0);
    const puts = recordedPuts(sim).slice(putsBefore);
    expect(puts).toEqual([expect.objectContaining({ path: ACTIONS.setMfaOptOut.path.replace('{id}', String(bob.id)), body: { mfaOptOut: false } })]);
    expect(sim.state.production.membership(acmeCorp.id, bob.id)?.mfaOptOut).toBe(false);
    await popup.close();
  });

  it('the full page lists the report and exports it with the org, environment, scan time and counts', async () => {
    const page = await openHistory(browser);
    const section = page.getByRole('region', { name: t('exemption.options.heading') });
    await section.getByText(summaryOf(exemptInAcme(), membersOfAcme().length)).waitFor();
    const csv = await downloadedFile(page, section.getByRole('button', { name: t('exemption.exportCsv') }));
    expect(csv.fileName).toMatch(/^resolver-mfa-exempt-acme-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text).toContain(`"org.name","${acmeCorp.name}"`);
    expect(csv.text).toContain('"environment","production"');
    expect(csv.text).toContain(`"count.exempt","${exemptInAcme()}"`);
    expect(csv.text).toMatch(/"scannedAt","\d{4}-\d{2}-\d{2}T/);
    const table = csv.text.split('\r\n\r\n')[1] ?? '';
    expect(table.trim().split('\r\n')).toHaveLength(1 + exemptInAcme());
    await page.close();
  });

  it('no token or secret leaked to storage or logs', async () => {
    await expectNoSecretLeaks(browser, [sim]);
  });
});
