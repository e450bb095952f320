/**
 * Driving the extension from its own pages and its service worker, the way its contexts talk:
 * runtime and tab messages in @webext-core/messaging's shape (`{ id, type, data, timestamp }`,
 * answered `{ res }` or `{ err }`), and extension storage read as the extension reads it. For specs
 * that need what no click can do quickly: hundreds of concurrent writes, a service worker stopped
 * mid-run, storage seeded with an older version's data.
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './harness';

/** The extension APIs these functions call in the extension's pages. */
declare const chrome: {
  runtime: { sendMessage(message: unknown, callback: (answer: unknown) => void): void; lastError?: { message?: string } };
  tabs: {
    sendMessage(tabId: number, message: unknown, options: { frameId: number }, callback: (answer: unknown) => void): void;
    query(query: object): Promise<{ id?: number; url?: string }[]>;
  };
  storage: { local: { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
};

/** What `chrome.runtime.sendMessage` or `chrome.tabs.sendMessage` answered; `lastError` when nobody did. */
export type MessageAnswer = { res?: unknown; err?: unknown; lastError?: string };

/** An extension page to drive from (the options page: it needs no tab to act on). */
export async function extensionPage(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  return page;
}

/**
 * Sends `messages` ({ type, data }) from `page`, all at once: to the background, or to the helper in
 * tab `tabId` (its top frame). The answers in order.
 */
function sendAll(page: Page, tabId: number | null, messages: { type: string; data: unknown }[]): Promise<MessageAnswer[]> {
  return page.evaluate(
    ({ tabId, list }) =>
      Promise.all(
        list.map(
          ({ type, data }, id) =>
            new Promise<MessageAnswer>((resolve) => {
              const message = { id, type, data, timestamp: Date.now() };
              const answered = (answer: unknown) =>
                resolve(chrome.runtime.lastError ? { lastError: chrome.runtime.lastError.message ?? '' } : ((answer ?? {}) as MessageAnswer));
              if (tabId === null) chrome.runtime.sendMessage(message, answered);
              else chrome.tabs.sendMessage(tabId, message, { frameId: 0 }, answered);
            }),
        ),
      ),
    { tabId, list: messages },
  );
}

/** Sends `messages` ({ type, data }) from `page` to the background, all at once; the answers in order. */
export function sendToBackground(page: Page, messages: { type: string; data: unknown }[]): Promise<MessageAnswer[]> {
  return sendAll(page, null, messages);
}

/** Sends `messages` from `page` to the helper in tab `tabId` (its top frame), all at once; the answers in order. */
export function sendToTab(page: Page, tabId: number, messages: { type: string; data: unknown }[]): Promise<MessageAnswer[]> {
  return sendAll(page, tabId, messages);
}

/** The id of the tab showing `url` (as the extension sees it). */
export async function tabIdOf(page: Page, url: string): Promise<number> {
  const id = await page.evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id ?? null, url);
  if (id === null) throw new Error(`No tab shows ${url}.`);
  return id;
}

/** Waits until the helper answers in tab `tabId` (the bootstrap injects it once the page is idle). */
export async function helperReady(page: Page, tabId: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const [answer] = await sendToTab(page, tabId, [{ type: 'getStatus', data: {} }]);
    if (answer?.res !== undefined) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`The helper never answered in tab ${tabId}.`);
}

/** All of extension storage as the extension reads it. */
export function extensionStorage(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => chrome.storage.local.get(null));
}

/** Writes to extension storage directly, as an older version or a broken write left it. */
export function writeExtensionStorage(page: Page, items: Record<string, unknown>): Promise<void> {
  return page.evaluate((values) => chrome.storage.local.set(values), items);
}

/**
 * Stops the extension's service worker the way the browser does when it is idle or its tab
 * crashes (DevTools' "Stop"), and waits until it has stopped. The next message starts it again.
 */
export async function stopServiceWorker(browser: ExtensionBrowser, page: Page): Promise<void> {
  const cdp = await browser.context.newCDPSession(page);
  try {
    const ours = `chrome-extension://${browser.extensionId}/`;
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((version) => version.scriptURL.startsWith(ours) && version.runningStatus === 'stopped')) resolve();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
  } finally {
    await cdp.detach();
  }
}
