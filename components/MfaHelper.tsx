/**
 * The helper as the admin sees it, in the popup and in the panel on Resolver's Swagger page:
 * the tab's status, then the three MFA actions.
 */
import type { ReactNode } from 'react';
import { t } from '@/lib/i18n';
import type { ResolverBridge, Result, TabStatus } from '@/lib/protocol';
import { ActionTabs } from './ActionTabs';
import { EnforceMfaForm } from './EnforceMfaForm';
import { FailureMessage } from './FailureMessage';
import { HelperShell, type Surface } from './HelperShell';
import { MfaOptOutForm } from './MfaOptOutForm';
import { ResetMfaForm } from './ResetMfaForm';
import { StatusHeader } from './StatusHeader';
import { TabStateNotice } from './TabStateNotice';
import { useTabStatus } from './use-tab-status';

export interface MfaHelperProps {
  bridge: ResolverBridge;
  surface: Surface;
  /** In the page, only clicks the browser marks as trusted may confirm an action. */
  requireTrustedClicks?: boolean;
  /** Shown below the actions (the popup's link to the history). */
  footer?: ReactNode;
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

export function MfaHelper({ bridge, surface, requireTrustedClicks = false, footer }: MfaHelperProps) {
  const { status, lastAdmin, refresh } = useTabStatus(bridge);
  const formProps = { bridge, refreshStatus: refresh, requireTrustedClicks };
  const refreshNow = () => void refresh();

  return (
    <HelperShell surface={surface}>
      <StatusHeader status={status} showTitle={surface === 'popup'} onRefresh={refreshNow} />
      <StatusNotice status={status} />
      {lastAdmin && (
        <ActionTabs
          label={t('ui.tabs.label')}
          tabs={[
            { key: 'reset', label: t('ui.tabs.reset'), content: <ResetMfaForm {...formProps} status={lastAdmin} autoFocus /> },
            { key: 'opt-out', label: t('ui.tabs.optOut'), content: <MfaOptOutForm {...formProps} status={lastAdmin} /> },
            {
              key: 'enforce',
              label: t('ui.tabs.enforce'),
              content: <EnforceMfaForm {...formProps} status={lastAdmin} />,
            },
          ]}
        />
      )}
      {footer}
    </HelperShell>
  );
}
