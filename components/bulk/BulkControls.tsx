/**
 * What the admin can do with a started run: pause, resume, cancel (confirmed: it cannot be
 * undone), retry the failed rows, start a new run, and export the rows.
 */
import { useId, useRef, useState } from 'react';
import type { BulkCounts } from '@/lib/bulk/bulk-progress';
import type { BulkCommand, BulkRun } from '@/lib/bulk/bulk-schema';
import { t } from '@/lib/i18n';
import { formatNumber } from '@/lib/i18n/format';
import { trustedOnly } from '../trusted-click';

export interface BulkControlsProps {
  run: BulkRun;
  counts: BulkCounts;
  /** A command is on its way: every control waits. */
  busy: boolean;
  requireTrustedClicks: boolean;
  onCommand: (command: BulkCommand) => void;
  onExport: () => void;
}

function CancelConfirm({ remaining, onConfirm, onKeep }: { remaining: number; onConfirm: () => void; onKeep: () => void }) {
  const id = useId();
  return (
    <section
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-what`}
      className="mfa-confirm mfa-bulk-cancel"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onKeep();
      }}
    >
      <h2 id={`${id}-title`} className="mfa-confirm__title">
        {t('bulkUi.cancel.title')}
      </h2>
      <p id={`${id}-what`}>{t('bulkUi.cancel.what', { remaining: formatNumber(remaining) })}</p>
      <div className="mfa-actions">
        {/* The safe choice takes focus: Enter by habit keeps the run going. */}
        <button type="button" className="mfa-button" onClick={onKeep} autoFocus>
          {t('bulkUi.cancel.keep')}
        </button>
        <button type="button" className="mfa-button mfa-button--danger" onClick={onConfirm}>
          {t('bulkUi.cancel.confirm')}
        </button>
      </div>
    </section>
  );
}

export function BulkControls({ run, counts, busy, requireTrustedClicks, onCommand, onExport }: BulkControlsProps) {
  const id = useId();
  const [cancelling, setCancelling] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const { phase } = run;
  const live = phase === 'running' || phase === 'paused';
  const over = phase === 'finished' || phase === 'cancelled';
  const trusted = (action: () => void) => trustedOnly(requireTrustedClicks, action);

  function closeCancel(command: BulkCommand | null) {
    setCancelling(false);
    if (command) onCommand(command);
    else cancelRef.current?.focus();
  }

  return (
    <>
      <div className="mfa-actions mfa-actions--form mfa-bulk-controls">
        {phase === 'running' && (
          <button type="button" className="mfa-button" disabled={busy} onClick={() => onCommand('pause')}>
            {t('bulkUi.control.pause')}
          </button>
        )}
        {phase === 'paused' && (
          <button type="button" className="mfa-button mfa-button--primary" disabled={busy} onClick={trusted(() => onCommand('resume'))}>
            {t('bulkUi.control.resume')}
          </button>
        )}
        {live && (
          <button
            ref={cancelRef}
            type="button"
            className="mfa-button"
            disabled={busy}
            aria-expanded={cancelling}
            onClick={() => setCancelling(true)}
          >
            {t('bulkUi.control.cancel')}
          </button>
        )}
        {(phase === 'finished' || phase === 'paused') && counts.failed > 0 && (
          <button type="button" className="mfa-button mfa-button--primary" disabled={busy} onClick={trusted(() => onCommand('retryFailed'))}>
            {t('bulkUi.control.retry')}
          </button>
        )}
        <button type="button" className="mfa-button" onClick={onExport}>
          {t('bulkUi.control.export')}
        </button>
        {over && (
          <button
            type="button"
            className="mfa-button"
            disabled={busy}
            aria-describedby={`${id}-new-hint`}
            onClick={() => onCommand('discard')}
          >
            {t('bulkUi.control.newRun')}
          </button>
        )}
      </div>
      {over && (
        <p id={`${id}-new-hint`} className="mfa-hint">
          {t('bulkUi.control.newRunHint')}
        </p>
      )}
      {cancelling && live && (
        <CancelConfirm remaining={counts.remaining} onConfirm={() => closeCancel('cancel')} onKeep={() => closeCancel(null)} />
      )}
    </>
  );
}
