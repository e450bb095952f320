import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { createPopupBridge } from '@/lib/messaging';
import { findActiveTab } from './active-tab';
import { App } from './App';
import './style.css';

const openHistory = () => void browser.runtime.openOptionsPage();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(<App findActiveTab={findActiveTab} bridgeFor={createPopupBridge} openHistory={openHistory} />);
}
