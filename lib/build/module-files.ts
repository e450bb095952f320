/**
 * The files of a build that a page or module loads, followed through the imports Vite writes.
 * Read at build time (wxt.config.ts: what the helper's modules may import from Resolver pages)
 * and by the bundle budget (test/bench/bundle-size.ts: what each entrypoint costs).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

// Vite's output: `import{…}from"./chunk.js"`, `import"./chunk.js"`, `import("./chunk.js")`.
const STATIC_IMPORT = /\bimport\s*(?:[^"'()]*?\bfrom\s*)?["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+\.js)["']\s*\)/g;
// The page's own scripts, preloads and stylesheets.
const HTML_ASSET = /<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+\.(?:js|css))"/g;

/** Which imports to follow: those a file runs when it loads, or also those it may load later. */
export type Imports = 'static' | 'all';

/** `ref` as a path inside the build, from the file `from` (both relative to the build root). */
function resolveRef(from: string, ref: string): string {
  return ref.startsWith('/') ? ref.slice(1) : posix.normalize(posix.join(posix.dirname(from), ref));
}

function referencesIn(file: string, text: string, imports: Imports): string[] {
  if (file.endsWith('.html')) return [...text.matchAll(HTML_ASSET)].map((match) => match[1]);
  if (!file.endsWith('.js')) return [];
  const patterns = imports === 'all' ? [STATIC_IMPORT, DYNAMIC_IMPORT] : [STATIC_IMPORT];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]));
}

/** `start` and every file it loads, transitively, in the order they were found (paths inside `dir`). */
export function filesLoadedBy(dir: string, start: readonly string[], imports: Imports = 'static'): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const path = join(dir, file);
    if (!existsSync(path)) throw new Error(`The build lacks ${file}, which an entrypoint loads.`);
    seen.add(file);
    for (const ref of referencesIn(file, readFileSync(path, 'utf8'), imports)) visit(resolveRef(file, ref));
  };
  start.forEach(visit);
  return [...seen];
}

/** Every file of the build in `dir`, as a path inside it. */
export function buildFiles(dir: string, root: string = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? buildFiles(join(dir, entry.name), root) : [relative(root, join(dir, entry.name))],
  );
}
