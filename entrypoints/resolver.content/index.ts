/**
 * The bootstrap: the only content script in the manifest for Resolver pages. It costs the page
 * next to nothing (a few KB, no zod, no React): once the page is idle it asks the background to
 * load the helper (entrypoints/resolver-main.content) into this frame. Wiring only; the logic
 * lives in lib/helper-request.ts.
 *
 * Trust boundary: it reads nothing from the page and sends one fixed message to the background,
 * which checks the sender itself (lib/helper-loading.ts).
 */
import { defineContentScript } from '#imports';
import { requestHelperWhenIdle } from '@/lib/helper-request';
import { RESOLVER_MATCH_PATTERN } from '@/lib/resolver/knowledge';

export default defineContentScript({
  matches: [RESOLVER_MATCH_PATTERN],
  runAt: 'document_idle',
  // In Firefox the helper itself is the manifest's content script (entrypoints/resolver-main.content):
  // the load-when-idle path is proven in Chromium only, the manifest path in Firefox
  // (test/e2e-firefox).
  exclude: ['firefox'],
  main() {
    // The window's idle callback, not WXT's context's: a page can end that context by forging WXT's
    // "newer copy started" document event (see entrypoints/resolver-main.content/helper-context.ts),
    // which would cancel the request before it is made. An orphaned bootstrap's request just fails.
    requestHelperWhenIdle(window);
  },
});
