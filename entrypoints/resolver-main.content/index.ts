/**
 * The helper's content script in Resolver tabs: imports the helper's service module
 * (./helper.ts, built as /resolver-helper.js: lib/helper-modules.ts) and starts it. Nothing else
 * happens here, so the file the browser injects stays a few hundred bytes.
 *
 * It is not in the manifest (Chrome): the bootstrap (entrypoints/resolver.content) has the
 * background inject it once the page is idle, or the popup injects it when it needs it sooner
 * (lib/helper-injection.ts). So the page never waits for the helper while it starts. In Firefox it
 * is the manifest's content script, at document_idle, the path the Firefox suite proves.
 */
import { defineContentScript } from '#imports';
import { importHelperModule } from '@/lib/helper-modules';
import { RESOLVER_MATCH_PATTERN } from '@/lib/resolver/knowledge';
import type { startHelper } from './helper';

export default defineContentScript({
  matches: [RESOLVER_MATCH_PATTERN],
  registration: { chrome: 'runtime', firefox: 'manifest' },
  runAt: 'document_idle',
  // scripting.executeScript resolves once this promise has: the popup, which waits for it before
  // asking, finds the tab service served (startHelper serves it before it returns).
  main(injection) {
    return importHelperModule<{ startHelper: typeof startHelper }>('service').then(({ startHelper }) => startHelper(injection.options));
  },
});
