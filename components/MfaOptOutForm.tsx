/**
 * Opt a user out of MFA in the current org, or back in. Only `mfaOptOut` is ever sent: the
 * request builder strips the membership example's other fields.
 *
 * Built for speed like Reset: type the email, click the direction, confirm. The two directions are
 * plain buttons, so Enter in the field never guesses one: it only looks the user up and shows
 * their current state.
 */
import { useId, useRef } from 'react';
import { t } from '@/lib/i18n';
import { ActionForm, type ActionFormBaseProps } from './ActionForm';
import { CurrentMfaState } from './CurrentMfaState';
import { describeTarget } from './describe';
import { useActionFlow, type PendingAction, type SignedInStatus } from './use-action-flow';
import { currentOptOut } from './use-membership';
import { UserCard } from './UserCard';
import { UserPicker } from './UserPicker';

function ConfirmNotes({ pending }: { pending: PendingAction }) {
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
    </>
  );
}

export function MfaOptOutForm(props: ActionFormBaseProps & { status: SignedInStatus }) {
  const { bridge, refreshStatus, requireTrustedClicks, status } = props;
  const flow = useActionFlow({ bridge, refreshStatus, action: 'setMfaOptOut', readsMembership: true });
  const fieldRef = useRef<HTMLInputElement>(null);
  const ssoNoteId = useId();
  const found = flow.resolvedUser;
  const sso = found?.isSSO === true;
  // MFA does not apply to SSO users: the card says so, and there is nothing to confirm.
  const review = (optOut: boolean) =>
    void flow.lookUpAndReview((user) => (user.isSSO ? null : { userId: user.id, optOut }));
  const ssoDescribedBy = sso ? ssoNoteId : undefined;

  return (
    <ActionForm
      flow={flow}
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
          notes: <ConfirmNotes pending={pending} />,
          confirmLabel: optOut ? t('ui.optOut.confirm.out') : t('ui.optOut.confirm.in'),
        };
      }}
      describeSuccess={(done) =>
        t(done.input.optOut ? 'ui.optOut.success.out' : 'ui.optOut.success.in', describeTarget(done))
      }
    >
      <p className="mfa-intro">{t('ui.optOut.intro')}</p>
      <UserPicker flow={flow} inputRef={fieldRef} />
      <div aria-live="polite">
        {found && !flow.pending && (
          <UserCard user={found} origin={status.origin} membership={flow.resolvedMembership} ssoNoteId={ssoNoteId} />
        )}
      </div>
    </ActionForm>
  );
}
