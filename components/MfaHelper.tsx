/**
 * The helper as the admin sees it, in the popup and in the panel on Resolver's Swagger page:
 * the tab's status, then the three MFA actions (and bulk runs, where the surface offers them).
 * It opens on the tab the admin used last.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { t } from '@/lib/i18n';
import type { BulkBridge, BulkRunSource } from '@/lib/bulk/bulk-bridge';
import type { ReportBridge } from '@/lib/exemption-report/report-bridge';
import type { ReportSource } from '@/lib/exemption-report/report-store';
import type { EnvironmentCheckBridge } from '@/lib/environment-check/report-schema';
import type { ResolverBridge, Result, TabStatus } from '@/lib/protocol';
import type { HelperTab } from '@/lib/settings/settings-schema';
import type { Restrictions } from '@/lib/policy/effective-settings';
import { environmentAllowed } from '@/lib/policy/policy-rules';
import { ActionTabs, type ActionTab } from './ActionTabs';
import { EnforceMfaForm } from './EnforceMfaForm';
import { FailureMessage } from './FailureMessage';
import { HelperShell, type Surface } from './HelperShell';
import { MfaOptOutForm } from './MfaOptOutForm';
import { EnvironmentCheck } from './environment/EnvironmentCheck';
import { DueOptOutsSection } from './reminders/DueOptOutsSection';
import { ResetMfaForm } from './ResetMfaForm';
import { StatusHeader } from './StatusHeader';
import { TabStateNotice } from './TabStateNotice';
import { useRememberedTab } from './use-remembered-tab';
import type { SignedInStatus } from './use-action-flow';
import { useTabStatus } from './use-tab-status';
import { useRestrictions, type PolicySource } from './use-policy';

export interface MfaHelperProps {
  bridge: ResolverBridge & EnvironmentCheckBridge;
  surface: Surface;
  /** In the page, only clicks the browser marks as trusted may confirm an action. */
  requireTrustedClicks?: boolean;
  /** Shown below the actions (the popup's link to the history). */
  footer?: ReactNode;
  /** Bulk runs: the tab's bulk commands and its stored run. Without it there is no Bulk tab. */
  bulk?: { bridge: BulkBridge; runs: BulkRunSource };
  /** Opens the Swagger page in the Resolver tab (the popup), where the environment's API description can be read. */
  openSwaggerPage?: () => void;
  /** The exemption report: the tab's report commands and the stored reports. Without it there is no Report tab. */
  report?: { bridge: ReportBridge; reports: ReportSource; openFullPage?: () => void };
  /** The organisation's policy (managed storage by default; tests pass their own). */
  policy?: PolicySource;
}

/** What the organisation turned off, said where the feature would be (the tab's service refuses it too). */
function TurnedOff({ text }: { text: string }) {
  return <p className="mfa-warning mfa-warning--strong">{text}</p>;
}

/** Why the helper does nothing on this environment, when the organisation does not allow it. */
function EnvironmentRefused({ hostname, restrictions }: { hostname: string; restrictions: Restrictions }) {
  return (
    <p role="alert" className="mfa-warning mfa-warning--strong">
      {t('policy.environment.notice', { host: hostname, allowed: (restrictions.allowedEnvironments ?? []).join(', ') })}
    </p>
  );
}

function StatusNotice({ status }: { status: Result<TabStatus> | null }) {
  if (status === null) return null;
  if (!status.ok) {
    if (status.kind === 'no-resolver-tab') return <TabStateNotice state="no-resolver-tab" />;
    return (
      <div role="alert">
        <FailureMessage failure={status} />
      </div>
    );
  }
  if (!status.value.session) return <TabStateNotice state="signed-out" />;
  if (!status.value.session.isAdmin) return <TabStateNotice state="not-admin" />;
  return null;
}

// The Bulk and Exemptions tabs are loaded when first opened (ActionTabs draws a tab then): most
// openings are a single action, and these two are the largest views after the forms.
const BulkTab = lazy(() => import('./bulk/BulkTab').then(({ BulkTab }) => ({ default: BulkTab })));
const ReportTab = lazy(() => import('./exemption-report/ReportTab').then(({ ReportTab }) => ({ default: ReportTab })));

/** While a tab's code loads: a line that says so, announced politely. */
function TabLoading() {
  return <p role="status">{t('ui.tabs.loading')}</p>;
}

