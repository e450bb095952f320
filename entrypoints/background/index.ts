/**
 * The service worker: keeps the toolbar badge counting the opt-outs due to end, tells each of our
 * content scripts its own tab's id (a bulk run's lease, lib/bulk/lease.ts), loads the helper into a
 * Resolver tab when that tab's bootstrap asks (lib/helper-loading.ts), and reads what Swagger UI
 * holds in a Resolver tab's own world when that tab's helper asks (lib/page-world.ts). Wiring only;
 * the logic lives in lib/. It sends nothing to Resolver and keeps no session.
 */
import { defineBackground } from '#imports';
import { serveHelperLoading } from '@/lib/helper-loading';
import { serveOwnTabId, servePageWorldReads } from '@/lib/messaging';
import { readPageWorld } from '@/lib/page-world';
import { startReminderBadge } from '@/lib/opt-out-reminders/badge';
import { createClockOffsetStore } from '@/lib/opt-out-reminders/clock-offsets';
import { createReminderStore } from '@/lib/opt-out-reminders/reminder-store';

export default defineBackground(() => {
  // Runs at every start of the service worker (browser start, install, wake-up): the badge is
  // recomputed each time, then on storage changes and at the next expiry's alarm.
  startReminderBadge({ reminders: createReminderStore(), offsets: createClockOffsetStore() });
  serveOwnTabId();
  serveHelperLoading();
  servePageWorldReads((tabId, part) => readPageWorld(tabId, part));
});
