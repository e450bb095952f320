/**
 * The service worker: the one writer of every store (lib/store-owner/: the other contexts send it
 * intents), keeps the toolbar badge counting the opt-outs due to end, tells each of our content
 * scripts its own tab's id (a bulk run's lease, lib/bulk/lease.ts), loads the helper into a
 * Resolver tab when that tab's bootstrap asks (lib/helper-loading.ts), and reads what Swagger UI
 * holds in a Resolver tab's own world when that tab's helper asks (lib/page-world.ts). Wiring only;
 * the logic lives in lib/. It sends nothing to Resolver and keeps no session.
 */
import { defineBackground } from '#imports';
import { serveHelperLoading } from '@/lib/helper-loading';
import { serveManagedPolicy, serveOwnTabId, servePageWorldReads, serveStoreIntents } from '@/lib/background-messages';
import { readPageWorld } from '@/lib/page-world';
import { startReminderBadge } from '@/lib/opt-out-reminders/badge';
import { restrictionsOf } from '@/lib/policy/effective-settings';
import { readManagedValues, readRestrictions, watchManagedPolicy } from '@/lib/policy/managed-policy';
import { createOwnedStores } from '@/lib/store-owner/owned-by-background';
import { createStoreOwner } from '@/lib/store-owner/store-owner';

export default defineBackground({
  // A module worker: WXT then builds it with the pages, sharing their chunks (the schemas, the
  // stores) instead of carrying its own copies in the package. It must never reach a dynamic
  // import(), which service workers refuse (test/e2e/manifest-audit.test.ts checks the build).
  type: 'module',
  main() {
    // Runs at every start of the service worker (browser start, install, wake-up). The stores are
    // defined first: their migrations run here, once, before the first intent is applied. The
    // intent listener is registered synchronously, so an intent that woke the worker is not lost.
    const stores = createOwnedStores();
    // The organisation's audit retention (managed storage): read once at start and again whenever IT
    // changes it (below), not at every append, which would add a managed-storage read to each write.
    let retentionDays = readRestrictions().then(
      (restrictions) => restrictions.auditRetentionDays,
      () => null,
    );
    const owner = createStoreOwner(stores, { retentionDays: () => retentionDays });
    serveStoreIntents(owner);
    serveOwnTabId();
    serveHelperLoading();
    servePageWorldReads((tabId, part) => readPageWorld(tabId, part));
    // For a content script whose browser keeps managed storage from it.
    serveManagedPolicy(() => readManagedValues());
    // The badge is recomputed each time, then on storage changes and at the next expiry's alarm.
    startReminderBadge({ reminders: stores.reminders, offsets: stores.offsets });
    // At every start (a browser left open for days restarts the worker often), and when IT changes it.
    const retain = () =>
      void owner.applyRetention().catch((error: unknown) => {
        console.warn('Resolver MFA helper: the audit retention could not be applied.', error instanceof Error ? error.message : '');
      });
    retain();
    watchManagedPolicy((policy) => {
      retentionDays = Promise.resolve(restrictionsOf(policy).auditRetentionDays);
      retain();
    });
    // Pages and chunks a write cut short left behind (a worker stopped between two writes).
    owner.collectOrphans().catch((error: unknown) => {
      console.warn('Resolver MFA helper: leftover stored pages could not be collected.', error instanceof Error ? error.message : '');
    });
  },
});
