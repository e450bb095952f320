/**
 * Reset a user's MFA (lost phone, overwritten authenticator entry). Built for speed: type the
 * email, press Enter, confirm.
 */
import { useRef } from 'react';
import { t } from '@/lib/i18n';
import { ActionForm, type ActionFormBaseProps } from './ActionForm';
import { describeTarget } from './describe';
import { useActionFlow } from './use-action-flow';
import { UserPicker } from './UserPicker';

export function ResetMfaForm(props: ActionFormBaseProps & { autoFocus?: boolean }) {
  const { bridge, refreshStatus, requireTrustedClicks, autoFocus } = props;
  const flow = useActionFlow({ bridge, refreshStatus, action: 'resetUserMfa' });
  const fieldRef = useRef<HTMLInputElement>(null);

  return (
    <ActionForm
      flow={flow}
      label={t('ui.reset.formLabel')}
      onSubmit={() => void flow.lookUpAndReview((user) => ({ userId: user.id }))}
      submitLabel={t('ui.reset.submit')}
      requireTrustedClicks={requireTrustedClicks}
      returnFocusTo={fieldRef}
      confirmation={(pending) => ({
        title: t('ui.reset.confirmTitle'),
        summary: t('ui.reset.confirmSummary', describeTarget(pending)),
        confirmLabel: t('ui.reset.confirm'),
      })}
      describeSuccess={(done) => t('ui.reset.success', describeTarget(done))}
    >
      <p className="mfa-intro">{t('ui.reset.intro')}</p>
      <UserPicker flow={flow} inputRef={fieldRef} autoFocus={autoFocus} />
    </ActionForm>
  );
}
