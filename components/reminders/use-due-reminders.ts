/**
 * The opt-out reminders that are due for one Resolver origin and org, read straight from
 * extension storage (the popup and the content script both can) and kept current as reminders
 * are added or removed, as the origin's clock offset is learned, and as time passes.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ClockOffsets, ClockOffsetStore } from '@/lib/opt-out-reminders/clock-offsets';
import { expiredReminders, nextExpiry } from '@/lib/opt-out-reminders/expiry';
import type { OptOutReminder } from '@/lib/opt-out-reminders/reminder-schema';
import type { ReminderStore } from '@/lib/opt-out-reminders/reminder-store';
import { sharedStores } from '@/lib/store-owner/owned-stores';

export interface ReminderStores {
  reminders: ReminderStore;
  offsets: ClockOffsetStore;
}

/** This context's reminders and clock offsets (lib/store-owner/owned-stores.ts). */
export function sharedReminderStores(): ReminderStores {
  const { reminders, offsets } = sharedStores();
  return { reminders, offsets };
}

/** Longest wait before looking again (setTimeout misbehaves beyond 2^31 - 1 ms). */
const MAX_WAIT_MS = 24 * 60 * 60 * 1000;

export function useDueReminders(
  origin: string,
  orgId: number | null,
  stores: ReminderStores = sharedReminderStores(),
  now: () => number = Date.now,
): OptOutReminder[] {
  const [stored, setStored] = useState<{ reminders: OptOutReminder[]; offsets: ClockOffsets } | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    let current: { reminders: OptOutReminder[]; offsets: ClockOffsets } = { reminders: [], offsets: {} };
    const update = (next: Partial<typeof current>) => {
      current = { ...current, ...next };
      if (live) setStored(current);
    };
    const stops = [stores.reminders.watch((reminders) => update({ reminders })), stores.offsets.watch((offsets) => update({ offsets }))];
    void Promise.all([stores.reminders.list(), stores.offsets.load()]).then(([reminders, offsets]) => update({ reminders, offsets }));
    return () => {
      live = false;
      stops.forEach((stop) => stop());
    };
  }, [stores]);

  const mine = useMemo(
    () => (stored?.reminders ?? []).filter((reminder) => reminder.origin === origin && reminder.org.id === orgId),
    [stored, origin, orgId],
  );

  // Look again when the next one falls due while this view is open.
  useEffect(() => {
    if (!stored) return;
    const next = nextExpiry(mine, stored.offsets, now());
    if (next === null) return;
    const timer = setTimeout(() => setTick((count) => count + 1), Math.min(Math.max(next - now(), 0), MAX_WAIT_MS));
    return () => clearTimeout(timer);
  }, [mine, stored, now, tick]);

  return stored ? expiredReminders(mine, stored.offsets, now()) : [];
}
