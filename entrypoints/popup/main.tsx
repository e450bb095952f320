import { createRoot } from 'react-dom/client';
import { createPopupBridge } from '@/lib/messaging';
import { findActiveTab } from './active-tab';
import { App } from './App';
import './style.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<App findActiveTab={findActiveTab} bridgeFor={createPopupBridge} />);
