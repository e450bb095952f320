/**
 * The frame every MFA form shares: the form itself (disabled and aria-busy while working), the
 * confirmation while one is pending, and the outcome.
 */
import { useRef, type ReactNode, type RefObject } from 'react';
import { t } from '@/lib/i18n';
import type { ResolverBridge, Result, TabStatus } from '@/lib/protocol';
import { ConfirmAction, type ConfirmContent } from './ConfirmAction';
import { OutcomeMessage } from './OutcomeMessage';
import type { ActionFlow, PendingAction } from './use-action-flow';

/** What MfaHelper hands to each form. */
export interface ActionFormBaseProps {
  bridge: ResolverBridge;
  refreshStatus: () => Promise<Result<TabStatus>>;
  requireTrustedClicks: boolean;
}

export interface ActionFormProps {
  flow: ActionFlow;
  /** Accessible name of the form. */
  label: string;
  onSubmit: () => void;
  submitLabel: string;
  submitDisabled?: boolean;
  /** Id of the text explaining why submit is disabled. */
  submitDescribedBy?: string;
  confirmation: (pending: PendingAction) => ConfirmContent;
  describeSuccess: (done: PendingAction) => string;
  requireTrustedClicks: boolean;
  /** Focus returns here when the confirmation closes; defaults to the submit button. */
  returnFocusTo?: RefObject<HTMLElement | null>;
  children: ReactNode;
}

export function ActionForm(props: ActionFormProps) {
  const { flow } = props;
  const submitRef = useRef<HTMLButtonElement>(null);
  const working = flow.phase === 'working';
  const sending = flow.phase === 'sending';

  return (
    <>
      <form
        aria-label={props.label}
        aria-busy={working || sending}
        className="mfa-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit();
        }}
      >
        <fieldset className="mfa-fieldset" disabled={flow.phase !== 'editing'}>
          {props.children}
          <button
            ref={submitRef}
            type="submit"
            className="mfa-button mfa-button--primary"
            disabled={props.submitDisabled}
            aria-describedby={props.submitDescribedBy}
          >
            {props.submitLabel}
          </button>
        </fieldset>
        {working && <p className="mfa-progress">{t('ui.progress.working')}</p>}
      </form>
      {flow.pending && (
        <ConfirmAction
          {...props.confirmation(flow.pending)}
          pending={flow.pending}
          sending={sending}
          requireTrustedClicks={props.requireTrustedClicks}
          onConfirm={() => void flow.confirm()}
          onCancel={flow.cancel}
          returnFocusTo={props.returnFocusTo ?? submitRef}
        />
      )}
      <OutcomeMessage outcome={flow.outcome} describeSuccess={props.describeSuccess} />
    </>
  );
}
