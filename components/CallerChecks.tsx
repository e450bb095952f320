/**
 * The lost-phone checks in the reset confirmation: the caller-verification checklist the admin
 * configured (Confirm stays disabled until every item is ticked) and a reason or ticket reference,
 * recorded in the audit history: optional, unless the organisation's policy requires it (Confirm
 * then stays disabled until one is written). A fresh confirmation starts unticked.
 */
import { useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { ReasonField } from './ReasonField';
import type { PendingAction } from './use-action-flow';

interface Checks {
  pending: PendingAction | null;
  ticked: readonly boolean[];
  reason: string;
}

/** The checks' state, belonging to one pending confirmation: a new one starts afresh. */
export function useCallerChecks(pending: PendingAction | null, items: readonly string[] | null, reasonRequired = false) {
  const [checks, setChecks] = useState<Checks>({ pending: null, ticked: [], reason: '' });
  const current: Checks = checks.pending === pending ? checks : { pending, ticked: [], reason: '' };
  return {
    items,
    ticked: current.ticked,
    reason: current.reason,
    reasonRequired,
    /** null items: the settings are still being read, so nothing can be confirmed yet. */
    complete:
      items !== null && items.every((_, index) => current.ticked[index] === true) && (!reasonRequired || current.reason.trim() !== ''),
    toggle(index: number, on: boolean) {
      const ticked = [...current.ticked];
      ticked[index] = on;
      setChecks({ ...current, ticked });
    },
    setReason(reason: string) {
      setChecks({ ...current, reason });
    },
  };
}

export type CallerChecksState = ReturnType<typeof useCallerChecks>;

export function CallerChecks({ checks, disabled }: { checks: CallerChecksState; disabled: boolean }) {
  const id = useId();
  const { items } = checks;
  return (
    <>
      {items && items.length > 0 && (
        <fieldset className="mfa-checklist" aria-describedby={`${id}-hint`}>
          <legend>{t('checklist.legend')}</legend>
          <p id={`${id}-hint`} className="mfa-hint">
            {t('checklist.hint')}
          </p>
          {items.map((item, index) => (
            <label key={`${index}-${item}`} className="mfa-check">
              <input
                type="checkbox"
                checked={checks.ticked[index] === true}
                onChange={(event) => checks.toggle(index, event.target.checked)}
                disabled={disabled}
              />
              {item}
            </label>
          ))}
        </fieldset>
      )}
      <ReasonField value={checks.reason} onChange={checks.setReason} disabled={disabled} required={checks.reasonRequired} />
    </>
  );
}
