/**
 * Which due reminders a Resolver page should show: those of its origin and of the org the admin is
 * signed in to there, once Resolver's "who am I?" has answered. A page of an origin with no
 * reminder asks Resolver nothing.
 */
import type { ResolverBridge } from '../protocol';
import type { ClockOffsetStore } from './clock-offsets';
import { expiredReminders } from './expiry';
import type { OptOutReminder } from './reminder-schema';
import type { ReminderStore } from './reminder-store';

export interface PageRemindersOptions {
  origin: string;
  /** The tab service, whose client learns the origin's clock offset from the answer. */
  service: Pick<ResolverBridge, 'getStatus'>;
  reminders: Pick<ReminderStore, 'list'>;
  offsets: Pick<ClockOffsetStore, 'load'>;
  /** Local time, ms. */
  now?: () => number;
}

export async function dueRemindersForPage({ origin, service, reminders, offsets, now = Date.now }: PageRemindersOptions): Promise<OptOutReminder[]> {
  const here = (await reminders.list()).filter((reminder) => reminder.origin === origin);
  if (here.length === 0) return [];
  // Asked even when the stored offset says nothing is due yet: Resolver's clock may have moved on
  // (the answer's Date header updates the offset before it is read below).
  const status = await service.getStatus();
  if (!status.ok) return [];
  const session = status.value.session;
  // Only an admin can opt anyone back in, and only in the org they are signed in to.
  if (!session?.isAdmin || !session.org) return [];
  const orgId = session.org.id;
  return expiredReminders(
    here.filter((reminder) => reminder.org.id === orgId),
    await offsets.load(),
    now(),
  );
}
