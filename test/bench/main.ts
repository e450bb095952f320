/**
 * `npm run bench -- [--quick] [--json] [--update-budget]`: builds and packages the extension (the
 * npm script runs `npm run zip`), then drives Chromium against the simulator and reports effort and API requests per
 * action, popup and Swagger page speed, bulk throughput, exemption scan throughput and bundle
 * sizes. Prints a table; with --json, one JSON object as the last line. Rewrites
 * docs/benchmarks.md. Exits 1 when a target or the budget fails.
 */
import { writeFileSync } from 'node:fs';
import { startSimulator, type Simulator } from '../simulator';
import { launchExtensionBrowser, type ExtensionBrowser } from '../e2e/harness';
import { parseArgs, SAMPLES, type BenchOptions } from './args';
import { chromePackagePath, EMPTY_PAGE, prepareBenchBuild, type BenchBuild } from './bench-build';
import { measureBulkThroughput } from './bulk-throughput';
import { extraUsersFor, measureExemptionScan } from './exemption-scan';
import { budgetFor, checkBudget, measureBundle, measurePackage, readBudget, writeBudget } from './bundle-size';
import { DEFAULT_EXTENSION_DIR } from '../e2e/extension-build';
import { measureManualEffort } from './effort-manual';
import { measureExtensionEffort, type EffortByAction } from './effort-extension';
import { describeMachine } from './machine';
import { measurePopupReady } from './popup-ready';
import { renderMarkdown, renderText } from './render';
import type { BenchResult, ByAction, RequestsByAction } from './result';
import { median, ratio, round } from './stats';
import { measureSwaggerLoad } from './swagger-load';
import { allMet, targetsMet } from './targets';

const DOCS_FILE = new URL('../../docs/benchmarks.md', import.meta.url);

function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

const pick = (effort: EffortByAction, field: 'interactions' | 'wallTimeMs', digits = 0): ByAction => ({
  enforce: round(effort.enforce[field], digits),
  reset: round(effort.reset[field], digits),
  optOut: round(effort.optOut[field], digits),
});

const pickRequests = (effort: EffortByAction, field: 'requests' | 'beforeStart' | 'afterSuccess'): RequestsByAction => ({
  enforce: effort.enforce[field],
  reset: effort.reset[field],
  optOut: effort.optOut[field],
});

interface Running {
  build?: BenchBuild;
  sims: Simulator[];
  browsers: ExtensionBrowser[];
}

