/**
 * The popup: decides whether the active tab is a Resolver tab and, if so, shows the helper
 * for it. Everything else is in components/.
 */
import { useEffect, useMemo, useState } from 'react';
import { HistoryLink } from '@/components/audit/HistoryLink';
import { HelperShell } from '@/components/HelperShell';
import { MfaHelper, type MfaHelperProps } from '@/components/MfaHelper';
import { StatusHeader } from '@/components/StatusHeader';
import { TabStateNotice } from '@/components/TabStateNotice';
import type { BulkBridge, BulkRunSource } from '@/lib/bulk/bulk-bridge';
import type { EnvironmentCheckBridge } from '@/lib/environment-check/report-schema';
import type { Failure, ResolverBridge } from '@/lib/protocol';
import type { ActiveTab } from './active-tab';
import { SWAGGER_PAGE_PATH } from '@/lib/resolver/knowledge';
import { resolverTab } from './active-tab';

export interface AppProps {
  findActiveTab: () => Promise<ActiveTab | undefined>;
  bridgeFor: (tabId: number) => ResolverBridge & EnvironmentCheckBridge;
  /** Bulk runs on that tab; without it the popup has no Bulk tab. */
  bulkFor?: (tabId: number) => { bridge: BulkBridge; runs: BulkRunSource };
  /** The exemption report on that tab; without it the popup has no Report tab. */
  reportFor?: (tabId: number) => MfaHelperProps['report'];
  /** Opens the history of admin actions (the options page). */
  openHistory: () => void;
  /** Navigates tab `tabId` to `url` (the environment's Swagger page). */
  navigateTab: (tabId: number, url: string) => void;
}

const NOT_RESOLVER: Failure = { ok: false, kind: 'no-resolver-tab' };

export function App({ findActiveTab, bridgeFor, bulkFor, reportFor, openHistory, navigateTab }: AppProps) {
  /** undefined while the active tab is being looked up. */
  const [tab, setTab] = useState<{ id: number; origin: string } | null | undefined>(undefined);
  const tabId = tab === undefined ? undefined : (tab?.id ?? null);

  useEffect(() => {
    void findActiveTab().then(
      (active) => setTab(resolverTab(active)),
      () => setTab(null),
    );
  }, [findActiveTab]);

  const bridge = useMemo(() => (typeof tabId === 'number' ? bridgeFor(tabId) : null), [bridgeFor, tabId]);
  // Memoised: the bulk tab watches the stored run through `runs` and would watch again on a new object.
  const bulk = useMemo(() => (typeof tabId === 'number' ? bulkFor?.(tabId) : undefined), [bulkFor, tabId]);
  const report = useMemo(() => (typeof tabId === 'number' ? reportFor?.(tabId) : undefined), [reportFor, tabId]);

  if (tabId === undefined) return null;
  // The history is reachable from any tab: it is about this browser, not the tab.
  const historyLink = <HistoryLink onOpen={openHistory} />;
  if (bridge && tab) {
    // The Swagger page's path is documented; the helper reads its description there.
    const openSwaggerPage = () => navigateTab(tab.id, `${tab.origin}${SWAGGER_PAGE_PATH}`);
    return <MfaHelper bridge={bridge} surface="popup" footer={historyLink} bulk={bulk} report={report} openSwaggerPage={openSwaggerPage} />;
  }
  return (
    <HelperShell surface="popup">
      <StatusHeader status={NOT_RESOLVER} showTitle />
      <TabStateNotice state="no-resolver-tab" />
      {historyLink}
    </HelperShell>
  );
}
