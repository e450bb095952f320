/**
 * Opt a user out of MFA in the current org, or back in. Only `mfaOptOut` is ever sent: the
 * request builder strips the membership example's other fields.
 *
 * Built for speed like Reset: type the email, click the direction, confirm. The two directions are
 * plain buttons, so Enter in the field never guesses one: it only looks the user up and shows
 * their current state.
 */
import { useId, useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import type { OptOutReminderDays } from '@/lib/protocol';
import { needsReason } from '@/lib/policy/policy-rules';
import { ActionForm, type ActionFormBaseProps } from './ActionForm';
import { CallerChecks, useCallerChecks } from './CallerChecks';
import { CurrentMfaState } from './CurrentMfaState';
import { describeTarget } from './describe';
import { useActionFlow, type PendingAction, type SignedInStatus } from './use-action-flow';
import { currentOptOut } from './use-membership';
import { OptOutReminderField } from './reminders/OptOutReminderField';
import { periodWords } from './reminders/reminder-words';
import { useRestrictions } from './use-policy';
import { UserCard } from './UserCard';
import { UserPicker } from './UserPicker';

function ConfirmNotes({ pending, reminderDays }: { pending: PendingAction; reminderDays: OptOutReminderDays | null }) {
  const optOut = pending.input.optOut === true;
  const already = pending.membership !== null && currentOptOut(pending.membership) === optOut;
  return (
    <>
      {pending.membership && <CurrentMfaState membership={pending.membership} />}
      {already && (
        <p className="mfa-warning mfa-warning--strong">
          {t(optOut ? 'ui.optOut.already.out' : 'ui.optOut.already.in', describeTarget(pending))}
        </p>
      )}
      {optOut && reminderDays !== null && <p>{t('reminders.confirm.note', { period: periodWords(reminderDays) })}</p>}
    </>
  );
}

/** `autoFocus`: the helper opened on this tab (the one the admin used last). */
export function MfaOptOutForm(props: ActionFormBaseProps & { status: SignedInStatus; autoFocus?: boolean }) {
  const { bridge, refreshStatus, requireTrustedClicks, status } = props;
  const [reminderDays, setReminderDays] = useState<OptOutReminderDays | null>(null);
  const flow = useActionFlow({
    bridge,
    refreshStatus,
    action: 'setMfaOptOut',
    readsMembership: true,
    // A reminder only goes with opting out; opting back in ignores the choice.
    runExtras: (pending) => (pending.input.optOut === true && reminderDays !== null ? { optOutReminderDays: reminderDays } : {}),
  });
  const fieldRef = useRef<HTMLInputElement>(null);
  const ssoNoteId = useId();
  const found = flow.resolvedUser;
  const sso = found?.isSSO === true;
  // The organisation may require a reason to opt a user out: asked in the confirmation, no checklist.
  const restrictions = useRestrictions();
  const reasonRequired = flow.pending !== null && restrictions !== null && needsReason(restrictions, 'setMfaOptOut', flow.pending.input.optOut === true);
  const reason = useCallerChecks(flow.pending, [], reasonRequired);
  // MFA does not apply to SSO users: the card says so, and there is nothing to confirm.
  const review = (optOut: boolean) =>
    void flow.lookUpAndReview((user) => (user.isSSO ? null : { userId: user.id, optOut }));
  const ssoDescribedBy = sso ? ssoNoteId : undefined;

  return (
    <ActionForm
      flow={flow}
      status={status}
      openSwaggerPage={props.openSwaggerPage}
      label={t('ui.optOut.formLabel')}
      onSubmit={() => void flow.lookUpUser()}
      buttons={
        <>
          <button type="button" className="mfa-button mfa-button--primary" onClick={() => review(true)} disabled={sso} aria-describedby={ssoDescribedBy}>
            {t('ui.optOut.submit.out')}
          </button>
          <button type="button" className="mfa-button mfa-button--primary" onClick={() => review(false)} disabled={sso} aria-describedby={ssoDescribedBy}>
            {t('ui.optOut.submit.in')}
          </button>
        </>
      }
      requireTrustedClicks={requireTrustedClicks}
      returnFocusTo={fieldRef}
      confirmation={(pending) => {
        const optOut = pending.input.optOut === true;
        return {
          title: optOut ? t('ui.optOut.confirmTitle.out') : t('ui.optOut.confirmTitle.in'),
          summary: t(optOut ? 'ui.optOut.confirmSummary.out' : 'ui.optOut.confirmSummary.in', describeTarget(pending)),
          notes: <ConfirmNotes pending={pending} reminderDays={reminderDays} />,
          ...(reasonRequired
            ? { extra: <CallerChecks checks={reason} disabled={flow.phase === 'sending'} />, confirmDisabled: !reason.complete, reason: reason.reason }
            : {}),
          confirmLabel: optOut ? t('ui.optOut.confirm.out') : t('ui.optOut.confirm.in'),
        };
      }}
      describeSuccess={(done) =>
        t(done.input.optOut ? 'ui.optOut.success.out' : 'ui.optOut.success.in', describeTarget(done))
      }
    >
      <p className="mfa-intro">{t('ui.optOut.intro')}</p>
      <UserPicker flow={flow} inputRef={fieldRef} autoFocus={props.autoFocus} />
      <div aria-live="polite">
        {found && !flow.pending && (
          <UserCard user={found} origin={status.origin} membership={flow.resolvedMembership} ssoNoteId={ssoNoteId} />
        )}
      </div>
      <OptOutReminderField value={reminderDays} onChange={setReminderDays} />
    </ActionForm>
  );
}
