/**
 * One exemption report as the admin reads it: the summary line, what to know before trusting it,
 * the scan's progress and controls while it runs, the exempt users, and the exports. Drawn from the
 * stored scan, so it is the same in the popup, the panel and the options page, and after reopening.
 */
import { useCallback, useId, useState } from 'react';
import { downloadBlob } from '@/components/audit/download';
import type { ReportBridge } from '@/lib/exemption-report/report-bridge';
import { reportFileName, reportToCsv, reportToJson } from '@/lib/exemption-report/report-export';
import type { ReportRow } from '@/lib/exemption-report/report-rows';
import type { ReportCommand, Scan } from '@/lib/exemption-report/report-schema';
import { scanCounts } from '@/lib/exemption-report/scan-counts';
import { t } from '@/lib/i18n';
import { formatNumber } from '@/lib/i18n/format';
import type { Failure } from '@/lib/protocol';
import { describeOrg } from '../describe';
import { FailureMessage } from '../FailureMessage';
import { ExemptUsersTable, type RowActions } from './ExemptUsersTable';
import { caveatWords, summaryWords } from './report-words';

type Command = Exclude<ReportCommand['command'], 'recheck'>;

export interface ExemptionReportProps {
  scan: Scan;
  rows: readonly ReportRow[];
  /** The tab's report commands; null where no tab of the report's environment answers (the options page). */
  commands: ReportBridge | null;
  /** Opting users back in; null where it cannot be done. */
  actions: Omit<RowActions, 'onOptedIn'> | null;
  /** Saves an export (a Blob URL download). */
  download?: (fileName: string, blob: Blob) => void;
}

function Progress({ scan }: { scan: Scan }) {
  const id = useId();
  const counts = scanCounts(scan);
  const total = counts.users;
  if (scan.phase === 'listing') return <p className="mfa-progress">{t('exemption.progress.listing', { org: describeOrg(scan.org) })}</p>;
  const reading = t('exemption.progress.reading', { read: formatNumber(counts.read), total: formatNumber(total) });
  return (
    <>
      <label htmlFor={`${id}-bar`} className="mfa-bulk-bar-label">
        {t('exemption.progress.label')}
      </label>
      <progress id={`${id}-bar`} className="mfa-bulk-bar" max={Math.max(total, 1)} value={counts.read} aria-valuetext={reading} />
      <p className="mfa-hint">
        {reading} {t('exemption.progress.exemptSoFar', { count: formatNumber(counts.exempt) })}
      </p>
    </>
  );
}

function PhaseNote({ scan }: { scan: Scan }) {
  const counts = scanCounts(scan);
  if (scan.phase === 'paused' && scan.pause) {
    const text = t(`exemption.paused.${scan.pause}`, { admin: scan.admin.name || scan.admin.email, org: describeOrg(scan.org) });
    return <p className={scan.pause === 'admin' ? 'mfa-bulk-note' : 'mfa-warning mfa-warning--strong'}>{text}</p>;
  }
  if (scan.phase === 'cancelled') {
    return <p className="mfa-bulk-note">{t('exemption.cancelled', { read: formatNumber(counts.read), total: formatNumber(counts.users) })}</p>;
  }
  if (scan.phase === 'failed') {
    const failure: Failure | null = scan.failure && !scan.failure.ok ? { ...scan.failure } : null;
    return (
      <div role="alert">
        <p className="mfa-error">{t('exemption.failed', { org: describeOrg(scan.org) })}</p>
        {failure && <FailureMessage failure={failure} />}
      </div>
    );
  }
  return null;
}

export function ExemptionReport({ scan, rows, commands, actions, download = downloadBlob }: ExemptionReportProps) {
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const counts = scanCounts(scan);
  const running = scan.phase === 'listing' || scan.phase === 'scanning';

  async function send(command: Command) {
    if (!commands || busy) return;
    setBusy(true);
    setFailure(null);
    const result = await commands.reportCommand({ scanId: scan.id, command });
    setBusy(false);
    if (!result.ok) setFailure(result);
  }

  // Stable for the scan: the table reads the user again once per accepted opt-in, not per render.
  const scanId = scan.id;
  const onOptedIn = useCallback(
    (userId: number) => {
      void commands?.reportCommand({ scanId, command: 'recheck', userId }).then((result) => {
        if (!result.ok) setFailure(result);
      });
    },
    [commands, scanId],
  );

  const button = (command: Command, label: string, primary = false) => (
    <button type="button" className={primary ? 'mfa-button mfa-button--primary' : 'mfa-button'} disabled={busy} onClick={() => void send(command)}>
      {label}
    </button>
  );

  const save = (extension: 'csv' | 'json') => {
    const text = extension === 'csv' ? reportToCsv(scan, rows) : reportToJson(scan, rows);
    const type = extension === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
    download(reportFileName(scan, extension, new Date()), new Blob([text], { type }));
  };

  return (
    <div className="mfa-exemption-report" aria-busy={running}>
      {scan.phase !== 'failed' && scan.phase !== 'listing' && <p className="mfa-report__summary">{summaryWords(scan)}</p>}
      {running && <Progress scan={scan} />}
      <div role="status" aria-live="polite">
        <PhaseNote scan={scan} />
        {scan.phase === 'finished' && caveatWords(scan).map((note) => <p key={note} className="mfa-warning">{note}</p>)}
      </div>
      {commands && (
        <div className="mfa-actions">
          {running && button('pause', t('exemption.pause'))}
          {scan.phase === 'paused' && button('resume', t('exemption.resume'), true)}
          {(running || scan.phase === 'paused') && button('cancel', t('exemption.cancel'))}
          {counts.failed > 0 && !running && button('retryFailed', t('exemption.retryFailed'))}
          {!running && button('discard', t('exemption.discard'))}
        </div>
      )}
      {failure && (
        <div role="alert">
          <FailureMessage failure={failure} />
        </div>
      )}
      {scan.phase !== 'listing' && scan.phase !== 'failed' && (
        <ExemptUsersTable scan={scan} rows={rows} actions={actions && !running ? { ...actions, onOptedIn } : null} />
      )}
      {scan.phase !== 'listing' && scan.phase !== 'failed' && (
        <div className="mfa-actions">
          <button type="button" className="mfa-button" onClick={() => save('csv')}>
            {t('exemption.exportCsv')}
          </button>
          <button type="button" className="mfa-button" onClick={() => save('json')}>
            {t('exemption.exportJson')}
          </button>
        </div>
      )}
    </div>
  );
}
