/**
 * The bootstrap content script's one request: "load the helper into my frame". This module is
 * all the bootstrap imports besides WXT, so it stays free of zod, React and the rest of lib/: the
 * bootstrap runs in every Resolver page and must cost the page next to nothing.
 */
import { browser } from 'wxt/browser';

/** The message; the background checks its shape and its sender (lib/helper-loading.ts). */
export const LOAD_HELPER_REQUEST = { type: 'resolver-mfa-helper:load-helper' } as const;

/** The longest the bootstrap lets a busy page go first before it asks for the helper. */
export const IDLE_WAIT_MS = 1_000;

/** What schedules the request: the page's window (its requestIdleCallback). */
export interface IdleScheduler {
  requestIdleCallback(callback: () => void, options: { timeout: number }): unknown;
}

/**
 * Asks the background, once the page is idle, to load the helper into this frame. The page goes
 * first: the helper's bundle (hundreds of KB) is evaluated only after the page's own start-up.
 */
export function requestHelperWhenIdle(scheduler: IdleScheduler): void {
  scheduler.requestIdleCallback(
    () => {
      // The background answers nothing (it injects the helper instead), so Chrome settles the
      // promise with "The message port closed before a response was received"; an extension
      // update in progress has no background at all. Either way there is nothing to do here.
      // An extension update also leaves this script orphaned: its runtime then throws at once.
      try {
        browser.runtime.sendMessage(LOAD_HELPER_REQUEST).catch(() => undefined);
      } catch {
        // Nothing to load the helper from.
      }
    },
    { timeout: IDLE_WAIT_MS },
  );
}
