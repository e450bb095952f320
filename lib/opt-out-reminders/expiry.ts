/**
 * When a reminder is due: its expiry is a moment on Resolver's clock, so "now" is the local clock
 * plus that origin's offset (clock-offsets.ts).
 */
import { resolverNow, type ClockOffsets } from './clock-offsets';
import type { OptOutReminder } from './reminder-schema';

export function isExpired(reminder: OptOutReminder, offsets: ClockOffsets, localNowMs: number): boolean {
  return resolverNow(offsets, reminder.origin, localNowMs) >= Date.parse(reminder.expiresAt);
}

/** The expired reminders, the longest expired first. */
export function expiredReminders(
  reminders: readonly OptOutReminder[],
  offsets: ClockOffsets,
  localNowMs: number,
): OptOutReminder[] {
  return reminders
    .filter((reminder) => isExpired(reminder, offsets, localNowMs))
    .sort((a, b) => Date.parse(a.expiresAt) - Date.parse(b.expiresAt));
}

/** The local time at which the next reminder expires; null when none is still to come. */
export function nextExpiry(reminders: readonly OptOutReminder[], offsets: ClockOffsets, localNowMs: number): number | null {
  const upcoming = reminders
    .filter((reminder) => !isExpired(reminder, offsets, localNowMs))
    .map((reminder) => Date.parse(reminder.expiresAt) - (offsets[reminder.origin] ?? 0));
  return upcoming.length === 0 ? null : Math.min(...upcoming);
}
