/** A confirmation's last row: Cancel, and the button that sends (trusted clicks only where required). */
import { t } from '@/lib/i18n';
import { trustedOnly } from './trusted-click';

export interface ConfirmButtonsProps {
  sending: boolean;
  requireTrustedClicks: boolean;
  confirmLabel: string;
  confirmDisabled?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmButtons({ sending, requireTrustedClicks, confirmLabel, confirmDisabled, onConfirm, onCancel }: ConfirmButtonsProps) {
  return (
    <>
      {sending && <p className="mfa-progress">{t('ui.progress.sending')}</p>}
      <div className="mfa-actions">
        <button type="button" className="mfa-button" onClick={onCancel} disabled={sending}>
          {t('ui.confirm.cancel')}
        </button>
        <button
          type="button"
          className="mfa-button mfa-button--danger"
          onClick={trustedOnly(requireTrustedClicks, onConfirm)}
          disabled={sending || confirmDisabled}
        >
          {confirmLabel}
        </button>
      </div>
    </>
  );
}
