/**
 * Size of each entrypoint of the build: every file it loads (its HTML page or manifest entry,
 * the scripts those import, their stylesheets), raw and gzip, checked against the budget kept in
 * bundle-budget.json.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { ManifestSchema } from '../e2e/extension-build';

export const BUDGET_FILE = new URL('./bundle-budget.json', import.meta.url);

/** Where WXT emits content scripts. */
const CONTENT_SCRIPTS_DIR = 'content-scripts';

const SizeSchema = z.object({ raw: z.number().int().positive(), gzip: z.number().int().positive() });
export type Size = z.infer<typeof SizeSchema>;
export const BudgetSchema = z.record(z.string(), SizeSchema);
export type Budget = z.infer<typeof BudgetSchema>;

export interface EntrypointSize {
  name: string;
  files: string[];
  raw: number;
  gzip: number;
}

export interface BudgetCheck extends EntrypointSize {
  /** undefined: the entrypoint has no budget yet, which fails like being over it. */
  budget: Size | undefined;
  ok: boolean;
}

// Vite's output: `import{…}from"./chunk.js"`, `import"./chunk.js"`, `import("./chunk.js")`.
const JS_IMPORT = /\bimport\s*(?:[^"'()]*?\bfrom\s*)?\(?\s*["']([^"']+\.js)["']/g;
// The page's own scripts, preloads and stylesheets.
const HTML_ASSET = /<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+\.(?:js|css))"/g;

/** `ref` as a path inside the build, from the file `from` (both relative to the build root). */
function resolveRef(from: string, ref: string): string {
  return ref.startsWith('/') ? ref.slice(1) : posix.normalize(posix.join(posix.dirname(from), ref));
}

/** `start` and every file it loads, transitively, in the order they were found. */
export function filesLoadedBy(dir: string, start: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const path = join(dir, file);
    if (!existsSync(path)) throw new Error(`The build lacks ${file}, which an entrypoint loads.`);
    seen.add(file);
    const pattern = file.endsWith('.html') ? HTML_ASSET : file.endsWith('.js') ? JS_IMPORT : null;
    if (pattern === null) return;
    for (const match of readFileSync(path, 'utf8').matchAll(pattern)) visit(resolveRef(file, match[1]));
  };
  start.forEach(visit);
  return [...seen];
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
  // The manifest's content scripts, and those the extension injects at run time (the helper's main
  // script: lib/helper-injection.ts), which only the build's content-scripts folder lists.
  const runtime = existsSync(join(dir, CONTENT_SCRIPTS_DIR))
    ? readdirSync(join(dir, CONTENT_SCRIPTS_DIR)).filter((file) => file.endsWith('.js')).map((file) => `${CONTENT_SCRIPTS_DIR}/${file}`)
    : [];
  for (const js of new Set([...manifest.content_scripts.flatMap((script) => script.js ?? []), ...runtime])) {
    // A content script injects its stylesheet itself (`cssInjectionMode: 'ui'`): same name, .css.
    const css = js.replace(/\.js$/, '.css');
    const name = `content:${basename(js, '.js')}`;
    found[name] = [js, ...(existsSync(join(dir, css)) && dirname(css) === dirname(js) ? [css] : [])];
  }
  return found;
}

export function measureBundle(dir: string): EntrypointSize[] {
  return Object.entries(entrypoints(dir)).map(([name, start]) => {
    const files = filesLoadedBy(dir, start);
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

export function checkBudget(sizes: readonly EntrypointSize[], budget: Budget): BudgetCheck[] {
  return sizes.map((size) => {
    const limit = budget[size.name];
    return { ...size, budget: limit, ok: limit !== undefined && size.raw <= limit.raw && size.gzip <= limit.gzip };
  });
}

/** Headroom over today's sizes when the budget is (re)written: growth past it needs a decision. */
export const BUDGET_HEADROOM = 0.12;
const BUDGET_STEP_BYTES = 256;

/** A budget of `sizes` plus `headroom`, rounded up to whole 256-byte steps. */
export function budgetFor(sizes: readonly EntrypointSize[], headroom: number = BUDGET_HEADROOM): Budget {
  const limit = (bytes: number) => Math.ceil((bytes * (1 + headroom)) / BUDGET_STEP_BYTES) * BUDGET_STEP_BYTES;
  return Object.fromEntries(sizes.map((size) => [size.name, { raw: limit(size.raw), gzip: limit(size.gzip) }]));
}

export function writeBudget(budget: Budget, file: URL = BUDGET_FILE): void {
  writeFileSync(file, `${JSON.stringify(budget, null, 2)}\n`);
}

export function readBudget(file: URL = BUDGET_FILE): Budget {
  return BudgetSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}
