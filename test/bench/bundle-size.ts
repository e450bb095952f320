/**
 * Size of each part of the build: what each entrypoint loads when it starts (its HTML page or
 * manifest entry, the modules those import at once, their stylesheets), what the helper's UI adds
 * where it shows, what any of them loads only on demand, and the Chrome package itself. Raw and
 * gzip, checked against the budget kept in bundle-budget.json. Every script, stylesheet and page
 * of the build belongs to one of these parts, or measuring fails: every byte is accounted for.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { buildFiles, filesLoadedBy } from '../../lib/build/module-files';
import { HELPER_SCRIPT_FILE } from '../../lib/helper-injection';
import { HELPER_MODULES } from '../../lib/helper-modules';
import { ManifestSchema } from '../e2e/extension-build';

export const BUDGET_FILE = new URL('./bundle-budget.json', import.meta.url);

/** Where WXT emits content scripts. */
const CONTENT_SCRIPTS_DIR = 'content-scripts';
/** The part the helper's views add where they show (the panel on the Swagger page, a reminder notice). */
export const HELPER_UI_PART = 'helper-ui';
/** Files that some part loads only when asked (the French catalogue, the Bulk and Exemptions tabs). */
export const ON_DEMAND_PART = 'on-demand';
/** The Chrome package `npm run zip` writes. */
export const PACKAGE_PART = 'package:chrome-zip';

/** No gzip figure for the package: it is compressed already. */
const SizeSchema = z.object({ raw: z.number().int().positive(), gzip: z.number().int().positive().optional() });
export type Size = z.infer<typeof SizeSchema>;
export const BudgetSchema = z.record(z.string(), SizeSchema);
export type Budget = z.infer<typeof BudgetSchema>;

export interface EntrypointSize {
  name: string;
  files: string[];
  raw: number;
  /** null for the package (already compressed). */
  gzip: number | null;
}

export interface BudgetCheck extends EntrypointSize {
  /** undefined: the part has no budget yet, which fails like being over it. */
  budget: Size | undefined;
  ok: boolean;
}

/** Every entrypoint the manifest declares, with the files each one starts from. */
export function entrypoints(dir: string): Record<string, string[]> {
  const manifest = ManifestSchema.extend({
    background: z.object({ service_worker: z.string() }).optional(),
    options_ui: z.object({ page: z.string() }).optional(),
  }).parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
  const found: Record<string, string[]> = {};
  if (manifest.background) found.background = [manifest.background.service_worker];
  found.popup = [manifest.action.default_popup];
  if (manifest.options_ui) found.options = [manifest.options_ui.page];
  // The manifest's content scripts, and those the extension injects at run time (the helper's
  // content script: lib/helper-injection.ts), which only the build's content-scripts folder lists.
  const runtime = existsSync(join(dir, CONTENT_SCRIPTS_DIR))
    ? readdirSync(join(dir, CONTENT_SCRIPTS_DIR)).filter((file) => file.endsWith('.js')).map((file) => `${CONTENT_SCRIPTS_DIR}/${file}`)
    : [];
  for (const js of new Set([...manifest.content_scripts.flatMap((script) => script.js ?? []), ...runtime])) {
    // A content script's own stylesheet: same name, .css.
    const css = js.replace(/\.js$/, '.css');
    const name = `content:${basename(js, '.js')}`;
    const start = [js, ...(existsSync(join(dir, css)) && dirname(css) === dirname(js) ? [css] : [])];
    // The helper's content script imports the helper's service module at once (lib/helper-modules.ts).
    if (`/${js}` === HELPER_SCRIPT_FILE) start.push(HELPER_MODULES.service.slice(1));
    found[name] = start;
  }
  return found;
}

/**
 * The build's parts and their files: each entrypoint with what it loads at once, the helper's UI
 * with what it adds to the helper, and what is loaded only on demand. `ignore`: files added to the
 * build that no part loads (the bench's empty page).
 */
export function bundleParts(dir: string, ignore: readonly string[] = []): { name: string; files: string[] }[] {
  const starts = entrypoints(dir);
  const parts = Object.entries(starts).map(([name, start]) => ({ name, files: filesLoadedBy(dir, start) }));
  const helper = new Set(parts.find((part) => `/${part.files[0]}` === HELPER_SCRIPT_FILE)?.files ?? []);
  const uiStart = [HELPER_MODULES.ui.slice(1)];
  parts.push({ name: HELPER_UI_PART, files: filesLoadedBy(dir, uiStart).filter((file) => !helper.has(file)) });
  const atOnce = new Set(parts.flatMap((part) => part.files));
  const everything = [...Object.values(starts), uiStart].flatMap((start) => filesLoadedBy(dir, start, 'all'));
  parts.push({ name: ON_DEMAND_PART, files: [...new Set(everything)].filter((file) => !atOnce.has(file)) });
  const accounted = new Set([...parts.flatMap((part) => part.files), ...ignore]);
  const unaccounted = buildFiles(dir).filter((file) => /\.(?:js|css|html)$/.test(file) && !accounted.has(file));
  if (unaccounted.length > 0) throw new Error(`No part of the extension loads ${unaccounted.join(', ')}: measure it or remove it.`);
  return parts;
}

export function measureBundle(dir: string, ignore: readonly string[] = []): (EntrypointSize & { gzip: number })[] {
  return bundleParts(dir, ignore).map(({ name, files }) => {
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const bytes = readFileSync(join(dir, file));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    return { name, files, raw, gzip };
  });
}

/** The package as the store gets it: the zip `npm run zip` wrote, no older than the build in `dir`. */
export function measurePackage(zip: string, dir: string): EntrypointSize {
  if (!existsSync(zip)) throw new Error(`No package at ${zip}: run \`npm run zip\` (npm run bench does).`);
  if (statSync(zip).mtimeMs < statSync(join(dir, 'manifest.json')).mtimeMs) {
    throw new Error(`${zip} is older than the build: run \`npm run zip\` (npm run bench does).`);
  }
  return { name: PACKAGE_PART, files: [basename(zip)], raw: statSync(zip).size, gzip: null };
}

export function checkBudget(sizes: readonly EntrypointSize[], budget: Budget): BudgetCheck[] {
  return sizes.map((size) => {
    const limit = budget[size.name];
    const gzipOk = size.gzip === null || (limit?.gzip !== undefined && size.gzip <= limit.gzip);
    return { ...size, budget: limit, ok: limit !== undefined && size.raw <= limit.raw && gzipOk };
  });
}

/**
 * Headroom over today's sizes when the budget is (re)written: growth past it needs a decision.
 * Builds are deterministic, so it is room to grow, not noise; the lean-build issue allows 10% at most.
 */
export const BUDGET_HEADROOM = 0.05;
const BUDGET_STEP_BYTES = 256;

/** A budget of `sizes` plus `headroom`, rounded up to whole 256-byte steps. */
export function budgetFor(sizes: readonly EntrypointSize[], headroom: number = BUDGET_HEADROOM): Budget {
  const limit = (bytes: number) => Math.ceil((bytes * (1 + headroom)) / BUDGET_STEP_BYTES) * BUDGET_STEP_BYTES;
  return Object.fromEntries(
    sizes.map((size) => [size.name, size.gzip === null ? { raw: limit(size.raw) } : { raw: limit(size.raw), gzip: limit(size.gzip) }]),
  );
}

export function writeBudget(budget: Budget, file: URL = BUDGET_FILE): void {
  writeFileSync(file, `${JSON.stringify(budget, null, 2)}\n`);
}

export function readBudget(file: URL = BUDGET_FILE): Budget {
  return BudgetSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}
