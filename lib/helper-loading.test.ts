import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ExecuteScript } from './helper-injection';
import { serveHelperLoading } from './helper-loading';
import { LOAD_HELPER_REQUEST } from './helper-request';
import { resolverContentScriptTabId, type Sender } from './messenger';

const EXTENSION_ID = fakeBrowser.runtime.id;
/** What Chrome fills in for our bootstrap in the top frame of Resolver tab 7. */
const BOOTSTRAP = { id: EXTENSION_ID, tab: { id: 7 }, frameId: 0, url: 'https://acme.resolver.com/api?x=1' };

let stop: (() => void) | undefined;

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  stop?.();
  stop = undefined;
});

/**
 * Delivers `message` as the browser would from `sender`. The cast: a real sender's `tab` carries
 * every field of tabs.Tab, of which the checks read only the id.
 */
function receive(message: unknown, sender: Sender) {
  return fakeBrowser.runtime.onMessage.trigger(message, sender as Browser.runtime.MessageSender);
}

function serve() {
  const executeScript = vi.fn<ExecuteScript>(async () => []);
  stop = serveHelperLoading(executeScript);
  return executeScript;
}

describe('the background loading the helper', () => {
  it("injects the helper into the asking bootstrap's tab, top frame only", async () => {
    const executeScript = serve();
    await receive(LOAD_HELPER_REQUEST, BOOTSTRAP);
    expect(executeScript.mock.calls).toEqual([[{ target: { tabId: 7, frameIds: [0] }, files: ['/content-scripts/resolver-main.js'] }]]);
  });

  it.each([
    ['another extension', { ...BOOTSTRAP, id: 'another-extension' }],
    ['an extension page (no tab)', { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html` }],
    ['a frame inside the page', { ...BOOTSTRAP, frameId: 4 }],
    ['a page that is not on a Resolver host', { ...BOOTSTRAP, url: 'https://acme.resolver.com.example.test/api' }],
    ['a page of another scheme', { ...BOOTSTRAP, url: 'file:///home/acme.resolver.com/api' }],
    ['a sender without a URL', { id: EXTENSION_ID, tab: { id: 7 }, frameId: 0 }],
  ])('ignores the request from %s', async (_name, sender) => {
    const executeScript = serve();
    await receive(LOAD_HELPER_REQUEST, sender);
    expect(executeScript).not.toHaveBeenCalled();
    expect(resolverContentScriptTabId(sender)).toBeNull();
  });

  it.each([
    ['another message', { type: 'resolver-mfa-helper:run-action' }],
    ['the request with extra fields', { ...LOAD_HELPER_REQUEST, tabId: 3 }],
    ['a bare string', LOAD_HELPER_REQUEST.type],
  ])('ignores %s, even from the bootstrap', async (_name, message) => {
    const executeScript = serve();
    await receive(message, BOOTSTRAP);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('stops listening when told to', async () => {
    const executeScript = serve();
    stop?.();
    stop = undefined;
    await receive(LOAD_HELPER_REQUEST, BOOTSTRAP);
    expect(executeScript).not.toHaveBeenCalled();
  });
});
