/**
 * The popup: decides whether the active tab is a Resolver tab and, if so, shows the helper
 * for it. Everything else is in components/.
 */
import { useEffect, useMemo, useState } from 'react';
import { HistoryLink } from '@/components/audit/HistoryLink';
import { HelperShell } from '@/components/HelperShell';
import { MfaHelper } from '@/components/MfaHelper';
import { StatusHeader } from '@/components/StatusHeader';
import { TabStateNotice } from '@/components/TabStateNotice';
import type { BulkBridge, BulkRunSource } from '@/lib/bulk/bulk-bridge';
import type { Failure, ResolverBridge } from '@/lib/protocol';
import { isResolverPageUrl } from '@/lib/resolver/knowledge';

export interface ActiveTab {
  id?: number;
  url?: string;
}

export interface AppProps {
  findActiveTab: () => Promise<ActiveTab | undefined>;
  bridgeFor: (tabId: number) => ResolverBridge;
  /** Bulk runs on that tab; without it the popup has no Bulk tab. */
  bulkFor?: (tabId: number) => { bridge: BulkBridge; runs: BulkRunSource };
  /** Opens the history of admin actions (the options page). */
  openHistory: () => void;
}

const NOT_RESOLVER: Failure = { ok: false, kind: 'no-resolver-tab' };

/**
 * The browser only reveals a tab's URL for hosts the extension may access (Resolver's), so a
 * missing URL also means "not a Resolver tab".
 */
function resolverTabId(tab: ActiveTab | undefined): number | null {
  if (tab?.id === undefined || !tab.url) return null;
  return isResolverPageUrl(tab.url) ? tab.id : null;
}

export function App({ findActiveTab, bridgeFor, bulkFor, openHistory }: AppProps) {
  /** undefined while the active tab is being looked up. */
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);

  useEffect(() => {
    void findActiveTab().then(
      (tab) => setTabId(resolverTabId(tab)),
      () => setTabId(null),
    );
  }, [findActiveTab]);

  const bridge = useMemo(() => (typeof tabId === 'number' ? bridgeFor(tabId) : null), [bridgeFor, tabId]);
  // Memoised: the bulk tab watches the stored run through `runs` and would watch again on a new object.
  const bulk = useMemo(() => (typeof tabId === 'number' ? bulkFor?.(tabId) : undefined), [bulkFor, tabId]);

  if (tabId === undefined) return null;
  // The history is reachable from any tab: it is about this browser, not the tab.
  const historyLink = <HistoryLink onOpen={openHistory} />;
  if (bridge) return <MfaHelper bridge={bridge} surface="popup" footer={historyLink} bulk={bulk} />;
  return (
    <HelperShell surface="popup">
      <StatusHeader status={NOT_RESOLVER} showTitle />
      <TabStateNotice state="no-resolver-tab" />
      {historyLink}
    </HelperShell>
  );
}
