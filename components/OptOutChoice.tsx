/** The user's current MFA state in this org and the change to make. */
import { useId } from 'react';
import { t } from '@/lib/i18n';
import type { MembershipLookup } from './use-membership';

export interface OptOutChoiceProps {
  membership: MembershipLookup;
  /** true = opt out, false = opt back in, null = not chosen yet. */
  choice: boolean | null;
  onChoose: (optOut: boolean) => void;
  choiceMissing: boolean;
}

function currentState(membership: MembershipLookup): string {
  if (membership.state === 'loading') return t('ui.optOut.current.loading');
  if (membership.state === 'known' && membership.membership.mfaOptOut === true) return t('ui.optOut.current.optedOut');
  if (membership.state === 'known' && membership.membership.mfaOptOut === false) return t('ui.optOut.current.subject');
  return t('ui.optOut.current.unknown');
}

export function OptOutChoice({ membership, choice, onChoose, choiceMissing }: OptOutChoiceProps) {
  const id = useId();
  return (
    <>
      <p className="mfa-current" aria-live="polite">
        {currentState(membership)}
      </p>
      <fieldset
        className="mfa-choices"
        aria-invalid={choiceMissing ? true : undefined}
        aria-describedby={choiceMissing ? `${id}-error` : undefined}
      >
        <legend>{t('ui.optOut.choiceLegend')}</legend>
        <label className="mfa-choice">
          <input type="radio" name={`${id}-choice`} checked={choice === true} onChange={() => onChoose(true)} />
          {t('ui.optOut.choice.out')}
        </label>
        <label className="mfa-choice">
          <input type="radio" name={`${id}-choice`} checked={choice === false} onChange={() => onChoose(false)} />
          {t('ui.optOut.choice.in')}
        </label>
        {choiceMissing && (
          <p id={`${id}-error`} className="mfa-error">
            {t('ui.optOut.choiceMissing')}
          </p>
        )}
      </fieldset>
    </>
  );
}
