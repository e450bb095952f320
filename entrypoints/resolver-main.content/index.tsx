/**
 * The helper's content script in Resolver tabs: serves the tab service to the popup, resumes bulk
 * runs, shows due opt-out reminders and, on the Swagger page, the helper panel. Wiring only; the
 * logic lives in lib/.
 *
 * It is not in the manifest (Chrome): the bootstrap (entrypoints/resolver.content) has the
 * background inject it once the page is idle, or the popup injects it when it needs it sooner
 * (lib/helper-injection.ts). So the page never waits for its bundle while it starts.
 *
 * Trust boundary: this script acts on exactly two inputs, extension messages from this
 * extension's own pages (checked in serveTabService) and trusted clicks in its own panel. It
 * listens to no window.postMessage and no DOM event of the page as a command: the page's scripts
 * are not ours, so a web page can never trigger an admin action.
 */
import { browser, defineContentScript } from '#imports';
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
import { RESOLVER_MATCH_PATTERN } from '@/lib/resolver/knowledge';
import { sharedStores } from '@/lib/store-owner/owned-stores';
import { fromBrowserOnly } from './browser-events';
import { HelperContext } from './helper-context';
import { showPanelOnSwagger } from './mount-panel';
import { showReminderNotice } from './reminder-notice';

/**
 * The helper's lifetime: a context of its own, not the one WXT passes to main(). WXT's context
 * announces itself when constructed, before main() runs, and every earlier context of the same
 * script name then ends: a second injection would stop the running helper. Under a name of its
 * own, later injections leave it running (startOncePerWorld then stops them first thing), and as a
 * HelperContext it does not listen for that announcement at all, which a page could forge.
 */
const HELPER_CONTEXT_NAME = 'resolver-mfa-helper';

export default defineContentScript({
  // Also where the panel's stylesheet may be read from (WXT's web_accessible_resources).
  matches: [RESOLVER_MATCH_PATTERN],
  // Injected on request in Chrome (lib/helper-injection.ts); in Firefox it is the manifest's
  // content script, at document_idle, the path the Firefox suite proves (test/e2e-firefox).
  registration: { chrome: 'runtime', firefox: 'manifest' },
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  // Not async, and nothing awaited: scripting.executeScript resolves only once main() has
  // returned (and its promise, if any, settled), and the popup waits for that before asking.
  main(injection) {
    // First thing: one running copy per frame (the bootstrap and the popup may both inject it).
    const ctx = startOncePerWorld(() => new HelperContext(HELPER_CONTEXT_NAME, injection.options));
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
    // read (one storage read) they are in the browser's language.
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
  },
});
