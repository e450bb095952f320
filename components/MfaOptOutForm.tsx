/**
 * Opt a user out of MFA in the current org, or back in. Only `mfaOptOut` is ever sent: the
 * request builder strips the membership example's other fields.
 */
import { useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import { ActionForm, type ActionFormBaseProps } from './ActionForm';
import { describeTarget } from './describe';
import { OptOutChoice } from './OptOutChoice';
import { useActionFlow } from './use-action-flow';
import { useMembership } from './use-membership';
import { UserPicker } from './UserPicker';

function submitLabel(userFound: boolean, choice: boolean | null): string {
  if (!userFound) return t('ui.optOut.find');
  if (choice === null) return t('ui.optOut.continue');
  return choice ? t('ui.optOut.submit.out') : t('ui.optOut.submit.in');
}

export function MfaOptOutForm({ bridge, refreshStatus, requireTrustedClicks }: ActionFormBaseProps) {
  const flow = useActionFlow({ bridge, refreshStatus, action: 'setMfaOptOut' });
  const fieldRef = useRef<HTMLInputElement>(null);
  const user = flow.resolvedUser;
  const membership = useMembership(bridge, user?.id ?? null);
  // Both remembered per user, so picking another user starts from that user's own state.
  const [picked, setPicked] = useState<{ userId: number; optOut: boolean } | null>(null);
  const [choiceMissingFor, setChoiceMissingFor] = useState<number | null>(null);

  const current = membership?.state === 'known' ? membership.membership.mfaOptOut : null;
  // Preselect the change that makes sense: the opposite of the current state, when known.
  const preselected = current === null ? null : !current;
  const choice = user && picked?.userId === user.id ? picked.optOut : preselected;

  // First submit finds the user (their current state decides the preselected change); the next
  // one prepares the request.
  function submit() {
    if (!user) void flow.lookUpUser();
    else if (choice === null) setChoiceMissingFor(user.id);
    else void flow.review({ userId: user.id, optOut: choice }, user);
  }

  return (
    <ActionForm
      flow={flow}
      label={t('ui.optOut.formLabel')}
      onSubmit={submit}
      submitLabel={submitLabel(user !== null, choice)}
      requireTrustedClicks={requireTrustedClicks}
      returnFocusTo={fieldRef}
      confirmation={(pending) => {
        const optOut = pending.input.optOut === true;
        return {
          title: optOut ? t('ui.optOut.confirmTitle.out') : t('ui.optOut.confirmTitle.in'),
          summary: t(optOut ? 'ui.optOut.confirmSummary.out' : 'ui.optOut.confirmSummary.in', describeTarget(pending)),
          confirmLabel: optOut ? t('ui.optOut.confirm.out') : t('ui.optOut.confirm.in'),
        };
      }}
      describeSuccess={(done) =>
        t(done.input.optOut ? 'ui.optOut.success.out' : 'ui.optOut.success.in', describeTarget(done))
      }
    >
      <p className="mfa-intro">{t('ui.optOut.intro')}</p>
      <UserPicker flow={flow} inputRef={fieldRef} />
      {user && membership && (
        <OptOutChoice
          membership={membership}
          choice={choice}
          onChoose={(optOut) => {
            setPicked({ userId: user.id, optOut });
            setChoiceMissingFor(null);
          }}
          choiceMissing={choiceMissingFor === user.id}
        />
      )}
    </ActionForm>
  );
}
