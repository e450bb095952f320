/**
 * The frame every MFA form shares: the form itself (disabled and aria-busy while working), the
 * confirmation while one is pending, and the outcome.
 */
import { useRef, type ReactNode, type RefObject } from 'react';
import { t } from '@/lib/i18n';
import type { ResolverBridge, Result, TabStatus } from '@/lib/protocol';
import { ACTIONS } from '@/lib/resolver/knowledge';
import { BodyHelp } from './BodyHelp';
import { ConfirmAction, type ConfirmContent } from './ConfirmAction';
import { OutcomeMessage } from './OutcomeMessage';
import type { ActionFlow, PendingAction, SignedInStatus } from './use-action-flow';

/** What MfaHelper hands to each form. */
export interface ActionFormBaseProps {
  bridge: ResolverBridge;
  refreshStatus: () => Promise<Result<TabStatus>>;
  requireTrustedClicks: boolean;
  /** Opens the Swagger page in the Resolver tab (the popup only). */
  openSwaggerPage?: () => void;
}

/** One submit button, which Enter in a field also presses. */
interface SingleSubmit {
  submitLabel: string;
  submitDisabled?: boolean;
  /** Id of the text explaining why submit is disabled. */
  submitDescribedBy?: string;
}

/**
 * Several buttons (type="button") instead, for when Enter must not pick one of them: a browser's
 * implicit submission presses the form's first submit button. With none, Enter in the form's only
 * text field submits the form, which runs onSubmit alone.
 */
interface SeveralButtons {
  buttons: ReactNode;
}

export type ActionFormProps = (SingleSubmit | SeveralButtons) & {
  flow: ActionFlow;
  /** The tab's last status: where the admin may find the body when no description gives it. */
  status: SignedInStatus;
  openSwaggerPage?: () => void;
  /** Accessible name of the form. */
  label: string;
  /** Runs on the submit button, or on Enter in a field. */
  onSubmit: () => void;
  confirmation: (pending: PendingAction) => ConfirmContent;
  describeSuccess: (done: PendingAction) => string;
  requireTrustedClicks: boolean;
  /** Focus returns here when the confirmation closes; defaults to the single submit button. */
  returnFocusTo?: RefObject<HTMLElement | null>;
  children: ReactNode;
};

export function ActionForm(props: ActionFormProps) {
  const { flow } = props;
  const submitRef = useRef<HTMLButtonElement>(null);
  const working = flow.phase === 'working';
  const sending = flow.phase === 'sending';
  const confirmation = flow.pending && props.confirmation(flow.pending);

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
          {'buttons' in props ? (
            <div className="mfa-actions mfa-actions--form">{props.buttons}</div>
          ) : (
            <button
              ref={submitRef}
              type="submit"
              className="mfa-button mfa-button--primary"
              disabled={props.submitDisabled}
              aria-describedby={props.submitDescribedBy}
            >
              {props.submitLabel}
            </button>
          )}
        </fieldset>
        {working && <p className="mfa-progress">{t('ui.progress.working')}</p>}
      </form>
      {flow.pending && confirmation && (
        <ConfirmAction
          {...confirmation}
          pending={flow.pending}
          sending={sending}
          requireTrustedClicks={props.requireTrustedClicks}
          onConfirm={() => void flow.confirm(confirmation.reason)}
          onCancel={flow.cancel}
          returnFocusTo={props.returnFocusTo ?? submitRef}
        />
      )}
      <OutcomeMessage outcome={flow.outcome} describeSuccess={props.describeSuccess} />
      {flow.needsBodyHelp && (
        <BodyHelp
          operation={`${ACTIONS[flow.action].method} ${ACTIONS[flow.action].path}`}
          sandbox={props.status.environment === 'sandbox'}
          onSwaggerPage={props.status.swagger !== null}
          openSwaggerPage={props.openSwaggerPage}
          disabled={flow.phase !== 'editing'}
          onRetry={(help) => void flow.retryWith(help)}
        />
      )}
    </>
  );
}
