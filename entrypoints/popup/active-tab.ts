import { browser } from 'wxt/browser';
import type { ActiveTab } from './App';

/** The tab the admin was looking at when they opened the popup. */
export async function findActiveTab(): Promise<ActiveTab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}
