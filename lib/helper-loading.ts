/**
 * Background side of the bootstrap's request (lib/helper-request.ts): loads the helper into the
 * frame that asked, if and only if the asker is our own bootstrap in the top frame of a Resolver
 * tab. The browser fills `sender` in, so a web page can neither send this message (page scripts
 * have no extension messaging: no `externally_connectable`) nor name another tab.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { injectHelper, type ExecuteScript } from './helper-injection';
import { LOAD_HELPER_REQUEST } from './helper-request';
import { resolverContentScriptTabId, type Sender } from './messenger';

const LoadHelperRequestSchema = z.strictObject({ type: z.literal(LOAD_HELPER_REQUEST.type) });

/**
 * Listens for the bootstrap's request and injects the helper into the asking tab's top frame.
 * Anything else, or from anyone else, is ignored (and left to the other listeners). Returns a
 * function that stops listening.
 */
export function serveHelperLoading(executeScript?: ExecuteScript): () => void {
  const listener = (message: unknown, sender: Sender): undefined => {
    if (!LoadHelperRequestSchema.safeParse(message).success) return;
    const tabId = resolverContentScriptTabId(sender);
    // Not awaited, and no answer: the bootstrap needs none, and a refused injection (the tab
    // navigated away meanwhile) leaves the popup to inject it when the admin opens it.
    if (tabId !== null) void injectHelper(tabId, executeScript);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
