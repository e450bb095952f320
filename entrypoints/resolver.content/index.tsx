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
import { createActionSender } from '@/lib/action-sender';
import { createApiClient } from '@/lib/api-client';
import { createAuditStore } from '@/lib/audit/audit-store';
import { createBulkService } from '@/lib/bulk/bulk-service';
import { createBulkStore } from '@/lib/bulk/bulk-store';
import { sessionFingerprint } from '@/lib/bulk/session-fingerprint';
import { askOwnTabId, serveTabService } from '@/lib/messaging';
import { createClockOffsetStore, learningClockOffset } from '@/lib/opt-out-reminders/clock-offsets';
import { withOptOutReminders } from '@/lib/opt-out-reminders/reminder-recorder';
import { createReminderStore } from '@/lib/opt-out-reminders/reminder-store';
import { RESOLVER_MATCH_PATTERN } from '@/lib/resolver/knowledge';
import { readToken } from '@/lib/session';
import { waitForSwagger } from '@/lib/swagger-page';
import { createTabService } from '@/lib/tab-service';
import { mountPanel } from './mount-panel';
import { showReminderNotice } from './reminder-notice';

const nowSeconds = () => Math.floor(Date.now() / 1000);
/** Read at the moment of use, never kept (lib/session.ts). */
const currentToken = () => readToken(localStorage, nowSeconds());

/** The longest the content script lets a busy page go first before it starts its own work. */
const IDLE_WAIT_MS = 1_000;

export default defineContentScript({
  matches: [RESOLVER_MATCH_PATTERN],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const offsets = createClockOffsetStore();
    const reminders = createReminderStore();
    // Every answer's Date header tells Resolver's clock, on which opt-out reminders fall due.
    const client = learningClockOffset(
      createApiClient({
        origin: location.origin,
        getToken: currentToken,
      }),
      offsets,
    );
    // The audit history lives in extension storage, which the page cannot read. Whatever is
    // recorded (single actions and bulk rows) also keeps the opt-out reminders in step.
    const recorder = withOptOutReminders(createAuditStore(), reminders);
    // One sender for single actions and bulk rows: one API description per page for both.
    const sender = createActionSender(client, document);
    const service = createTabService({
      client,
      location,
      document,
      storage: localStorage,
      now: nowSeconds,
      recorder,
      sender,
    });
    const bulk = createBulkService({
      client,
      sender,
      location,
      store: createBulkStore(),
      recorder,
      sessionFingerprint: () => sessionFingerprint(currentToken()),
      // A reload of this tab takes its run over at once (lib/bulk/lease.ts).
      ownTabId: askOwnTabId,
      // A run paused for the session looks again when the admin comes back to the tab.
      onWake: (listener) => {
        window.addEventListener('focus', listener);
        document.addEventListener('visibilitychange', listener);
        return () => {
          window.removeEventListener('focus', listener);
          document.removeEventListener('visibilitychange', listener);
        };
      },
    });
    ctx.onInvalidated(serveTabService({ ...service, ...bulk }));
    // Reloading or closing the tab: the run is saved and its lease released, so the next page
    // of this origin takes it over at once instead of waiting for the heartbeat to go stale.
    ctx.addEventListener(window, 'pagehide', () => void bulk.release());
    // Everything below waits until the page is idle: the page (Swagger UI rendering its
    // operations, say) comes first; the popup is already served above.
    await new Promise<void>((resolve) => ctx.requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MS }));
    bulk.resumeOnLoad().catch((error: unknown) => {
      console.warn('Resolver MFA helper: the bulk run could not be resumed.', error instanceof Error ? error.message : '');
    });
    // Not awaited: the panel does not wait for the reminders' "who am I?".
    showReminderNotice(ctx, { origin: location.origin, service, reminders, offsets }).catch((error: unknown) => {
      console.warn('Resolver MFA helper: the reminder notice could not be shown.', error instanceof Error ? error.message : error);
    });
    try {
      const swagger = await waitForSwagger(document, { signal: ctx.signal });
      if (swagger !== null && ctx.isValid) await mountPanel(ctx, service, bulk);
    } catch (error) {
      // Whatever happens to the panel, the page keeps working; the popup still does.
      console.warn('Resolver MFA helper: the panel could not be shown.', error instanceof Error ? error.message : error);
    }
  },
});
