/**
 * The notice on a Resolver page when opt-outs of this origin and org are due to end: the list with
 * its one-click buttons, and Close. It lists what was due when the page loaded; a reminder the
 * admin dismisses leaves the list, one they act on stays with its outcome.
 */
import { useState } from 'react';
import { ExpiredOptOuts } from '@/components/reminders/ExpiredOptOuts';
import { HelperShell } from '@/components/HelperShell';
import { t } from '@/lib/i18n';
import type { OptOutReminder } from '@/lib/opt-out-reminders/reminder-schema';
import type { ResolverBridge } from '@/lib/protocol';

export interface ReminderNoticeProps {
  reminders: readonly OptOutReminder[];
  bridge: Pick<ResolverBridge, 'runAction'>;
  dismiss: (reminder: OptOutReminder) => Promise<void>;
}

export function ReminderNotice({ reminders, bridge, dismiss }: ReminderNoticeProps) {
  const [listed, setListed] = useState(reminders);
  const [closed, setClosed] = useState(false);
  if (closed || listed.length === 0) return null;

  async function onDismiss(reminder: OptOutReminder) {
    await dismiss(reminder);
    setListed((current) => current.filter((r) => r.id !== reminder.id));
  }

  return (
    <section className="rmh-notice" aria-label={t('reminders.notice.label')}>
      <HelperShell surface="panel">
        {/* The page's scripts can reach this open shadow root: synthetic events are dropped at the
            root (mount-guarded-ui.tsx), and as a second layer the buttons act on trusted clicks only. */}
        <ExpiredOptOuts reminders={listed} bridge={bridge} onDismiss={onDismiss} requireTrustedClicks />
        <div className="mfa-actions">
          {/* Closing only hides the notice, and the shadow root drops synthetic clicks anyway. */}
          <button type="button" className="mfa-button mfa-button--quiet" onClick={() => setClosed(true)}>
            {t('reminders.notice.close')}
          </button>
        </div>
      </HelperShell>
    </section>
  );
}
