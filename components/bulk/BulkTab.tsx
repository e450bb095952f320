/**
 * The bulk tab: one action for many users. The list is looked up first (a dry run that sends
 * nothing), then the admin confirms, then the Resolver tab's content script runs it while this
 * view follows the run it stores. What is shown comes from that stored run, so closing the popup,
 * reopening it or reloading the tab loses nothing.
 */
import { NO_RESTRICTIONS, type Restrictions } from '@/lib/policy/effective-settings';
import { needsReason, policyFailure } from '@/lib/policy/policy-rules';
import { useRef, useState } from 'react';
import type { BulkBridge, BulkRunSource } from '@/lib/bulk/bulk-bridge';
import { bulkExportFileName, bulkRowsToCsv } from '@/lib/bulk/bulk-export';
import { countRows } from '@/lib/bulk/bulk-progress';
import type { BulkCommand, BulkRun } from '@/lib/bulk/bulk-schema';
import { t } from '@/lib/i18n';
import type { Failure, Result } from '@/lib/protocol';
import { downloadBlob } from '../audit/download';
import { FailureMessage } from '../FailureMessage';
import type { SignedInStatus } from '../use-action-flow';
import { BulkConfirm } from './BulkConfirm';
import { BulkControls } from './BulkControls';
import { BulkInput, EMPTY_DRAFT, type BulkDraft } from './BulkInput';
import { BulkProgress, isStarted } from './BulkProgress';
import { BulkResolving } from './BulkResolving';
import { BulkResults } from './BulkResults';
import { BulkSummary, readyRows } from './BulkSummary';
import { operationFor, operationLabel, usersWord } from './bulk-words';
import { useBulkRun, useNow } from './use-bulk-run';

export interface BulkTabProps {
  /** The tab's last admin status: bulk runs belong to its origin. */
  status: SignedInStatus;
  bridge: BulkBridge;
  runs: BulkRunSource;
  requireTrustedClicks: boolean;
  autoFocus?: boolean;
  /** Saves an export (by default a Blob URL download). */
  download?: (fileName: string, blob: Blob) => void;
  /** The organisation's policy: whether the chosen operation needs a reason (the tab refuses a run without). */
  restrictions?: Restrictions;
}

function Review(props: {
  run: BulkRun;
  focus: boolean;
  busy: boolean;
  requireTrustedClicks: boolean;
  onCommand: (command: BulkCommand) => void;
  onExport: () => void;
}) {
  const { run, busy, onCommand } = props;
  const [confirming, setConfirming] = useState(false);
  const startRef = useRef<HTMLButtonElement>(null);
  const ready = readyRows(run).length;

  return (
    <>
      <BulkSummary run={run} focus={props.focus} />
      <div className="mfa-actions mfa-actions--form">
        {ready > 0 && (
          <button
            ref={startRef}
            type="button"
            className="mfa-button mfa-button--primary"
            disabled={busy || confirming}
            onClick={() => setConfirming(true)}
          >
            {t('bulkUi.summary.start', { operation: operationLabel(run.operation), users: usersWord(ready) })}
          </button>
        )}
        <button type="button" className="mfa-button" disabled={busy || confirming} onClick={() => onCommand('discard')}>
          {t('bulkUi.startOver')}
        </button>
        <button type="button" className="mfa-button" onClick={props.onExport}>
          {t('bulkUi.control.export')}
        </button>
      </div>
      {confirming && (
        <BulkConfirm
          run={run}
          ready={ready}
          sending={busy}
          requireTrustedClicks={props.requireTrustedClicks}
          onConfirm={() => onCommand('start')}
          onCancel={() => setConfirming(false)}
          returnFocusTo={startRef}
        />
      )}
    </>
  );
}

export function BulkTab({ status, bridge, runs, requireTrustedClicks, autoFocus = false, download = downloadBlob, restrictions = NO_RESTRICTIONS }: BulkTabProps) {
  const { run, show } = useBulkRun(runs, status.origin);
  const [draft, setDraft] = useState<BulkDraft>(EMPTY_DRAFT);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [working, setWorking] = useState(false);
  /** Whether the admin acted in this tab yet: only then does a new step take focus. */
  const [acted, setActed] = useState(false);
  // React state lands after the event, so two quick clicks would both pass a state check; a ref
  // is read synchronously and blocks the second one (the same guard as the single actions').
  const busy = useRef(false);
  const now = useNow(run?.phase === 'running');

  async function exclusive(task: () => Promise<Result<BulkRun>>, onDone: (run: BulkRun) => void): Promise<void> {
    if (busy.current) return;
    busy.current = true;
    setWorking(true);
    setFailure(null);
    setActed(true);
    try {
      const result = await task();
      if (result.ok) onDone(result.value);
      else setFailure(result);
    } finally {
      busy.current = false;
      setWorking(false);
    }
  }

  const operation = operationFor(draft.choice);
  const reasonRequired = needsReason(restrictions, operation.action, 'optOut' in operation ? operation.optOut : undefined);

  function resolve(): void {
    const reason = draft.reason.trim();
    void exclusive(
      // Said here without asking the tab, which would refuse it the same way.
      async () =>
        reasonRequired && !reason
          ? policyFailure('reason-required', new URL(status.origin).hostname)
          : bridge.bulkResolve({ text: draft.text, operation, ...(reason ? { reason } : {}) }),
      show,
    );
  }

  function command(name: BulkCommand): void {
    if (!run) return;
    void exclusive(
      () => bridge.bulkCommand({ runId: run.id, command: name }),
      (next) => {
        // Started: the list is in the run now; a later new run starts from an empty form.
        if (name === 'start') setDraft(EMPTY_DRAFT);
        show(name === 'discard' ? null : next);
      },
    );
  }

  function exportCsv(): void {
    if (!run) return;
    // A byte-order mark, so spreadsheet apps read names with accents as UTF-8.
    download(bulkExportFileName(new Date()), new Blob(['\uFEFF', bulkRowsToCsv(run.rows)], { type: 'text/csv;charset=utf-8' }));
  }

  return (
    <div className="mfa-bulk">
      {run === undefined && <p className="mfa-progress">{t('bulkUi.loading')}</p>}
      {run === null && (
        <>
          <BulkInput
            draft={draft}
            onChange={setDraft}
            onSubmit={resolve}
            disabled={working}
            autoFocus={autoFocus || acted}
            reasonRequired={reasonRequired}
          />
          {working && <p className="mfa-progress">{t('bulkUi.resolving')}</p>}
        </>
      )}
      {run?.phase === 'resolving' && <BulkResolving run={run} focus={acted} />}
      {run?.phase === 'review' && (
        <Review
          run={run}
          focus={acted}
          busy={working}
          requireTrustedClicks={requireTrustedClicks}
          onCommand={command}
          onExport={exportCsv}
        />
      )}
      {run && isStarted(run.phase) && (
        <>
          <BulkProgress run={run} now={now} focus={acted} />
          <BulkControls
            run={run}
            counts={countRows(run.rows)}
            busy={working}
            requireTrustedClicks={requireTrustedClicks}
            onCommand={command}
            onExport={exportCsv}
          />
          <BulkResults run={run} />
        </>
      )}
      <div role="alert">{failure && <FailureMessage failure={failure} />}</div>
    </div>
  );
}
