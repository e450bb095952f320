/**
 * Shows the reminder notice on a Resolver page when opt-outs of this origin are due to end, in a
 * shadow root of its own at the end of the page's body, guarded like the panel (mount-panel.tsx).
 */
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { createRoot, type Root } from 'react-dom/client';
import { dueRemindersForPage, type PageRemindersOptions } from '@/lib/opt-out-reminders/page-reminders';
import type { ReminderStore } from '@/lib/opt-out-reminders/reminder-store';
import type { ResolverBridge } from '@/lib/protocol';
import { dropUntrustedEvents } from './drop-untrusted-events';
import { ReminderNotice } from './ReminderNotice';

export interface ReminderNoticeOptions extends Omit<PageRemindersOptions, 'service' | 'reminders'> {
  service: Pick<ResolverBridge, 'getStatus' | 'runAction'>;
  reminders: Pick<ReminderStore, 'list' | 'dismiss'>;
}

export async function showReminderNotice(ctx: ContentScriptContext, options: ReminderNoticeOptions): Promise<void> {
  const due = await dueRemindersForPage(options);
  if (due.length === 0 || !ctx.isValid) return;
  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'resolver-mfa-reminders',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    // Keystrokes in the notice must not reach the page's own keyboard handlers.
    isolateEvents: true,
    onMount(container, shadowRoot) {
      // Registered before React's root: synthetic clicks from page scripts never reach the buttons.
      dropUntrustedEvents(shadowRoot);
      const root = createRoot(container);
      root.render(
        <ReminderNotice
          reminders={due}
          bridge={options.service}
          dismiss={(reminder) => options.reminders.dismiss(reminder.id)}
        />,
      );
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
}
