/**
 * The opt-outs whose reminder is due, each in plain words with two buttons: opt the user back in
 * (one click, sent through the Resolver tab's own session and recorded in the audit history) and
 * dismiss. Shared by the popup and the notice on Resolver pages.
 *
 * A user who was opted back in stays listed with the outcome, even after the stored reminder is
 * gone, so the admin sees that it was done.
 */
import { useId, useRef, useState, type MouseEvent } from 'react';
import { t } from '@/lib/i18n';
import type { OptOutReminder } from '@/lib/opt-out-reminders/reminder-schema';
import type { Failure, ResolverBridge } from '@/lib/protocol';
import { environmentWord } from '../describe';
import { FailureMessage } from '../FailureMessage';
import { expiryWords, reminderUserName, reminderUserWords } from './reminder-words';

type ItemState = { step: 'sending' } | { step: 'done' } | { step: 'failed'; failure: Failure };

export interface ExpiredOptOutsProps {
  reminders: readonly OptOutReminder[];
  bridge: Pick<ResolverBridge, 'runAction'>;
  onDismiss: (reminder: OptOutReminder) => Promise<void>;
  /** On a Resolver page, only clicks the browser marks as trusted may act. */
  requireTrustedClicks: boolean;
  /** The list's heading level within its surface. */
  headingLevel?: 2 | 3;
}

export function ExpiredOptOuts({ reminders, bridge, onDismiss, requireTrustedClicks, headingLevel = 2 }: ExpiredOptOutsProps) {
  const id = useId();
  const [states, setStates] = useState<ReadonlyMap<string, { reminder: OptOutReminder; state: ItemState }>>(new Map());
  // Read synchronously, so a double click sends one request (React state lands after the event).
  const busy = useRef(new Set<string>());

  const setState = (reminder: OptOutReminder, state: ItemState) =>
    setStates((previous) => new Map(previous).set(reminder.id, { reminder, state }));

  const trusted = (event: MouseEvent) => !requireTrustedClicks || event.nativeEvent.isTrusted;

  async function optBackIn(reminder: OptOutReminder) {
    if (busy.current.has(reminder.id)) return;
    busy.current.add(reminder.id);
    setState(reminder, { step: 'sending' });
    const { user } = reminder;
    // Sent once, never retried automatically; the display fields are for the audit history only.
    const result = await bridge.runAction({
      action: 'setMfaOptOut',
      input: { userId: user.id, optOut: false },
      target: { userId: user.id, ...(user.name === undefined ? {} : { name: user.name }), ...(user.email === undefined ? {} : { email: user.email }) },
    });
    busy.current.delete(reminder.id);
    setState(reminder, result.ok ? { step: 'done' } : { step: 'failed', failure: result });
  }

  async function dismiss(reminder: OptOutReminder) {
    if (busy.current.has(reminder.id)) return;
    await onDismiss(reminder);
  }

  const done = [...states.values()].filter(({ reminder, state }) => state.step === 'done' && !reminders.some((r) => r.id === reminder.id));
  const shown = [...reminders, ...done.map(({ reminder }) => reminder)];
  if (shown.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  return (
    <section className="mfa-reminders" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="mfa-notice__title">
        {t('reminders.expired.heading')}
      </Heading>
      <ul className="mfa-reminders__list">
        {shown.map((reminder) => {
          const state = states.get(reminder.id)?.state ?? null;
          const name = reminderUserName(reminder);
          const where = {
            user: reminderUserWords(reminder),
            org: reminder.org.name,
            environment: environmentWord(reminder.environment),
          };
          return (
            <li key={reminder.id} className="mfa-reminders__item">
              {state?.step === 'done' ? (
                <p className="mfa-outcome mfa-outcome--success" role="status">
                  {t('reminders.expired.done', where)}
                </p>
              ) : (
                <>
                  <p>{t('reminders.expired.item', { ...where, date: expiryWords(reminder) })}</p>
                  <div className="mfa-actions">
                    <button
                      type="button"
                      className="mfa-button mfa-button--primary"
                      disabled={state?.step === 'sending'}
                      onClick={(event) => trusted(event) && void optBackIn(reminder)}
                    >
                      {t('reminders.expired.optBackIn', { name })}
                    </button>
                    <button
                      type="button"
                      className="mfa-button"
                      disabled={state?.step === 'sending'}
                      aria-describedby={`${id}-dismiss-hint`}
                      onClick={(event) => trusted(event) && void dismiss(reminder)}
                    >
                      {t('reminders.expired.dismiss')}
                    </button>
                  </div>
                  <div aria-live="polite">
                    {state?.step === 'sending' && <p className="mfa-progress">{t('reminders.expired.sending', { name })}</p>}
                    {state?.step === 'failed' && (
                      <div role="alert">
                        <p className="mfa-error">{t('reminders.expired.failed', { name })}</p>
                        <FailureMessage failure={state.failure} />
                      </div>
                    )}
                  </div>
                </>
              )}
            </li>
          );
        })}
      </ul>
      <p id={`${id}-dismiss-hint`} className="mfa-hint">
        {t('reminders.expired.dismissHint')}
      </p>
    </section>
  );
}
