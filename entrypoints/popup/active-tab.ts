import { browser } from 'wxt/browser';
import { isResolverPageUrl } from '@/lib/resolver/knowledge';

export interface ActiveTab {
  id?: number;
  url?: string;
}

/** The tab the admin was looking at when they opened the popup. */
export async function findActiveTab(): Promise<ActiveTab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/**
 * The tab as a Resolver tab, or null. The browser only reveals a tab's URL for hosts the extension
 * may access (Resolver's), so a missing URL also means "not a Resolver tab".
 */
export function resolverTab(tab: ActiveTab | undefined): { id: number; origin: string } | null {
  if (tab?.id === undefined || !tab.url || !isResolverPageUrl(tab.url)) return null;
  return { id: tab.id, origin: new URL(tab.url).origin };
}
