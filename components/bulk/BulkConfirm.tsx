/**
 * The last step before a bulk run sends anything: the operation, how many users, the org, the
 * environment and the Resolver host in one plain sentence, as the single-user confirmation does.
 *
 * In the in-page panel a page script could dispatch synthetic clicks into our DOM, so with
 * `requireTrustedClicks` the start button only acts on events the browser marks as trusted.
 */
import { useId, type RefObject } from 'react';
import type { BulkRun } from '@/lib/bulk/bulk-schema';
import { t } from '@/lib/i18n';
import { formatNumber } from '@/lib/i18n/format';
import { describeOrg } from '../describe';
import { EnvironmentBadge } from '../EnvironmentBadge';
import { operationChoice, placeOf, usersWord } from './bulk-words';
import { ConfirmButtons } from '../ConfirmButtons';
import { useConfirmDialog } from '../use-confirm-dialog';

export interface BulkConfirmProps {
  run: BulkRun;
  /** Users the run will send to (the dry run's ready rows). */
  ready: number;
  sending: boolean;
  requireTrustedClicks: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Where focus goes back to when the confirmation closes. */
  returnFocusTo: RefObject<HTMLElement | null>;
}

export function BulkConfirm({ run, ready, sending, requireTrustedClicks, onConfirm, onCancel, returnFocusTo }: BulkConfirmProps) {
  const id = useId();
  const { dialogRef, onKeyDown } = useConfirmDialog(returnFocusTo, sending, onCancel);
  const choice = operationChoice(run.operation);
  const users = usersWord(ready);
  const flagged = run.rows.length - ready;

  return (
    <section
      ref={dialogRef}
      role="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-summary`}
      aria-busy={sending}
      tabIndex={-1}
      className="mfa-confirm"
      onKeyDown={onKeyDown}
    >
      <h2 id={`${id}-title`} className="mfa-confirm__title">
        {t('bulkUi.confirm.title')}
      </h2>
      <div id={`${id}-summary`}>
        <p>
          <strong>{t(`bulkUi.confirm.${choice}`, { users, ...placeOf(run) })}</strong>
        </p>
        <p>{t(`bulkUi.confirm.effect.${choice}`)}</p>
        {flagged > 0 && <p>{t('bulkUi.confirm.flagged', { count: formatNumber(flagged) })}</p>}
      </div>
      <dl className="mfa-facts">
        <dt>{t('ui.confirm.org')}</dt>
        <dd>{describeOrg(run.org)}</dd>
        <dt>{t('ui.confirm.environment')}</dt>
        <dd>
          <EnvironmentBadge environment={run.environment} /> {run.origin}
        </dd>
        <dt>{t('bulkUi.confirm.admin')}</dt>
        <dd>{run.admin.name}</dd>
        {run.reason && (
          <>
            <dt>{t('bulkUi.confirm.reason')}</dt>
            <dd>{run.reason}</dd>
          </>
        )}
      </dl>
      <ConfirmButtons
        sending={sending}
        requireTrustedClicks={requireTrustedClicks}
        confirmLabel={t(`bulkUi.confirm.go.${choice}`, { users })}
        onConfirm={onConfirm}
        onCancel={onCancel}
      />
    </section>
  );
}
