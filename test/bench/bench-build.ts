/**
 * The build the bench measures: a private copy of the production build (a rebuild of .output
 * during the run cannot change what is measured), plus two controls for side-by-side figures:
 * an empty page inside the copy, shown as the popup in turn with the real one, and an inert
 * extension (a manifest, an empty worker and that empty page) loaded in the browser "without"
 * the helper, so both browsers start with the same flags.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_EXTENSION_DIR, readExtensionBuild } from '../e2e/extension-build';

export const EMPTY_PAGE = 'bench-empty.html';
/** What the empty page shows once it is ready, so its readiness is detected like the popup's. */
export const EMPTY_PAGE_TEXT = 'Empty page';

const EMPTY_PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="UTF-8"><title>Bench</title></head>
<body><p>${EMPTY_PAGE_TEXT}</p></body></html>
`;

const INERT_MANIFEST = {
  manifest_version: 3,
  name: 'Bench inert extension',
  version: '0.0.0',
  background: { service_worker: 'background.js' },
  action: { default_popup: EMPTY_PAGE },
};

export interface BenchBuild {
  /** The copy of the production build, with the empty page added. */
  dir: string;
  /** The inert extension. */
  inertDir: string;
  remove(): void;
}

export function prepareBenchBuild(source: string = DEFAULT_EXTENSION_DIR): BenchBuild {
  const build = readExtensionBuild(source);
  const root = mkdtempSync(join(tmpdir(), 'resolver-mfa-bench-'));
  const dir = join(root, 'extension');
  const inertDir = join(root, 'inert');
  cpSync(build.dir, dir, { recursive: true });
  writeFileSync(join(dir, EMPTY_PAGE), EMPTY_PAGE_HTML);
  cpSync(join(dir, EMPTY_PAGE), join(inertDir, EMPTY_PAGE), { recursive: true });
  writeFileSync(join(inertDir, 'manifest.json'), JSON.stringify(INERT_MANIFEST));
  writeFileSync(join(inertDir, 'background.js'), '');
  return { dir, inertDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** The Chrome package `npm run zip` writes beside the build, under WXT's default name. */
export function chromePackagePath(source: string = DEFAULT_EXTENSION_DIR): string {
  const { name, version } = z
    .object({ name: z.string(), version: z.string() })
    .parse(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')));
  return join(dirname(source), `${name}-${version}-chrome.zip`);
}
