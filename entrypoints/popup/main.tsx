import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { createBulkRunSource } from '@/lib/bulk/bulk-store';
import { createPopupBridge } from '@/lib/messaging';
import { findActiveTab } from './active-tab';
import { App } from './App';
import './style.css';

const openHistory = () => void browser.runtime.openOptionsPage();
const bulkRuns = createBulkRunSource();
// The popup bridge speaks both the single actions' and the bulk messages to the tab.
const bulkFor = (tabId: number) => ({ bridge: createPopupBridge(tabId), runs: bulkRuns });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <App findActiveTab={findActiveTab} bridgeFor={createPopupBridge} bulkFor={bulkFor} openHistory={openHistory} />,
  );
}
