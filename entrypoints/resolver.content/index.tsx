/**
 * Content script of Resolver tabs: serves the tab service to the popup and, on the Swagger page,
 * shows the helper panel. Wiring only; the logic lives in lib/.
 *
 * Trust boundary: this script acts on exactly two inputs, extension messages from this
 * extension's own pages (checked in serveTabService) and trusted clicks in its own panel. It
 * listens to no window.postMessage and no DOM event of the page as a command: the page's scripts
 * are not ours, so a web page can never trigger an admin action.
 */
import { defineContentScript } from '#imports';
import { createApiClient } from '@/lib/api-client';
import { createAuditStore } from '@/lib/audit/audit-store';
import { serveTabService } from '@/lib/messaging';
import { RESOLVER_MATCH_PATTERN } from '@/lib/resolver/knowledge';
import { readToken } from '@/lib/session';
import { waitForSwagger } from '@/lib/swagger-page';
import { createTabService } from '@/lib/tab-service';
import { mountPanel } from './mount-panel';

const nowSeconds = () => Math.floor(Date.now() / 1000);

export default defineContentScript({
  matches: [RESOLVER_MATCH_PATTERN],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const client = createApiClient({
      origin: location.origin,
      getToken: () => readToken(localStorage, nowSeconds()),
    });
    const service = createTabService({
      client,
      location,
      document,
      storage: localStorage,
      now: nowSeconds,
      // The audit history lives in extension storage, which the page cannot read.
      recorder: createAuditStore(),
    });
    ctx.onInvalidated(serveTabService(service));
    try {
      const swagger = await waitForSwagger(document, { signal: ctx.signal });
      if (swagger !== null && ctx.isValid) await mountPanel(ctx, service);
    } catch (error) {
      // Whatever happens to the panel, the page keeps working; the popup still does.
      console.warn('Resolver MFA helper: the panel could not be shown.', error instanceof Error ? error.message : error);
    }
  },
});
