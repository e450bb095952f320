/**
 * Exemption scan: "Who is exempt from MFA?" over an Acme Corp of 2,000 members through the
 * helper's Exemptions tab (the "Scan Acme Corp" click → the finished summary, timed in the popup)
 * against a plain `fetch` loop doing the same reads from the same tab with the page's own token
 * (timed in the tab): one `GET /user/users`, then one membership GET per listed user, at the same
 * concurrency. The tab's JS heap (which holds the content script running the scan) is read before,
 * throughout and after the helper's scan, and polled during the plain loop too, so both run under
 * the same load.
 *
 * Both sides run with the same simulated round trip (ROUND_TRIP_MS), for the reason given in
 * bulk-throughput.ts. The helper's scan also asks "who am I?" once before listing: that is part of
 * what it does, so it is in its time.
 */
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { ScanSchema } from '../../lib/exemption-report/report-schema';
import { EXEMPTION_REPORTS_KEY } from '../../lib/exemption-report/report-store';
import { t } from '../../lib/i18n';
import { AUTH_SCHEME, BULK_CONCURRENCY, ENDPOINTS, SESSION_KEYS } from '../../lib/resolver/knowledge';
import { SEED, type Simulator } from '../simulator';
import { AdminSteps, selectTab, signedInTab } from '../e2e/action-steps';
import type { ExtensionBrowser } from '../e2e/harness';
import { heapMb, peakHeapWhile, ROUND_TRIP_MS } from './bulk-throughput';
import { armClickTimer, msSinceClick } from './click-timer';
import type { ExemptionScanFigures } from './result';

const SCAN_TIMEOUT_MS = 10 * 60_000;
const ORG = SEED.orgs.acmeCorp;

export type ExemptionScanMeasurement = { figures: ExemptionScanFigures; ratio: number } | { notMeasured: string };

/** The seeded members of Acme Corp: the named users in it and the generated ones (user001…user200). */
export const SEEDED_ACME_MEMBERS =
  Object.values(SEED.users).filter((user) => (user.orgs as readonly number[]).includes(ORG.id)).length + SEED.generatedUsers.inAcmeCorp;

/** The `extraUsers` a simulator needs for Acme Corp to hold exactly `members` members (never fewer than seeded). */
export function extraUsersFor(members: number): number {
  return Math.max(0, members - SEEDED_ACME_MEMBERS);
}

/** Acme Corp's member ids, as the simulator holds them. */
export function acmeMemberIds(sim: Simulator): number[] {
  return sim.state.production.memberships.filter((membership) => membership.orgId === ORG.id).map((membership) => membership.userId);
}

/** The finished summary, "N of M active users are exempt from MFA in Acme Corp (production), scanned <time>.", as a regex source. */
export function finishedSummaryPattern(): string {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const sentence = t('exemption.summary', {
    exempt: '__COUNT__',
    active: '__COUNT__',
    org: ORG.name,
    environment: t('ui.environment.production'),
    time: '__TIME__',
  });
  return `^${escape(sentence).replaceAll('__COUNT__', '\\d[\\d.,\\s]*').replace('__TIME__', '.+')}$`;
}

/**
 * The plain side, from the page with its own token: the user list, then every listed user's
 * membership, `concurrency` at a time, each body read; returns the elapsed ms and the users listed.
 */
async function plainScanLoop(tab: Page, concurrency: number): Promise<{ elapsedMs: number; listed: number }> {
  return tab.evaluate(
    async ({ concurrency, usersPath, membershipPath, orgId, scheme, tokenKey }) => {
      const token = JSON.parse(localStorage.getItem(tokenKey) ?? 'null') as string;
      const headers = { Authorization: `${scheme} ${token}` };
      let failed = 0;
      const started = performance.now();
      // No named functions in here: tsx wraps those in a `__name` helper the page does not have.
      const list = await fetch(usersPath, { headers });
      if (list.status !== 200) throw new Error(`The plain user list answered ${list.status}.`);
      const ids = ((await list.json()) as { data: { id: number }[] }).data.map((user) => user.id);
      let next = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < ids.length) {
            const path = membershipPath.replace('{orgId}', String(orgId)).replace('{userId}', String(ids[next++]));
            const response = await fetch(path, { headers });
            if (response.status !== 200) failed++;
            // Read as a script would, to see `mfaOptOut`.
            else await response.json();
          }
        }),
      );
      const elapsedMs = performance.now() - started;
      if (failed > 0) throw new Error(`${failed} plain membership GETs failed.`);
      return { elapsedMs, listed: ids.length };
    },
    {
      concurrency,
      usersPath: ENDPOINTS.users,
      membershipPath: ENDPOINTS.membership,
      orgId: ORG.id,
      scheme: AUTH_SCHEME,
      tokenKey: SESSION_KEYS.token,
    },
  );
}

/**
 * Throws unless, since the simulator's requests were cleared, it received one user list read and
 * exactly one membership GET for each of `ids`, and nothing but GETs.
 */
