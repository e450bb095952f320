/**
 * Swagger page load with and without the helper: two browsers with the same flags (the "without"
 * one loads an inert extension), both signed in, alternating which loads first in each pair.
 * A load lasts from navigation start until Swagger UI has rendered every operation, read inside
 * the page (`performance.now()` counts from navigation start), so no relay or Node latency is in
 * it. The content script's main-thread time comes from separate, profiled loads, since the
 * profiler slows the page it watches.
 */
import type { Page } from 'playwright-core';
import { t } from '../../lib/i18n';
import { SWAGGER_PAGE_PATH } from '../../lib/resolver/knowledge';
import type { Simulator } from '../simulator';
import { signedInTab } from '../e2e/action-steps';
import type { ExtensionBrowser } from '../e2e/harness';
import { CpuProfileSchema, scriptTimeMs } from './cpu-profile';
import { SWAGGER_OPERATION_COUNT } from './effort-manual';

export interface SwaggerLoadSamples {
  withMs: number[];
  withoutMs: number[];
  contentScriptMs: number[];
}

/** Microseconds between profiler samples (DevTools' default is 1000; finer suits short scripts). */
const SAMPLING_INTERVAL_US = 100;

async function timeLoad(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const rendered = await page.waitForFunction(
    (count) => (document.querySelectorAll('.opblock').length >= count ? performance.now() : false),
    SWAGGER_OPERATION_COUNT,
    { polling: 'raf' },
  );
  return Number(await rendered.jsonValue());
}

/** One load of `url` under the CPU profiler, until the helper's panel is on the page. */
async function contentScriptTime(browser: ExtensionBrowser, page: Page, url: string): Promise<number> {
  const cdp = await browser.context.newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    await cdp.send('Profiler.start');
    await timeLoad(page, url);
    await page.getByRole('region', { name: t('app.name') }).waitFor();
    const { profile } = await cdp.send('Profiler.stop');
    return scriptTimeMs(CpuProfileSchema.parse(profile), `chrome-extension://${browser.extensionId}/`);
  } finally {
    await cdp.detach();
  }
}

export async function measureSwaggerLoad(
  withHelper: ExtensionBrowser,
  without: ExtensionBrowser,
  sim: Simulator,
  options: { pairs: number; profiledLoads: number },
): Promise<SwaggerLoadSamples> {
  const url = `${sim.origin()}${SWAGGER_PAGE_PATH}`;
  const [withTab, withoutTab] = await Promise.all([signedInTab(withHelper, sim), signedInTab(without, sim)]);
  const samples: SwaggerLoadSamples = { withMs: [], withoutMs: [], contentScriptMs: [] };
  try {
    // One unmeasured load each: the first one fills the HTTP cache and compiles Swagger UI.
    await timeLoad(withTab, url);
    await timeLoad(withoutTab, url);
    for (let pair = 0; pair < options.pairs; pair++) {
      if (pair % 2 === 0) {
        samples.withMs.push(await timeLoad(withTab, url));
        samples.withoutMs.push(await timeLoad(withoutTab, url));
      } else {
        samples.withoutMs.push(await timeLoad(withoutTab, url));
        samples.withMs.push(await timeLoad(withTab, url));
      }
    }
    for (let load = 0; load < options.profiledLoads; load++) {
      samples.contentScriptMs.push(await contentScriptTime(withHelper, withTab, url));
    }
  } finally {
    await Promise.all([withTab.close(), withoutTab.close()]);
  }
  return samples;
}