async function measure(options: BenchOptions, running: Running): Promise<BenchResult> {
  const started = Date.now();
  const mode = options.quick ? 'quick' : 'full';
  const samples = SAMPLES[mode];
  const build = prepareBenchBuild();
  running.build = build;

  // The copy's parts (its empty page is the bench's own), and the package zipped from the source build.
  const sizes = [...measureBundle(build.dir, [EMPTY_PAGE]), measurePackage(chromePackagePath(), DEFAULT_EXTENSION_DIR)];
  if (options.updateBudget) {
    writeBudget(budgetFor(sizes));
    progress('bundle-budget.json rewritten from this build.');
  }
  const bundle = checkBudget(sizes, readBudget());

  const startSim = async (extraUsers = 0) => {
    const sim = await startSimulator({ port: 0, extraUsers });
    running.sims.push(sim);
    return sim;
  };
  const launch = async (extensionDir: string, popupPath?: string) => {
    const browser = await launchExtensionBrowser({ extensionDir, popupPath });
    running.browsers.push(browser);
    return browser;
  };
  // The helper's browser observes any extension page as "the popup", so the empty page is timed too.
  const [helper, plain] = await Promise.all([launch(build.dir, ''), launch(build.inertDir)]);
  const [effortSim, manualSim, speedSim] = await Promise.all([startSim(), startSim(), startSim()]);

  progress('effort per action (helper, then the manual Swagger flow)…');
  const extension = await measureExtensionEffort(helper, effortSim);
  const manual = await measureManualEffort(plain, manualSim);

  progress(`popup time to ready (${samples.popupPairs} opens each)…`);
  const popup = await measurePopupReady(helper, speedSim, samples.popupPairs);
  const popupMedianMs = median(popup.popupMs);
  const emptyMedianMs = median(popup.emptyMs);

  progress(`Swagger page load (${samples.swaggerPairs} pairs)…`);
  const swagger = await measureSwaggerLoad(helper, plain, speedSim, {
    pairs: samples.swaggerPairs,
    profiledLoads: samples.profiledLoads,
  });
  const withMedianMs = median(swagger.withMs);
  const withoutMedianMs = median(swagger.withoutMs);

  progress(`bulk throughput (${samples.bulkRows} resets)…`);
  const bulkSim = await startSim(samples.bulkRows);
  const bulk = await measureBulkThroughput(helper, bulkSim, samples.bulkRows).catch((error: unknown) => ({
    notMeasured: `the bulk run failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
  }));

  progress(`exemption scan (${samples.scanUsers} users)…`);
  const scanSim = await startSim(extraUsersFor(samples.scanUsers));
  const scan = await measureExemptionScan(helper, scanSim).catch((error: unknown) => ({
    notMeasured: `the exemption scan failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
  }));

  const popupReadyRatio = round(ratio(popupMedianMs, emptyMedianMs), 3);
  const swaggerLoadRatio = round(ratio(withMedianMs, withoutMedianMs), 3);
  const bulkThroughputRatio = 'ratio' in bulk ? round(bulk.ratio, 3) : null;
  const exemptionScanRatio = 'ratio' in scan ? round(scan.ratio, 3) : null;
  const targets = targetsMet({
    extension: extension.steady,
    popupReadyRatio,
    swaggerLoadRatio,
    bulkThroughputRatio,
    exemptionScanRatio,
    bundle,
  });

  return {
    mode,
    date: new Date(started).toISOString(),
    durationMs: 0,
    machine: describeMachine(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
    interactions: {
      extension: pick(extension.steady, 'interactions'),
      manual: pick(manual, 'interactions'),
      extensionFirstTime: pick(extension.firstTime, 'interactions'),
    },
    wallTimeMs: { extension: pick(extension.steady, 'wallTimeMs'), manual: pick(manual, 'wallTimeMs') },
    requests: {
      extension: pickRequests(extension.steady, 'requests'),
      manual: pickRequests(manual, 'requests'),
      extensionFirstTime: pickRequests(extension.firstTime, 'requests'),
      beforeStart: { extension: pickRequests(extension.steady, 'beforeStart'), manual: pickRequests(manual, 'beforeStart') },
      afterSuccess: { extension: pickRequests(extension.steady, 'afterSuccess'), manual: pickRequests(manual, 'afterSuccess') },
    },
    popupReadyRatio,
    popupReady: { popupMedianMs: round(popupMedianMs, 1), emptyMedianMs: round(emptyMedianMs, 1), opensEach: samples.popupPairs },
    swaggerLoadRatio,
    swaggerLoad: {
      withMedianMs: round(withMedianMs, 1),
      withoutMedianMs: round(withoutMedianMs, 1),
      pairs: samples.swaggerPairs,
      contentScriptMainThreadMs: round(median(swagger.contentScriptMs), 1),
    },
    bulkThroughputRatio,
    bulk:
      'figures' in bulk
        ? {
            ...bulk.figures,
            extensionRowsPerSecond: round(bulk.figures.extensionRowsPerSecond, 1),
            plainRowsPerSecond: round(bulk.figures.plainRowsPerSecond, 1),
          }
        : bulk,
    exemptionScanRatio,
    exemptionScan:
      'figures' in scan
        ? {
            ...scan.figures,
            extensionUsersPerSecond: round(scan.figures.extensionUsersPerSecond, 1),
            plainUsersPerSecond: round(scan.figures.plainUsersPerSecond, 1),
          }
        : scan,
    bundle: Object.fromEntries(
      bundle.map((entry) => [entry.name, { raw: entry.raw, gzip: entry.gzip, budget: entry.budget ?? null, ok: entry.ok }]),
    ),
    targets,
    targetsMet: allMet(targets),
  };
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 2;
  }
  const running: Running = { sims: [], browsers: [] };
  const started = Date.now();
  try {
    const measured = await measure(options, running);
    const result: BenchResult = { ...measured, durationMs: Date.now() - started };
    writeFileSync(DOCS_FILE, renderMarkdown(result));
    console.log(renderText(result));
    console.log('docs/benchmarks.md rewritten.');
    if (options.json) console.log(JSON.stringify(result));
    return result.targetsMet ? 0 : 1;
  } finally {
    await Promise.allSettled([...running.browsers.map((browser) => browser.close()), ...running.sims.map((sim) => sim.close())]);
    running.build?.remove();
  }
}

process.exitCode = await main();
