/**
 * The options page's "Exemption reports": the latest report of every Resolver environment, full
 * width. Scanning again and opting users back in go through an open, signed-in tab of that
 * environment (the scan's reads and the opt-in must use its own session); without one, the report
 * stays readable and exportable.
 */
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { ReportBridge } from '@/lib/exemption-report/report-bridge';
import type { Scan } from '@/lib/exemption-report/report-schema';
import type { ReportSource } from '@/lib/exemption-report/report-store';
import { t } from '@/lib/i18n';
import type { Failure, ResolverBridge } from '@/lib/protocol';
import { describeOrg, environmentWord } from '../describe';
import type { ResolverTab } from '../environment/EnvironmentsSection';
import { FailureMessage } from '../FailureMessage';
import { EXEMPTION_REPORTS_ANCHOR } from './anchor';
import { ExemptionReport } from './ExemptionReport';
import { useReportRows, useStoredScans, type RowSources } from './use-report-rows';

export interface ReportsSectionProps {
  reports: ReportSource;
  /** The open tabs on Resolver hosts. */
  listTabs: () => Promise<ResolverTab[]>;
  bridgeFor: (tabId: number) => ResolverBridge & ReportBridge;
  /** The history and reminders the rows are joined with (the shared stores by default). */
  sources?: RowSources;
  download?: (fileName: string, blob: Blob) => void;
}

function StoredReport({ scan, bridge, sources, download }: { scan: Scan; bridge: (ResolverBridge & ReportBridge) | null } & Pick<ReportsSectionProps, 'sources' | 'download'>) {
  const id = useId();
  const rows = useReportRows(scan, sources);
  const [failure, setFailure] = useState<Failure | null>(null);
  const running = scan.phase === 'listing' || scan.phase === 'scanning';
  const refreshStatus = useCallback(() => (bridge ? bridge.getStatus() : Promise.resolve<Failure>({ ok: false, kind: 'no-resolver-tab' })), [bridge]);
  const actions = useMemo(() => (bridge ? { bridge, refreshStatus, requireTrustedClicks: false } : null), [bridge, refreshStatus]);

  async function again() {
    if (!bridge) return;
    setFailure(null);
    const result = await bridge.reportStart({});
    if (!result.ok) setFailure(result);
  }

  return (
    <article className="mfa-report-entry" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="mfa-notice__title">
        {t('exemption.options.report', { org: describeOrg(scan.org), environment: environmentWord(scan.environment), origin: scan.origin })}
      </h3>
      {bridge === null && <p className="mfa-hint">{t('exemption.options.noTab', { origin: scan.origin })}</p>}
      {bridge !== null && !running && (
        <button type="button" className="mfa-button mfa-button--primary" onClick={() => void again()}>
          {t('exemption.again', { org: describeOrg(scan.org) })}
        </button>
      )}
      {failure && (
        <div role="alert">
          <FailureMessage failure={failure} />
        </div>
      )}
      <ExemptionReport scan={scan} rows={rows} commands={bridge} actions={actions} download={download} />
    </article>
  );
}

export function ReportsSection({ reports, listTabs, bridgeFor, sources, download }: ReportsSectionProps) {
  const id = useId();
  const scans = useStoredScans(reports);
  const [tabs, setTabs] = useState<ResolverTab[]>([]);
  useEffect(() => {
    void listTabs().then(setTabs, () => setTabs([]));
  }, [listTabs, scans?.length]);
  // One bridge per open tab of a report's origin (the first such tab), kept while the tab is.
  const bridges = useMemo(() => {
    const byOrigin = new Map<string, ResolverBridge & ReportBridge>();
    for (const tab of tabs) {
      const origin = new URL(tab.url).origin;
      if (!byOrigin.has(origin)) byOrigin.set(origin, bridgeFor(tab.id));
    }
    return byOrigin;
  }, [tabs, bridgeFor]);

  return (
    <section id={EXEMPTION_REPORTS_ANCHOR} className="mfa-helper mfa-history" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="mfa-title">
        {t('exemption.options.heading')}
      </h2>
      <p className="mfa-intro">{t('exemption.options.intro')}</p>
      {scans !== null && scans.length === 0 && <p>{t('exemption.options.none')}</p>}
      {(scans ?? []).map((scan) => (
        <StoredReport key={scan.origin} scan={scan} bridge={bridges.get(scan.origin) ?? null} sources={sources} download={download} />
      ))}
    </section>
  );
}
