/**
 * "Remind me to opt them back in" on the opt-out form. Never is the default, so opting out stays at
 * three interactions; a chosen period only applies to opting out, and only once that succeeded.
 */
import { useId } from 'react';
import { t } from '@/lib/i18n';
import { OPT_OUT_REMINDER_DAYS, OptOutReminderDaysSchema, type OptOutReminderDays } from '@/lib/protocol';
import { periodWords } from './reminder-words';

export interface OptOutReminderFieldProps {
  /** null = Never. */
  value: OptOutReminderDays | null;
  onChange: (days: OptOutReminderDays | null) => void;
}

const NEVER = 'never';

export function OptOutReminderField({ value, onChange }: OptOutReminderFieldProps) {
  const id = useId();
  return (
    <div className="mfa-field">
      <label htmlFor={`${id}-select`}>{t('reminders.field.label')}</label>
      <select
        id={`${id}-select`}
        className="mfa-input"
        value={value === null ? NEVER : String(value)}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const days = OptOutReminderDaysSchema.safeParse(Number(event.target.value));
          onChange(days.success ? days.data : null);
        }}
      >
        <option value={NEVER}>{t('reminders.field.never')}</option>
        {OPT_OUT_REMINDER_DAYS.map((days) => (
          <option key={days} value={String(days)}>
            {t('reminders.field.in', { period: periodWords(days) })}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="mfa-hint">
        {t('reminders.field.hint')}
      </p>
    </div>
  );
}
