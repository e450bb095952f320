/**
 * The helper in a Resolver tab, built as the module /resolver-helper.js (lib/helper-modules.ts)
 * that the content script (./index.ts) imports: serves the tab service to the popup, resumes bulk
 * runs and scans, shows due opt-out reminders and, on the Swagger page, the helper panel. Those two
 * views load the UI module (./ui.tsx, React) only when they show. Wiring only; the logic lives
 * in lib/.
 *
 * Trust boundary: this module acts on exactly two inputs, extension messages from this
 * extension's own pages (checked in serveTabService) and trusted clicks in its own panel. It
 * listens to no window.postMessage and no DOM event of the page as a command: the page's scripts
 * are not ours, so a web page can never trigger an admin action. It does nothing when imported:
 * only the content script calls startHelper (a page that imports the file itself has no
 * extension APIs to start it with).
 */
import { browser, type ContentScriptContext } from '#imports';
import { createBulkService } from '@/lib/bulk/bulk-service';
import { createReportService } from '@/lib/exemption-report/report-service';
import { browserName } from '@/lib/environment-check/browser-name';
import { startOncePerWorld } from '@/lib/helper-run-once';
import { followLanguageSetting } from '@/lib/i18n/language-setting';
import { askManagedPolicy, askOwnTabId, askPageWorld } from '@/lib/background-messages';
import { serveTabService } from '@/lib/messaging';
import { learningClockOffset } from '@/lib/opt-out-reminders/clock-offsets';
import { withOptOutReminders } from '@/lib/opt-out-reminders/reminder-recorder';
import { createPageServices } from '@/lib/page/page-services';
import { readRestrictions } from '@/lib/policy/managed-policy';
import { sharedStores } from '@/lib/store-owner/owned-stores';
import { fromBrowserOnly } from './browser-events';
import { HelperContext } from './helper-context';
import { showPanelOnSwagger } from './show-panel';
import { showReminderNotice } from './show-reminder-notice';

/**
 * The helper's lifetime: a context of its own, not the one WXT passes to main(). WXT's context
 * announces itself when constructed, before main() runs, and every earlier context of the same
 * script name then ends: a second injection would stop the running helper. Under a name of its
 * own, later injections leave it running (startOncePerWorld then stops them first thing), and as a
 * HelperContext it does not listen for that announcement at all, which a page could forge.
 */
const HELPER_CONTEXT_NAME = 'resolver-mfa-helper';

/**
 * Starts the helper in this frame, with the content script's options. Synchronous up to serving
 * the tab service: the content script's promise, which scripting.executeScript waits for before
 * the popup asks, resolves once the popup can be answered.
 */
export function startHelper(options: ContentScriptContext['options']): void {
  // First thing: one running copy per frame (the bootstrap and the popup may both inject it).
  const ctx = startOncePerWorld(() => new HelperContext(HELPER_CONTEXT_NAME, options));
  if (ctx === null) return;
  // Read from extension storage, which the page cannot read; written by the background, the
  // stores' one writer (lib/store-owner/): an outcome waits here until it has it.
  const stores = sharedStores();
  // The organisation's policy, read afresh before every command; through the background where
  // this browser keeps managed storage from content scripts.
  const readPolicy = () => readRestrictions(undefined, askManagedPolicy);
  const { offsets, reminders } = stores;
  // The tab service's own sentences (failure details, the environment check) reach the popup:
  // they follow the admin's language like the views do. Not awaited: until the settings are
  // read and the chosen catalogue loaded (a storage read, an import) they are in English.
  ctx.onInvalidated(followLanguageSetting(stores.settings).stop);
  // Whatever is recorded (single actions and bulk rows) also keeps the opt-out reminders in step.
  const recorder = withOptOutReminders(stores.audit, reminders);
  const { client, session, sender, service } = createPageServices({
    location,
    document,
    storage: localStorage,
    pageWorld: askPageWorld,
    resourceEntries: () => performance.getEntriesByType('resource') as PerformanceResourceTiming[],
    // Every answer's Date header tells Resolver's clock, on which opt-out reminders fall due.
    wrapClient: (client) => learningClockOffset(client, offsets),
    recorder,
    unsavedWrites: stores.outbox.pending,
    remembered: stores.descriptions,
    // The organisation's policy (managed storage, read-only to the extension), read before every
    // command: the tab refuses what it forbids whatever a form or another page asked.
    restrictions: readPolicy,
    about: { version: browser.runtime.getManifest().version, browser: browserName(navigator.userAgent) },
  });
  // One sender for single actions and bulk rows: one API description per page for both.
  const bulk = createBulkService({
    client,
    sender,
    location,
    store: stores.bulk,
    recorder,
    sessionFingerprint: () => session.peekFingerprint(),
    restrictions: readPolicy,
    // A reload of this tab takes its run over at once (lib/bulk/lease.ts).
    ownTabId: askOwnTabId,
    // A run paused for the session looks again when the admin comes back to the tab.
    onWake: (listener) => {
      const woken = fromBrowserOnly(listener);
      window.addEventListener('focus', woken);
      document.addEventListener('visibilitychange', woken);
      return () => {
        window.removeEventListener('focus', woken);
        document.removeEventListener('visibilitychange', woken);
      };
    },
  });
  // The exemption report's scans: reads only, resumed like bulk runs after a reload.
  const report = createReportService({ client, location, store: stores.reports, ownTabId: askOwnTabId, restrictions: readPolicy });
  ctx.onInvalidated(serveTabService({ ...service, ...bulk, ...report }));
  // Reloading or closing the tab: the run or scan is saved and its lease released, so the next
  // page of this origin takes it over at once instead of waiting for the heartbeat to go stale.
  ctx.addEventListener(window, 'pagehide', fromBrowserOnly(() => void Promise.all([bulk.release(), report.release()])));
  // The popup is served first, above; the page had its start before the helper was injected.
  bulk.resumeOnLoad().catch((error: unknown) => {
    console.warn('Resolver MFA helper: the bulk run could not be resumed.', error instanceof Error ? error.message : '');
  });
  report.resumeOnLoad().catch((error: unknown) => {
    console.warn('Resolver MFA helper: the exemption scan could not be resumed.', error instanceof Error ? error.message : '');
  });
  // Not awaited: the panel does not wait for the reminders' "who am I?".
  showReminderNotice(ctx, { origin: location.origin, service, reminders, offsets }).catch((error: unknown) => {
    console.warn('Resolver MFA helper: the reminder notice could not be shown.', error instanceof Error ? error.message : error);
  });
  showPanelOnSwagger(ctx, service, bulk, report).catch((error: unknown) => {
    // Whatever happens to the panel, the page keeps working; the popup still does.
    console.warn('Resolver MFA helper: the panel could not be shown.', error instanceof Error ? error.message : error);
  });
}
