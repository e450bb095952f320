/**
 * Popup time to ready: from the toolbar click (`chrome.action.openPopup()`) until the status
 * header names the signed-in admin, against an empty extension page opened the same way.
 * `chrome.action.setPopup` switches between the two, alternating which goes first in each
 * pair, so drift on a noisy machine falls on both equally.
 */
import type { Page } from 'playwright-core';
import type { Simulator } from '../simulator';
import { signedInTab } from '../e2e/action-steps';
import type { ExtensionBrowser } from '../e2e/harness';
import { EMPTY_PAGE, EMPTY_PAGE_TEXT } from './bench-build';
import { popupReadyText } from './effort-extension';

/** The service worker's extension API, as far as the bench uses it. */
declare const chrome: { action: { setPopup(details: { popup: string }): Promise<void> } };

export interface PopupReadySamples {
  popupMs: number[];
  emptyMs: number[];
}

async function showAsPopup(browser: ExtensionBrowser, page: string): Promise<void> {
  const worker = await browser.serviceWorker();
  await worker.evaluate((popup) => chrome.action.setPopup({ popup }), page);
}

async function timeOpen(browser: ExtensionBrowser, tab: Page, page: string, readyText: string): Promise<number> {
  await showAsPopup(browser, page);
  const started = performance.now();
  const popup = await browser.openPopup(tab);
  await popup.getByText(readyText).first().waitFor();
  const elapsed = performance.now() - started;
  await popup.close();
  return elapsed;
}

/** `browser` must be launched with `popupPath: ''` so the empty page is observed too. */
export async function measurePopupReady(browser: ExtensionBrowser, sim: Simulator, pairs: number): Promise<PopupReadySamples> {
  const popupPage = browser.manifest.action.default_popup;
  const tab = await signedInTab(browser, sim);
  const samples: PopupReadySamples = { popupMs: [], emptyMs: [] };
  const real = () => timeOpen(browser, tab, popupPage, popupReadyText());
  const empty = () => timeOpen(browser, tab, EMPTY_PAGE, EMPTY_PAGE_TEXT);
  try {
    // One unmeasured open of each: the first open of a page pays for compiling its scripts.
    await real();
    await empty();
    for (let pair = 0; pair < pairs; pair++) {
      if (pair % 2 === 0) {
        samples.popupMs.push(await real());
        samples.emptyMs.push(await empty());
      } else {
        samples.emptyMs.push(await empty());
        samples.popupMs.push(await real());
      }
    }
  } finally {
    await showAsPopup(browser, popupPage);
    await tab.close();
  }
  return samples;
}

