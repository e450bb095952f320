/** The optional reason or ticket reference an action carries into the audit history. */
import { useId } from 'react';
import { t } from '@/lib/i18n';
import { ActionReasonSchema } from '@/lib/protocol';

/** The reason's bound, from the schema the tab validates it with. */
const REASON_MAX = ActionReasonSchema.maxLength ?? 500;

export function ReasonField({ value, onChange, disabled }: { value: string; onChange: (reason: string) => void; disabled?: boolean }) {
  const id = useId();
  return (
    <div className="mfa-field">
      <label htmlFor={`${id}-reason`}>{t('reason.label')}</label>
      <input
        id={`${id}-reason`}
        type="text"
        className="mfa-input"
        maxLength={REASON_MAX}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        disabled={disabled}
        aria-describedby={`${id}-reason-hint`}
      />
      <p id={`${id}-reason-hint`} className="mfa-hint">
        {t('reason.hint', { max: REASON_MAX })}
      </p>
    </div>
  );
}
