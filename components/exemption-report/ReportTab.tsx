/**
 * The Report tab of the popup and the panel: "who is exempt from MFA?" for the tab's org. Starts a
 * scan (reads only), then shows the stored report of this environment as it fills in; the scan goes
 * on in the Resolver tab when the popup closes.
 */
import { useId, useState } from 'react';
import type { ReportBridge } from '@/lib/exemption-report/report-bridge';
import type { ReportSource } from '@/lib/exemption-report/report-store';
import { t } from '@/lib/i18n';
import type { Failure, ResolverBridge, Result, TabStatus } from '@/lib/protocol';
import { describeOrg } from '../describe';
import { FailureMessage } from '../FailureMessage';
import type { SignedInStatus } from '../use-action-flow';
import { ExemptionReport } from './ExemptionReport';
import { useReportRows, useStoredScans, type RowSources } from './use-report-rows';

export interface ReportTabProps {
  status: SignedInStatus;
  bridge: ResolverBridge;
  commands: ReportBridge;
  reports: ReportSource;
  refreshStatus: () => Promise<Result<TabStatus>>;
  requireTrustedClicks: boolean;
  /** Opens the reports on the options page (the popup). */
  openFullPage?: () => void;
  /** The history and reminders the rows are joined with (the shared stores by default). */
  sources?: RowSources;
}

export function ReportTab({ status, bridge, commands, reports, refreshStatus, requireTrustedClicks, openFullPage, sources }: ReportTabProps) {
  const id = useId();
  const scans = useStoredScans(reports);
  const scan = scans?.find((stored) => stored.origin === status.origin) ?? null;
  const rows = useReportRows(scan, sources);
  const [starting, setStarting] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const org = status.session.org ? describeOrg(status.session.org) : '';
  const running = scan?.phase === 'listing' || scan?.phase === 'scanning';

  async function start() {
    if (starting) return;
    setStarting(true);
    setFailure(null);
    const result = await commands.reportStart({});
    setStarting(false);
    if (!result.ok) setFailure(result);
  }

  return (
    <section className="mfa-report-tab" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="mfa-bulk-heading">
        {t('exemption.heading')}
      </h2>
      <p className="mfa-intro">{t('exemption.intro', { org })}</p>
      {!running && (
        <div className="mfa-actions">
          <button type="button" className="mfa-button mfa-button--primary" disabled={starting} onClick={() => void start()}>
            {t(scan ? 'exemption.again' : 'exemption.start', { org })}
          </button>
          {openFullPage && (
            <button type="button" className="mfa-button" onClick={openFullPage}>
              {t('exemption.fullPage')}
            </button>
          )}
        </div>
      )}
      <div aria-live="polite">{starting && <p className="mfa-progress">{t('exemption.starting')}</p>}</div>
      {failure && (
        <div role="alert">
          <FailureMessage failure={failure} />
        </div>
      )}
      {scan && (
        <ExemptionReport scan={scan} rows={rows} commands={commands} actions={{ bridge, refreshStatus, requireTrustedClicks }} />
      )}
    </section>
  );
}
