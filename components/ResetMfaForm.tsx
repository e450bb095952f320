/**
 * Reset a user's MFA (lost phone, overwritten authenticator entry). Built for speed: type the
 * email, press Enter, then in the confirmation tick the caller checks, add a ticket reference if
 * wanted, and confirm. After a reset, the message for the user is ready to copy.
 */
import { useId, useRef } from 'react';
import { t } from '@/lib/i18n';
import { ActionForm, type ActionFormBaseProps } from './ActionForm';
import { CallerChecks, useCallerChecks } from './CallerChecks';
import { describeTarget } from './describe';
import { NextStepsMessage } from './NextStepsMessage';
import { useActionFlow, type SignedInStatus } from './use-action-flow';
import { useEffectiveSettings } from './use-policy';
import { UserCard } from './UserCard';
import { UserPicker } from './UserPicker';

export interface ResetMfaFormProps extends ActionFormBaseProps {
  /** The tab's last admin status: the card reads the history of its environment. */
  status: SignedInStatus;
  autoFocus?: boolean;
}

export function ResetMfaForm(props: ResetMfaFormProps) {
  const { bridge, refreshStatus, requireTrustedClicks, autoFocus, status } = props;
  const flow = useActionFlow({ bridge, refreshStatus, action: 'resetUserMfa', readsMembership: true });
  const fieldRef = useRef<HTMLInputElement>(null);
  const ssoNoteId = useId();
  // The organisation's checklist and reason rule win over the admin's own (lib/policy/).
  const settings = useEffectiveSettings();
  const checks = useCallerChecks(flow.pending, settings?.callerChecklist ?? null, settings?.requireReason === true);
  const found = flow.resolvedUser;
  const done = flow.outcome?.ok === true ? flow.outcome.action : null;

  return (
    <>
      <ActionForm
        flow={flow}
        status={status}
        openSwaggerPage={props.openSwaggerPage}
        label={t('ui.reset.formLabel')}
        // MFA does not apply to SSO users: the card says so, and there is nothing to confirm.
        onSubmit={() => void flow.lookUpAndReview((user) => (user.isSSO ? null : { userId: user.id }))}
        submitLabel={t('ui.reset.submit')}
        submitDisabled={found?.isSSO === true}
        submitDescribedBy={found?.isSSO ? ssoNoteId : undefined}
        requireTrustedClicks={requireTrustedClicks}
        returnFocusTo={fieldRef}
        confirmation={(pending) => ({
          title: t('ui.reset.confirmTitle'),
          summary: t('ui.reset.confirmSummary', describeTarget(pending)),
          notes: pending.target && (
            <UserCard user={pending.target} origin={pending.status.origin} membership={pending.membership} />
          ),
          extra: <CallerChecks checks={checks} disabled={flow.phase === 'sending'} />,
          confirmDisabled: !checks.complete,
          reason: checks.reason,
          confirmLabel: t('ui.reset.confirm'),
        })}
        describeSuccess={(action) => t('ui.reset.success', describeTarget(action))}
      >
        <p className="mfa-intro">{t('ui.reset.intro')}</p>
        <UserPicker flow={flow} inputRef={fieldRef} autoFocus={autoFocus} />
        {found && !flow.pending && (
          <UserCard user={found} origin={status.origin} membership={flow.resolvedMembership} ssoNoteId={ssoNoteId} />
        )}
      </ActionForm>
      {done?.target && <NextStepsMessage name={done.target.name} origin={done.status.origin} />}
    </>
  );
}
