/**
 * What happened, in plain words. The live region is always rendered so screen readers announce
 * the text when it appears.
 */
import { FailureMessage } from './FailureMessage';
import type { FlowOutcome, PendingAction } from './use-action-flow';

export interface OutcomeMessageProps {
  outcome: FlowOutcome | null;
  describeSuccess: (done: PendingAction) => string;
}

export function OutcomeMessage({ outcome, describeSuccess }: OutcomeMessageProps) {
  return (
    <div role="status" aria-live="polite">
      {outcome?.ok === true && (
        <p className="mfa-outcome mfa-outcome--success">{describeSuccess(outcome.action)}</p>
      )}
      {outcome?.ok === false && <FailureMessage failure={outcome} />}
    </div>
  );
}
