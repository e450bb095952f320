/**
 * Build-time side of lib/helper-modules.ts: the helper's two modules are added to the build of the
 * extension's pages, so they share its chunks (one React, one zod, one copy of the messages in the
 * package), and exactly the files they load are made web-accessible to Resolver pages, which a
 * content script's import() requires. Called from wxt.config.ts's hooks.
 */
import { fileURLToPath } from 'node:url';
import type { InlineConfig } from 'vite';
import { HELPER_MODULES, type HelperModule } from '../helper-modules';
import { RESOLVER_MATCH_PATTERN } from '../resolver/knowledge';
import { filesLoadedBy } from './module-files';

/** Each module's source (entrypoints/resolver-main.content: not entrypoints of WXT's own). */
const SOURCES: Record<HelperModule, string> = {
  service: fileURLToPath(new URL('../../entrypoints/resolver-main.content/helper.ts', import.meta.url)),
  ui: fileURLToPath(new URL('../../entrypoints/resolver-main.content/ui.tsx', import.meta.url)),
};

/** The output name WXT gives a non-HTML input of the pages' build: `[name].js` at the root. */
function inputName(module: HelperModule): string {
  return HELPER_MODULES[module].replace(/^\//, '').replace(/\.js$/, '');
}

/**
 * Adds the modules to the build of the extension's pages (WXT builds every HTML page, and a module
 * background, in one Vite build; content scripts each in their own). `isPagesBuild`: whether this
 * build is that one.
 */
export function addHelperModules(config: InlineConfig, isPagesBuild: boolean): void {
  if (!isPagesBuild) return;
  config.build ??= {};
  config.build.rollupOptions ??= {};
  const input = config.build.rollupOptions.input;
  if (typeof input !== 'object' || Array.isArray(input)) throw new Error('The pages build has no named inputs to add the helper modules to.');
  for (const module of Object.keys(SOURCES) as HelperModule[]) input[inputName(module)] = SOURCES[module];
  // Vite drops an app's entry exports (pages export nothing); these modules' exports are their API.
  config.build.rollupOptions.preserveEntrySignatures = 'exports-only';
  // Vite preloads a lazily imported chunk's dependencies by adding <link> elements to the document:
  // in a content script that is Resolver's page, with URLs of Resolver's origin. So no preloading
  // from scripts; an extension page's HTML still lists its chunks up front (they load in parallel),
  // and without the polyfill, which touches `document` in a chunk the service worker may share.
  config.build.modulePreload = {
    polyfill: false,
    resolveDependencies: (_file, dependencies, { hostType }) => (hostType === 'html' ? dependencies : []),
  };
}

/** The helper modules and every file they import, now or later (paths inside the build). */
export function helperModuleFiles(outDir: string): string[] {
  return filesLoadedBy(outDir, Object.values(HELPER_MODULES).map((path) => path.slice(1)), 'all');
}

/** The part of the manifest this touches (WXT's manifest type differs per manifest version). */
interface ManifestWithResources {
  web_accessible_resources?: unknown[];
}

/**
 * Adds the helper's files to the manifest's web_accessible_resources, for Resolver pages only.
 * At their fixed address: Chrome's per-session one (`use_dynamic_url`) lets the content script
 * import the module itself but refuses the chunks that module imports in turn. Hiding the
 * extension from Resolver's pages is not what this gives up: they see the panel's element anyway.
 */
export function exposeHelperModules(manifest: ManifestWithResources, outDir: string): void {
  manifest.web_accessible_resources = [
    ...(manifest.web_accessible_resources ?? []),
    { resources: helperModuleFiles(outDir), matches: [RESOLVER_MATCH_PATTERN] },
  ];
}
