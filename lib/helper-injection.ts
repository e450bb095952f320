/**
 * Loads the helper's main content script (entrypoints/resolver-main.content) into a tab's top
 * frame. It is registered at run time, not in the manifest, so that a Resolver page pays for its
 * bundle only after the page has started (the bootstrap asks once the page is idle), or when the
 * popup needs it sooner. The script guards itself against running twice in one frame.
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/**
 * Where WXT emits the runtime-registered entrypoint `resolver-main.content`. Typed with WXT's list
 * of the build's script paths, so a renamed entrypoint fails the type check.
 */
export const HELPER_SCRIPT_FILE: ScriptPublicPath = '/content-scripts/resolver-main.js';

/** The call to scripting.executeScript this module makes. */
export interface HelperInjection {
  target: { tabId: number; frameIds: number[] };
  files: ScriptPublicPath[];
}
export type ExecuteScript = (injection: HelperInjection) => Promise<unknown>;

/** The top frame's id, the only frame the helper runs in. */
const TOP_FRAME_ID = 0;

/**
 * The browser's scripting.executeScript, or null where there is none (MV2 browsers may lack it;
 * the Firefox build loads the helper from the manifest anyway, see entrypoints/resolver-main.content).
 */
function browserExecuteScript(): ExecuteScript | null {
  // The types describe Chrome's MV3 API, where `scripting` always exists; at run time it may not.
  const scripting: typeof browser.scripting | undefined = browser.scripting;
  return scripting ? ({ target, files }) => scripting.executeScript({ target, files }) : null;
}

/**
 * Injects the helper into the top frame of tab `tabId`. Resolves true once the script has run
 * (it serves the popup from its first, synchronous part), false if the browser refused: the tab
 * closed or left Resolver (no host permission there), or there is no scripting API.
 */
export async function injectHelper(tabId: number, executeScript: ExecuteScript | null = browserExecuteScript()): Promise<boolean> {
  if (executeScript === null) return false;
  try {
    await executeScript({ target: { tabId, frameIds: [TOP_FRAME_ID] }, files: [HELPER_SCRIPT_FILE] });
    return true;
  } catch {
    return false;
  }
}
