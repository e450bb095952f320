/**
 * The helper's code in a Resolver tab, as ES modules of the extension's own build: the content
 * script the browser injects (entrypoints/resolver-main.content) is a few lines that import them.
 *
 * Why modules: a content script is one classic file, so before this the helper carried its own
 * copy of React, zod and the messages, next to the copy the popup and options page share (twice
 * in the package), and every Resolver page parsed the panel's React although only the Swagger page
 * shows it. As modules they share the pages' chunks, and the page loads the UI part only where it
 * shows something (the panel, a reminder notice).
 *
 * A content script may import only what the manifest makes web-accessible to the page it runs in:
 * these two files and the chunks they load, to Resolver pages only, at their fixed address
 * (lib/build/helper-module-build.ts says why not Chrome's per-session one). The modules run in the
 * content script's isolated world, with its extension APIs; a page that loads them itself gets code
 * without any (SECURITY.md).
 */
import { browser, type PublicPath } from 'wxt/browser';

/** Where the build emits the helper's modules (wxt.config.ts adds them to the pages' build). */
export const HELPER_MODULES = {
  /** The tab service, bulk runs and scans, reminders: every Resolver page. No React. */
  service: '/resolver-helper.js',
  /** The panel and the reminder notice, with React: only where one of them shows. */
  ui: '/resolver-ui.js',
} as const;

export type HelperModule = keyof typeof HELPER_MODULES;

/**
 * Where one of the helper's modules is imported from. The version in the query keeps a tab that
 * outlived an extension update from reusing the older version's module, which the world's module
 * map would otherwise hand back for the same URL.
 */
export function helperModuleUrl(module: HelperModule): string {
  // Not one of WXT's typed public paths: the build adds these entries itself (wxt.config.ts).
  return `${browser.runtime.getURL(HELPER_MODULES[module] as PublicPath)}?v=${browser.runtime.getManifest().version}`;
}

/** Imports one of the helper's modules (a content script may: they are web-accessible to Resolver pages). */
export function importHelperModule<T>(module: HelperModule): Promise<T> {
  return import(/* @vite-ignore */ helperModuleUrl(module)) as Promise<T>;
}
