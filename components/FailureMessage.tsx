/** A failure in plain words: what went wrong in our terms, then Resolver's own message. */
import type { Failure } from '@/lib/protocol';
import { failureText } from '@/lib/failure-text';

export function FailureMessage({ failure }: { failure: Failure }) {
  const { summary, detail } = failureText(failure);
  return (
    <div className="mfa-outcome mfa-outcome--failure">
      <p>{summary}</p>
      {detail && <p className="mfa-outcome__detail">{detail}</p>}
    </div>
  );
}