function assertOneReadEach(sim: Simulator, ids: readonly number[], what: string): void {
  const prefix = ENDPOINTS.membership.replace('{orgId}', String(ORG.id)).replace('{userId}', '');
  const notGets = sim.requests.filter((request) => request.method !== 'GET');
  if (notGets.length > 0) throw new Error(`${what}: sent ${notGets.length} requests other than GETs.`);
  const lists = sim.requests.filter((request) => request.path === ENDPOINTS.users).length;
  if (lists !== 1) throw new Error(`${what}: expected one user list read; the simulator received ${lists}.`);
  const read = sim.requests
    .filter((request) => request.path.startsWith(prefix))
    .map((request) => Number(request.path.slice(prefix.length)))
    .sort((a, b) => a - b);
  const expected = [...ids].sort((a, b) => a - b);
  if (read.length !== expected.length || read.some((id, index) => id !== expected[index])) {
    throw new Error(`${what}: expected ${expected.length} membership GETs, one per member; the simulator received ${read.length}.`);
  }
}

/** The service worker's extension API, as far as this file reads it. */
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

/** Throws unless the scan stored for `sim` is finished with every member read. */
async function assertStoredScanFinished(browser: ExtensionBrowser, sim: Simulator, members: number): Promise<void> {
  const worker = await browser.serviceWorker();
  const key = EXEMPTION_REPORTS_KEY.slice('local:'.length);
  const stored = z.record(z.string(), z.unknown()).parse((await worker.evaluate((k) => chrome.storage.local.get(k), key))[key] ?? {});
  const scan = ScanSchema.parse(stored[sim.origin()]);
  if (scan.phase !== 'finished') throw new Error(`The stored scan is ${scan.phase}, not finished.`);
  if (scan.ids.length !== members || /[.!]/.test(scan.states)) {
    throw new Error(`The stored scan listed ${scan.ids.length} of ${members} members, or left some unread.`);
  }
}

async function hasReportTab(popup: Page): Promise<boolean> {
  await popup.getByRole('tablist', { name: t('ui.tabs.label') }).waitFor();
  return (await popup.getByRole('tab', { name: t('exemption.tab') }).count()) > 0;
}

/** `sim` must have been started with `extraUsersFor(n)` extra users, for an Acme Corp of n members. */
export async function measureExemptionScan(browser: ExtensionBrowser, sim: Simulator): Promise<ExemptionScanMeasurement> {
  const tab = await signedInTab(browser, sim);
  const popup = await browser.openPopup(tab);
  try {
    if (!(await hasReportTab(popup))) return { notMeasured: `the built popup has no “${t('exemption.tab')}” tab yet.` };
    const ids = acmeMemberIds(sim);
    const users = ids.length;

    // The heap is polled during both loops, so both run under the same DevTools load.
    const cdp = await browser.context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    sim.requests.length = 0;
    sim.faults.latency(ROUND_TRIP_MS);
    const plainLoop = plainScanLoop(tab, BULK_CONCURRENCY);
    await peakHeapWhile(cdp, plainLoop);
    const plain = await plainLoop;
    sim.faults.latency(0);
    if (plain.listed !== users) throw new Error(`The plain user list held ${plain.listed} users, not the ${users} members.`);
    assertOneReadEach(sim, ids, 'plain fetch loop');

    const before = await heapMb(cdp, true);
    await selectTab(new AdminSteps(), popup, t('exemption.tab'));
    const start = popup.getByRole('button', { name: t('exemption.start', { org: ORG.name }), exact: true });
    await start.waitFor();
    await armClickTimer(popup, { paragraph: finishedSummaryPattern() });
    sim.requests.length = 0;
    sim.faults.latency(ROUND_TRIP_MS);
    await start.click();
    const finished = popup
      .getByRole('region', { name: t('exemption.heading') })
      .getByText(new RegExp(finishedSummaryPattern()))
      .waitFor({ timeout: SCAN_TIMEOUT_MS });
    const peak = await peakHeapWhile(cdp, finished);
    await finished;
    const extensionMs = await msSinceClick(popup);
    sim.faults.latency(0);
    const after = await heapMb(cdp, true);
    await cdp.detach();
    assertOneReadEach(sim, ids, 'helper scan');
    await assertStoredScanFinished(browser, sim, users);

    const extensionUsersPerSecond = users / (extensionMs / 1000);
    const plainUsersPerSecond = users / (plain.elapsedMs / 1000);
    return {
      ratio: extensionUsersPerSecond / plainUsersPerSecond,
      figures: {
        users,
        concurrency: BULK_CONCURRENCY,
        roundTripMs: ROUND_TRIP_MS,
        extensionUsersPerSecond,
        plainUsersPerSecond,
        memoryMb: { before, peak: Math.max(before, peak, after), after },
      },
    };
  } finally {
    sim.faults.latency(0);
    await popup.close();
    await tab.close();
  }
}
