/**
 * The last step before an admin action is sent: who, where, and the exact request.
 *
 * In the in-page panel a page script could dispatch synthetic clicks into our DOM, so with
 * `requireTrustedClicks` the Confirm button only acts on events the browser marks as trusted
 * (a real click or keyboard activation by the person at the keyboard).
 */
import { useId, useState, type ReactNode, type RefObject } from 'react';
import { t } from '@/lib/i18n';
import { describeOrg, describeUser } from './describe';
import { EnvironmentBadge } from './EnvironmentBadge';
import { RequestPreview } from './RequestPreview';
import type { PendingAction } from './use-action-flow';
import { ConfirmButtons } from './ConfirmButtons';
import { useConfirmDialog } from './use-confirm-dialog';

export interface ConfirmContent {
  title: string;
  /** One plain sentence saying what will happen to whom. */
  summary: string;
  /** What the admin should know before confirming (e.g. the target's current state); read with the summary. */
  notes?: ReactNode;
  confirmLabel: string;
  /** Extra checks the action needs before Confirm is enabled (e.g. typing the org name). */
  extra?: ReactNode;
  confirmDisabled?: boolean;
  /** Why the admin acts (e.g. a ticket reference), sent with the action for the audit history. */
  reason?: string;
}

export interface ConfirmActionProps extends ConfirmContent {
  pending: PendingAction;
  sending: boolean;
  requireTrustedClicks: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Where focus goes back to when the confirmation closes. */
  returnFocusTo: RefObject<HTMLElement | null>;
}

export function ConfirmAction(props: ConfirmActionProps) {
  const { pending, sending, requireTrustedClicks, onConfirm, onCancel, returnFocusTo } = props;
  const id = useId();
  const { dialogRef, onKeyDown } = useConfirmDialog(returnFocusTo, sending, onCancel);
  const { session, environment } = pending.status;
  // Resetting or opting out one's own account can lock the admin out of the very session that
  // would undo it, so it needs its own explicit acknowledgement.
  const ownAccount = pending.target !== null && pending.target.id === session.user?.id;
  const [ownAccountAcknowledged, setOwnAccountAcknowledged] = useState(false);
  // A guessed body is said first, before anything else the admin reads.
  const guessed = pending.request.source === 'default';
  const describedBy = [guessed && `${id}-guess`, `${id}-summary`, props.notes && `${id}-notes`].filter(Boolean).join(' ');

  return (
    <section
      ref={dialogRef}
      role="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={describedBy}
      aria-busy={sending}
      tabIndex={-1}
      className="mfa-confirm"
      onKeyDown={onKeyDown}
    >
      {guessed && (
        <p id={`${id}-guess`} className="mfa-warning mfa-warning--strong">
          {t('ui.confirm.guess')}
        </p>
      )}
      <h2 id={`${id}-title`} className="mfa-confirm__title">
        {props.title}
      </h2>
      <p id={`${id}-summary`}>{props.summary}</p>
      {props.notes && <div id={`${id}-notes`}>{props.notes}</div>}
      <dl className="mfa-facts">
        {pending.target && (
          <>
            <dt>{t('ui.confirm.user')}</dt>
            <dd>{describeUser(pending.target)}</dd>
          </>
        )}
        <dt>{t('ui.confirm.org')}</dt>
        <dd>{describeOrg(session.org)}</dd>
        <dt>{t('ui.confirm.environment')}</dt>
        <dd>
          <EnvironmentBadge environment={environment} /> {pending.status.origin}
        </dd>
      </dl>
      <RequestPreview request={pending.request} />
      {props.extra}
      {ownAccount && (
        <div className="mfa-warning mfa-warning--strong">
          <p>{t('selfLockout.warning')}</p>
          <label className="mfa-check">
            <input
              type="checkbox"
              checked={ownAccountAcknowledged}
              onChange={(event) => setOwnAccountAcknowledged(event.target.checked)}
              disabled={sending}
            />
            {t('selfLockout.ack')}
          </label>
        </div>
      )}
      <ConfirmButtons
        sending={sending}
        requireTrustedClicks={requireTrustedClicks}
        confirmLabel={props.confirmLabel}
        confirmDisabled={props.confirmDisabled || (ownAccount && !ownAccountAcknowledged)}
        onConfirm={onConfirm}
        onCancel={onCancel}
      />
    </section>
  );
}
