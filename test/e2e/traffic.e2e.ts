/**
 * The traffic recorder sees every context the security checks search: if it missed one, a token
 * sent from there would go unnoticed and those checks would pass for the wrong reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startForeignSite, type ForeignSite } from './foreign-site';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;
let site: ForeignSite;

beforeAll(async () => {
  site = await startForeignSite();
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  await Promise.all([browser?.close(), site?.close()]);
});

describe('the traffic recorder', () => {
  it('records a page request with its headers and body, and the page console', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.origin());
    const url = `${site.origin()}/echo`;
    await page.evaluate(async (target) => {
      await fetch(target, { method: 'POST', headers: { authorization: 'bearer page-secret' }, body: 'page-body' });
      console.warn('page says hi');
    }, url);
    await expect.poll(() => browser.traffic.requests).toContainEqual({
      source: `${site.origin()}/`,
      method: 'POST',
      url,
      headers: expect.objectContaining({ authorization: 'bearer page-secret' }),
      body: 'page-body',
    });
    await expect
      .poll(() => browser.traffic.console)
      .toContainEqual({ source: `${site.origin()}/`, type: 'warning', text: 'page says hi' });
    await page.close();
  });

  it('records requests and console messages of the extension service worker', async () => {
    const worker = await browser.serviceWorker();
    // A simple cross-origin POST: no preflight, so the request itself is what goes out.
    const url = `${site.origin('worker')}/from-worker`;
    await worker.evaluate(async (target) => {
      await fetch(target, { method: 'POST', body: 'worker-body' }).catch(() => undefined);
      console.log('worker says hi');
    }, url);
    await expect
      .poll(() => browser.traffic.requests)
      .toContainEqual(expect.objectContaining({ source: worker.url(), method: 'POST', url, body: 'worker-body' }));
    await expect.poll(() => browser.traffic.console).toContainEqual({ source: worker.url(), type: 'log', text: 'worker says hi' });
  });

  it('records console messages of the toolbar popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.origin());
    const popup = await browser.openPopup(page);
    await popup.evaluate(() => console.error('popup says hi'));
    await expect.poll(() => browser.traffic.console).toContainEqual({ source: popup.url(), type: 'error', text: 'popup says hi' });
    await popup.close();
    await page.close();
  });
});
