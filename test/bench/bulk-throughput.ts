/**
 * Bulk throughput: 1,000 resets through the helper's Bulk tab (the confirming click → "finished",
 * timed in the popup) against a plain `fetch` loop sending the same 1,000 PUTs at the same
 * concurrency from the same tab with the page's own token (timed in the tab). The tab's JS heap
 * (which holds the content script running the run) is read before, throughout and after the
 * helper's run, and polled during the plain loop too, so both run under the same load.
 *
 * Both sides run with the same simulated round trip (ROUND_TRIP_MS): Resolver is a remote
 * service, and over loopback with no delay the comparison measures the tab's main thread
 * instead — on two cores the plain loop alone keeps it busy (about 2.6 ms of CPU per request),
 * so any per-row work of the helper shows up whole. The dry run's lookups are made without the
 * delay: they are not part of what is timed.
 */
import type { CDPSession, Page } from 'playwright-core';
import { z } from 'zod';
import { t } from '../../lib/i18n';
import { ACTIONS, BULK_CONCURRENCY, SESSION_KEYS } from '../../lib/resolver/knowledge';
import type { Simulator } from '../simulator';
import { RESET_BODY, signedInTab } from '../e2e/action-steps';
import { bulkProgressIn, bulkUserIds, checkBulkList, confirmBulkStart, reviewBulkStart } from '../e2e/bulk-steps';
import type { ExtensionBrowser } from '../e2e/harness';
import { armClickTimer, msSinceClick } from './click-timer';
import type { BulkFigures } from './result';
import { round } from './stats';

const RUN_TIMEOUT_MS = 10 * 60_000;

/** The simulated network round trip of every timed PUT, on both sides (assumed: Resolver's real one is unknown). */
export const ROUND_TRIP_MS = 50;
const MEMORY_POLL_MS = 250;

export type BulkMeasurement = { figures: BulkFigures; ratio: number } | { notMeasured: string };

/** The same PUTs the run sends, from the page, `concurrency` at a time; returns the elapsed ms. */
async function plainFetchLoop(tab: Page, ids: readonly number[], concurrency: number): Promise<number> {
  const bodies = ids.map((id) => JSON.stringify(RESET_BODY.default(id)));
  return tab.evaluate(
    async ({ bodies, concurrency, path, tokenKey }) => {
      const token = JSON.parse(localStorage.getItem(tokenKey) ?? 'null') as string;
      let next = 0;
      let failed = 0;
      const started = performance.now();
      // No named functions in here: tsx wraps those in a `__name` helper the page does not have.
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < bodies.length) {
            const response = await fetch(path, {
              method: 'PUT',
              headers: { Authorization: `bearer ${token}`, 'Content-Type': 'application/json' },
              body: bodies[next++],
            });
            if (response.status !== 204) failed++;
          }
        }),
      );
      const elapsed = performance.now() - started;
      if (failed > 0) throw new Error(`${failed} plain PUTs failed.`);
      return elapsed;
    },
    { bodies, concurrency, path: ACTIONS.resetUserMfa.path, tokenKey: SESSION_KEYS.token },
  );
}

const MetricsSchema = z.object({ metrics: z.array(z.object({ name: z.string(), value: z.number() })) });

/** The tab's JS heap in use (MB), after a garbage collection when `collectGarbage`. */
export async function heapMb(cdp: CDPSession, collectGarbage: boolean): Promise<number> {
  if (collectGarbage) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = MetricsSchema.parse(await cdp.send('Performance.getMetrics'));
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  return round(used / 2 ** 20, 1);
}

/** Throws unless the simulator received exactly one reset PUT for each id since it was cleared. */
function assertAllReset(sim: Simulator, ids: readonly number[], what: string): void {
  const sent = sim.requests
    .filter((request) => request.method === 'PUT' && request.path === ACTIONS.resetUserMfa.path)
    .map((request) => JSON.stringify(request.body))
    .sort();
  const expected = ids.map((id) => JSON.stringify(RESET_BODY.default(id))).sort();
  if (sent.length !== expected.length || sent.some((body, index) => body !== expected[index])) {
    throw new Error(`${what}: expected ${expected.length} reset PUTs, one per user; the simulator received ${sent.length}.`);
  }
}

/** Polls the tab's JS heap until `work` settles; answers the largest size seen (MB). */
export async function peakHeapWhile(cdp: CDPSession, work: Promise<unknown>): Promise<number> {
  let settled = false;
  const watched = work.then(
    () => (settled = true),
    () => (settled = true),
  );
  let peak = 0;
  while (!settled) {
    peak = Math.max(peak, await heapMb(cdp, false));
    await Promise.race([watched, new Promise((resume) => setTimeout(resume, MEMORY_POLL_MS))]);
  }
  return peak;
}

async function hasBulkTab(popup: Page): Promise<boolean> {
  await popup.getByRole('tablist', { name: t('ui.tabs.label') }).waitFor();
  return (await popup.getByRole('tab', { name: t('bulkUi.tab') }).count()) > 0;
}

/** `sim` must have been started with enough `extraUsers` for `rows`. */
export async function measureBulkThroughput(browser: ExtensionBrowser, sim: Simulator, rows: number): Promise<BulkMeasurement> {
  const tab = await signedInTab(browser, sim);
  const popup = await browser.openPopup(tab);
  try {
    if (!(await hasBulkTab(popup))) return { notMeasured: `the built popup has no “${t('bulkUi.tab')}” tab yet.` };
    const ids = bulkUserIds(sim, rows);

    // The heap is polled during both loops, so both run under the same DevTools load.
    const cdp = await browser.context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    sim.requests.length = 0;
    sim.faults.latency(ROUND_TRIP_MS);
    const plainLoop = plainFetchLoop(tab, ids, BULK_CONCURRENCY);
    await peakHeapWhile(cdp, plainLoop);
    const plainMs = await plainLoop;
    sim.faults.latency(0);
    assertAllReset(sim, ids, 'plain fetch loop');

    const before = await heapMb(cdp, true);
    sim.requests.length = 0;
    await checkBulkList(popup, 'reset', ids.join('\n'), RUN_TIMEOUT_MS);
    const dialog = await reviewBulkStart(popup, 'reset', ids.length);
    await armClickTimer(popup, { ariaLabel: t('bulkUi.progress.title.finished') });
    sim.faults.latency(ROUND_TRIP_MS);
    await confirmBulkStart(dialog, 'reset', ids.length);
    const finished = bulkProgressIn(popup, 'finished').waitFor({ timeout: RUN_TIMEOUT_MS });
    const peak = await peakHeapWhile(cdp, finished);
    await finished;
    const extensionMs = await msSinceClick(popup);
    sim.faults.latency(0);
    const after = await heapMb(cdp, true);
    await cdp.detach();
    assertAllReset(sim, ids, 'bulk run');

    const extensionRowsPerSecond = rows / (extensionMs / 1000);
    const plainRowsPerSecond = rows / (plainMs / 1000);
    return {
      ratio: extensionRowsPerSecond / plainRowsPerSecond,
      figures: {
        rows,
        concurrency: BULK_CONCURRENCY,
        roundTripMs: ROUND_TRIP_MS,
        extensionRowsPerSecond,
        plainRowsPerSecond,
        memoryMb: { before, peak: Math.max(before, peak, after), after },
      },
    };
  } finally {
    await popup.close();
    await tab.close();
  }
}
