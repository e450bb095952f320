/**
 * The toolbar badge: how many opt-out reminders have expired, across every Resolver origin. The
 * background recomputes it when it starts, when the reminders or the clock offsets change, and at
 * the next expiry (a `chrome.alarms` alarm: the service worker sleeps in between, so a timer would
 * not survive).
 */
import { browser, type Browser } from 'wxt/browser';
import type { BrowserMessage } from '../i18n/manifest-locales';
import type { ClockOffsetStore } from './clock-offsets';
import { expiredReminders, nextExpiry } from './expiry';
import type { ReminderStore } from './reminder-store';

export const REMINDER_ALARM = 'opt-out-reminder-expiry';

/** Dark red: the same warning colour as the helper's strong warnings. */
export const BADGE_COLOR = '#B3261E';

export interface ReminderBadgeOptions {
  reminders: Pick<ReminderStore, 'list' | 'watch'>;
  offsets: Pick<ClockOffsetStore, 'load' | 'watch'>;
  /** Local time, ms. */
  now?: () => number;
  /**
   * The browser's own lookup of its `_locales` messages (lib/i18n/manifest-locales.ts), in the
   * browser's language: the background carries no catalogue.
   */
  message?: (name: BrowserMessage, substitutions?: string[]) => string;
}

/** WXT types getMessage from `public/_locales`; ours are made at build (wxt.config.ts), so it does not know them. */
const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
const browserMessage = (name: BrowserMessage, substitutions?: string[]) => getMessage(name, substitutions);

/** Sets the badge, its title and the alarm for the next expiry from what is stored now. */
export async function refreshReminderBadge({ reminders, offsets, now = Date.now, message = browserMessage }: ReminderBadgeOptions): Promise<void> {
  const [list, known] = await Promise.all([reminders.list(), offsets.load()]);
  const nowMs = now();
  const expired = expiredReminders(list, known, nowMs).length;
  await browser.action.setBadgeText({ text: expired === 0 ? '' : String(expired) });
  if (expired > 0) await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  const title = expired === 0 ? message('name') : expired === 1 ? message('badgeOne') : message('badgeMany', [String(expired)]);
  await browser.action.setTitle({ title });
  const next = nextExpiry(list, known, nowMs);
  if (next === null) await browser.alarms.clear(REMINDER_ALARM);
  else await browser.alarms.create(REMINDER_ALARM, { when: next });
}

/** Keeps the badge current until the returned function is called. */
export function startReminderBadge(options: ReminderBadgeOptions): () => void {
  // One refresh at a time, in order: two storage changes in a row must not finish out of order.
  let queue: Promise<void> = Promise.resolve();
  const refresh = () => {
    queue = queue
      .then(() => refreshReminderBadge(options))
      .catch((error: unknown) => {
        console.warn('Resolver MFA helper: the reminder badge could not be updated.', error instanceof Error ? error.message : '');
      });
  };
  const onAlarm = (alarm: Browser.alarms.Alarm) => {
    if (alarm.name === REMINDER_ALARM) refresh();
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  const stops = [options.reminders.watch(refresh), options.offsets.watch(refresh)];
  refresh();
  return () => {
    browser.alarms.onAlarm.removeListener(onAlarm);
    stops.forEach((stop) => stop());
  };
}
