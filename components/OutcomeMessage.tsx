/**
 * What happened, in plain words. The live region is always rendered so screen readers announce
 * the text when it appears.
 */
import { t } from '@/lib/i18n';
import { FailureMessage } from './FailureMessage';
import type { FlowFailure, FlowOutcome, PendingAction } from './use-action-flow';

/** A 400 to a body the helper did not take from the environment's description: which one, and the fix. */
function rejectedBodyHint(failure: FlowFailure): string | null {
  const source = failure.sentSource;
  if (failure.status !== 400 || (source !== 'default' && source !== 'pasted' && source !== 'example-box')) return null;
  return t(`ui.rejected.${source}`);
}

export interface OutcomeMessageProps {
  outcome: FlowOutcome | null;
  describeSuccess: (done: PendingAction) => string;
}

export function OutcomeMessage({ outcome, describeSuccess }: OutcomeMessageProps) {
  const hint = outcome?.ok === false ? rejectedBodyHint(outcome) : null;
  return (
    <div role="status" aria-live="polite">
      {outcome?.ok === true && (
        <p className="mfa-outcome mfa-outcome--success">{describeSuccess(outcome.action)}</p>
      )}
      {outcome?.ok === true && outcome.result.unsaved !== undefined && (
        <p className="mfa-warning">{t(`storage.unsaved.${outcome.result.unsaved}`)}</p>
      )}
      {outcome?.ok === false && <FailureMessage failure={outcome} />}
      {hint !== null && <p className="mfa-warning">{hint}</p>}
    </div>
  );
}
