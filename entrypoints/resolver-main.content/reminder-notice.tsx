/**
 * Shows the reminder notice on a Resolver page when opt-outs of this origin are due to end, in a
 * shadow root of its own at the end of the page's body, guarded like the panel (mount-panel.tsx).
 */
import type { ContentScriptContext } from '#imports';
import { dueRemindersForPage, type PageRemindersOptions } from '@/lib/opt-out-reminders/page-reminders';
import type { ReminderStore } from '@/lib/opt-out-reminders/reminder-store';
import type { ResolverBridge } from '@/lib/protocol';
import { mountGuardedUi } from './mount-guarded-ui';
import { ReminderNotice } from './ReminderNotice';

export interface ReminderNoticeOptions extends Omit<PageRemindersOptions, 'service' | 'reminders'> {
  service: Pick<ResolverBridge, 'getStatus' | 'runAction'>;
  reminders: Pick<ReminderStore, 'list' | 'dismiss'>;
}

export async function showReminderNotice(ctx: ContentScriptContext, options: ReminderNoticeOptions): Promise<void> {
  const due = await dueRemindersForPage(options);
  if (due.length === 0 || !ctx.isValid) return;
  await mountGuardedUi(
    ctx,
    'resolver-mfa-reminders',
    <ReminderNotice
      reminders={due}
      bridge={options.service}
      dismiss={(reminder) => options.reminders.dismiss(reminder.id)}
    />,
  );
}
