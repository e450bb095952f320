import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { ChosenLanguage, markDocumentLanguage } from '@/components/ChosenLanguage';
import { EXEMPTION_REPORTS_ANCHOR } from '@/components/exemption-report/anchor';
import { createPopupBridge } from '@/lib/messaging';
import { sharedStores } from '@/lib/store-owner/owned-stores';
import { findActiveTab } from './active-tab';
import { App } from './App';
import './style.css';

const openHistory = () => void browser.runtime.openOptionsPage();
// The popup closes itself: it belonged to the page the tab is leaving.
const navigateTab = (tabId: number, url: string) => void browser.tabs.update(tabId, { url }).then(() => window.close());
const { bulk: bulkRuns, reports, settings } = sharedStores();
// The popup bridge speaks both the single actions' and the bulk messages to the tab.
const bulkFor = (tabId: number) => ({ bridge: createPopupBridge(tabId), runs: bulkRuns });
// The options page lists every environment's latest report, full width.
const openReports = () => void browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${EXEMPTION_REPORTS_ANCHOR}`) });
const reportFor = (tabId: number) => ({ bridge: createPopupBridge(tabId), reports, openFullPage: openReports });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <ChosenLanguage settings={settings} onShown={markDocumentLanguage}>
      <App
        findActiveTab={findActiveTab}
        bridgeFor={createPopupBridge}
        bulkFor={bulkFor}
        reportFor={reportFor}
        openHistory={openHistory}
        navigateTab={navigateTab}
      />
    </ChosenLanguage>,
  );
}
