/** The reason or ticket reference an action carries into the audit history: optional, unless the organisation requires it. */
import { useId } from 'react';
import { t } from '@/lib/i18n';
import { ACTION_REASON_MAX } from '@/lib/protocol';

export interface ReasonFieldProps {
  value: string;
  onChange: (reason: string) => void;
  disabled?: boolean;
  /** The organisation's policy requires one (lib/policy/): the label says so, and the form refuses without. */
  required?: boolean;
}

export function ReasonField({ value, onChange, disabled, required = false }: ReasonFieldProps) {
  const id = useId();
  const missing = required && value.trim() === '';
  return (
    <div className="mfa-field">
      <label htmlFor={`${id}-reason`}>{required ? t('policy.reason.label') : t('reason.label')}</label>
      <input
        id={`${id}-reason`}
        type="text"
        className="mfa-input"
        maxLength={ACTION_REASON_MAX}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        disabled={disabled}
        aria-required={required || undefined}
        aria-describedby={`${id}-reason-hint${missing ? ` ${id}-reason-missing` : ''}`}
      />
      <p id={`${id}-reason-hint`} className="mfa-hint">
        {t('reason.hint', { max: ACTION_REASON_MAX })}
      </p>
      {missing && (
        <p id={`${id}-reason-missing`} className="mfa-hint">
          {t('policy.reason.missing')}
        </p>
      )}
    </div>
  );
}
