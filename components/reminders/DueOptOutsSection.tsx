/** The popup's list of opt-outs due to end for the Resolver tab's origin and org; nothing when none is. */
import type { ResolverBridge } from '@/lib/protocol';
import type { SignedInStatus } from '../use-action-flow';
import { ExpiredOptOuts } from './ExpiredOptOuts';
import { sharedReminderStores, useDueReminders, type ReminderStores } from './use-due-reminders';

export interface DueOptOutsSectionProps {
  bridge: Pick<ResolverBridge, 'runAction'>;
  status: SignedInStatus;
  stores?: ReminderStores;
  requireTrustedClicks?: boolean;
}

export function DueOptOutsSection({ bridge, status, stores = sharedReminderStores(), requireTrustedClicks = false }: DueOptOutsSectionProps) {
  const due = useDueReminders(status.origin, status.session.org?.id ?? null, stores);
  return (
    <ExpiredOptOuts
      reminders={due}
      bridge={bridge}
      onDismiss={(reminder) => stores.reminders.dismiss(reminder.id)}
      requireTrustedClicks={requireTrustedClicks}
    />
  );
}
