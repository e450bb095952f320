/**
 * Background side of reading a Resolver Swagger page's own world (what Swagger UI holds:
 * lib/page/description/swagger-ui-state.ts). Content scripts live in an isolated world and cannot
 * see the page's objects; the background runs the read-only reader there with
 * `scripting.executeScript({world: 'MAIN'})`, in the asking tab's top frame only, and hands back
 * what it returned. It keeps nothing: the authorisation part can hold the page's token, which goes
 * straight back to the content script that asked (lib/page/session/).
 */
import { browser } from 'wxt/browser';
import { MAX_DESCRIPTION_CHARS } from './page/description/description-size';
import { readSwaggerUiInPage, type PageWorldPart } from './page/description/swagger-ui-state';

/** The call to scripting.executeScript this module makes. */
export interface PageWorldInjection {
  target: { tabId: number; frameIds: number[] };
  world: 'MAIN';
  func: typeof readSwaggerUiInPage;
  args: [PageWorldPart, number];
}
export type ExecuteInPageWorld = (injection: PageWorldInjection) => Promise<{ result?: unknown }[]>;

/** The browser's scripting.executeScript, or null where there is none (MV2 browsers may lack it). */
function browserExecuteInPageWorld(): ExecuteInPageWorld | null {
  // The types describe Chrome's MV3 API, where `scripting` always exists; at run time it may not.
  const scripting: typeof browser.scripting | undefined = browser.scripting;
  return scripting ? (injection) => scripting.executeScript(injection) : null;
}

/** What the reader returned in tab `tabId`'s top frame; null when it could not run there. */
export async function readPageWorld(
  tabId: number,
  part: PageWorldPart,
  execute: ExecuteInPageWorld | null = browserExecuteInPageWorld(),
): Promise<unknown> {
  if (execute === null) return null;
  try {
    const [frame] = await execute({
      target: { tabId, frameIds: [0] },
      world: 'MAIN',
      func: readSwaggerUiInPage,
      args: [part, MAX_DESCRIPTION_CHARS],
    });
    return frame?.result ?? null;
  } catch {
    // The tab navigated away, or the browser refused: the content script's other sources remain.
    return null;
  }
}
