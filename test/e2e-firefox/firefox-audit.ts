/**
 * The secret audit of test/e2e/secret-audit.ts, on what a Firefox run leaves: every extension
 * storage area (read from an extension page), Firefox's whole console output (pages, content
 * scripts, extension pages and background, on its stdout), and every request the recording proxy
 * saw, each attributed to the page that sent it by its Origin, else its Referer.
 */
import { expect } from 'vitest';
import type { Simulator } from '../simulator';
import { expectNoLeaksIn } from '../e2e/secret-audit';
import type { ExtensionFirefox } from './firefox-harness';

export async function expectNoFirefoxLeaks(firefox: ExtensionFirefox, sims: readonly Simulator[]): Promise<void> {
  // The console capture must be live, or "nothing logged" would prove nothing: a page's message
  // has to show up in it.
  const probe = await firefox.newTab();
  const marker = `console-capture-probe-${Date.now()}`;
  await probe.page.evaluate((text) => console.log(text), marker);
  await expect.poll(() => firefox.traffic.console.some((entry) => entry.text.includes(marker)), { timeout: 10_000 }).toBe(true);
  await probe.page.close();

  expectNoLeaksIn(
    {
      storage: await firefox.readExtensionStorage(),
      console: firefox.traffic.console,
      requests: firefox.traffic.requests,
      extensionScheme: 'moz-extension:',
    },
    sims,
  );
}
