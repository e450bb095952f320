/**
 * Shows the reminder notice on a Resolver page when opt-outs of this origin are due to end. The UI
 * module (./ui.tsx, React) is loaded only when there is one to show.
 */
import type { ContentScriptContext } from '#imports';
import { importHelperModule } from '@/lib/helper-modules';
import { dueRemindersForPage, type PageRemindersOptions } from '@/lib/opt-out-reminders/page-reminders';
import type { ReminderStore } from '@/lib/opt-out-reminders/reminder-store';
import type { ResolverBridge } from '@/lib/protocol';
import type { HelperUi } from './ui';

export interface ReminderNoticeOptions extends Omit<PageRemindersOptions, 'service' | 'reminders'> {
  service: Pick<ResolverBridge, 'getStatus' | 'runAction'>;
  reminders: Pick<ReminderStore, 'list' | 'dismiss'>;
}

export async function showReminderNotice(ctx: ContentScriptContext, options: ReminderNoticeOptions): Promise<void> {
  const due = await dueRemindersForPage(options);
  if (due.length === 0 || !ctx.isValid) return;
  const ui = await importHelperModule<HelperUi>('ui');
  if (!ctx.isValid) return;
  await ui.mountReminderNotice(ctx, {
    reminders: due,
    bridge: options.service,
    dismiss: (reminder) => options.reminders.dismiss(reminder.id),
  });
}