function bulkTab(
  bulk: MfaHelperProps['bulk'],
  status: SignedInStatus,
  requireTrustedClicks: boolean,
  autoFocus: boolean,
  restrictions: Restrictions,
): ActionTab<HelperTab>[] {
  if (!bulk) return [];
  const content = restrictions.allowBulkRuns ? (
    <Suspense fallback={<TabLoading />}>
      <BulkTab
        status={status}
        bridge={bulk.bridge}
        runs={bulk.runs}
        requireTrustedClicks={requireTrustedClicks}
        autoFocus={autoFocus}
        restrictions={restrictions}
      />
    </Suspense>
  ) : (
    <TurnedOff text={t('policy.tab.bulkOff')} />
  );
  return [{ key: 'bulk', label: t('bulkUi.tab'), content }];
}

function reportTab(
  report: MfaHelperProps['report'],
  bridge: ResolverBridge,
  status: SignedInStatus,
  refreshStatus: () => Promise<Result<TabStatus>>,
  requireTrustedClicks: boolean,
): ActionTab<HelperTab>[] {
  if (!report) return [];
  const content = (
    <Suspense fallback={<TabLoading />}>
      <ReportTab
        status={status}
        bridge={bridge}
        commands={report.bridge}
        reports={report.reports}
        refreshStatus={refreshStatus}
        requireTrustedClicks={requireTrustedClicks}
        openFullPage={report.openFullPage}
      />
    </Suspense>
  );
  return [{ key: 'report', label: t('exemption.tab'), content }];
}

export function MfaHelper({ bridge, surface, requireTrustedClicks = false, footer, bulk, report, openSwaggerPage, policy }: MfaHelperProps) {
  const { status, lastAdmin, refresh } = useTabStatus(bridge);
  const restrictions = useRestrictions(policy);
  const hostname = lastAdmin ? new URL(lastAdmin.origin).hostname : null;
  const refused = restrictions !== null && hostname !== null && !environmentAllowed(restrictions, hostname);
  const rememberedTab = useRememberedTab();
  // A Bulk or Report tab remembered from a surface that offers it opens on Reset where there is none.
  const opening =
    (rememberedTab.initial === 'bulk' && !bulk) || (rememberedTab.initial === 'report' && !report) ? 'reset' : rememberedTab.initial;
  const formProps = { bridge, refreshStatus: refresh, requireTrustedClicks, openSwaggerPage };
  const refreshNow = () => void refresh({ fresh: true });

  return (
    <HelperShell surface={surface}>
      <StatusHeader status={status} showTitle={surface === 'popup'} onRefresh={refreshNow} />
      <StatusNotice status={status} />
      {/* Above all when something is wrong: reachable signed out, and for a non-admin. */}
      {status !== null && <EnvironmentCheck bridge={bridge} />}
      {/* On a Resolver page the reminder notice lists these already. */}
      {lastAdmin && surface === 'popup' && <DueOptOutsSection bridge={bridge} status={lastAdmin} />}
      {/* Drawn once the remembered tab is known, so the helper opens on it and focuses its field. */}
      {refused && <EnvironmentRefused hostname={hostname} restrictions={restrictions} />}
      {/* Drawn once the policy is read too: a tab the organisation turned off never shows first. */}
      {lastAdmin && opening && restrictions && !refused && (
        <ActionTabs<HelperTab>
          label={t('ui.tabs.label')}
          initialKey={opening}
          onSelect={rememberedTab.remember}
          tabs={[
            {
              key: 'reset',
              label: t('ui.tabs.reset'),
              content: <ResetMfaForm {...formProps} status={lastAdmin} autoFocus={opening === 'reset'} />,
            },
            {
              key: 'opt-out',
              label: t('ui.tabs.optOut'),
              content: <MfaOptOutForm {...formProps} status={lastAdmin} autoFocus={opening === 'opt-out'} />,
            },
            {
              key: 'enforce',
              label: t('ui.tabs.enforce'),
              content: restrictions.allowEnforce ? <EnforceMfaForm {...formProps} status={lastAdmin} /> : <TurnedOff text={t('policy.tab.enforceOff')} />,
            },
            ...bulkTab(bulk, lastAdmin, requireTrustedClicks, opening === 'bulk', restrictions),
            ...reportTab(report, bridge, lastAdmin, refresh, requireTrustedClicks),
          ]}
        />
      )}
      {footer}
    </HelperShell>
  );
}
