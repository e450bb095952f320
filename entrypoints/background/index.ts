/**
 * The service worker: keeps the toolbar badge counting the opt-outs due to end, tells each of our
 * content scripts its own tab's id (a bulk run's lease, lib/bulk/lease.ts), and loads the helper
 * into a Resolver tab when that tab's bootstrap asks (lib/helper-loading.ts). Wiring only; the
 * logic lives in lib/. It sends nothing to a Resolver tab and holds no session.
 */
import { defineBackground } from '#imports';
import { serveHelperLoading } from '@/lib/helper-loading';
import { serveOwnTabId } from '@/lib/messaging';
import { startReminderBadge } from '@/lib/opt-out-reminders/badge';
import { createClockOffsetStore } from '@/lib/opt-out-reminders/clock-offsets';
import { createReminderStore } from '@/lib/opt-out-reminders/reminder-store';

export default defineBackground(() => {
  // Runs at every start of the service worker (browser start, install, wake-up): the badge is
  // recomputed each time, then on storage changes and at the next expiry's alarm.
  startReminderBadge({ reminders: createReminderStore(), offsets: createClockOffsetStore() });
  serveOwnTabId();
  serveHelperLoading();
});
