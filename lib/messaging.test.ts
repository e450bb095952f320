import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTestTabService, type TabCalls } from './page/test-tab-service';
import {
  askManagedPolicy,
  askOwnTabId,
  askPageWorld,
  PAGE_WORLD_TIMEOUT_MS,
  serveManagedPolicy,
  serveOwnTabId,
  servePageWorldReads,
} from './background-messages';
import { createPopupBridge, serveTabService } from './messaging';
import { contentScriptTabId, isExtensionPage } from './messenger';
import { t } from './i18n';

const EXTENSION_ID = fakeBrowser.runtime.id;
const POPUP = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html` };
const RESOLVER_TAB_ID = 7;

/** Chrome's listener signature, which @webext-core/messaging registers on runtime.onMessage. */
type ChromeListener = (message: unknown, sender: object, sendResponse: (response: unknown) => void) => boolean | undefined;

/**
 * The browser's message channel between the popup and the content script of one tab. WXT's fake
 * browser has no tabs.sendMessage and calls listeners without sendResponse, so the channel is
 * faked here at the `chrome` global @webext-core/messaging uses; the extension id and URLs still
 * come from the fake browser. Messages are JSON-cloned, as the real channel serialises them.
 */
function connect(sender: object, options: { contentScriptLoaded?: boolean } = {}) {
  const listeners = new Set<ChromeListener>();
  let contentScriptLoaded = options.contentScriptLoaded ?? true;
  const delivered: { tabId: number; frameId?: number }[] = [];
  const clone = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
  vi.stubGlobal('chrome', {
    runtime: {
      onMessage: {
        addListener: (listener: ChromeListener) => listeners.add(listener),
        removeListener: (listener: ChromeListener) => listeners.delete(listener),
      },
    },
    tabs: {
      sendMessage(tabId: number, message: unknown, target: { frameId?: number } | undefined, callback: (r: unknown) => void) {
        delivered.push({ tabId, frameId: target?.frameId });
        if (tabId !== RESOLVER_TAB_ID || !contentScriptLoaded) {
          // Chrome: "Could not establish connection. Receiving end does not exist." via lastError,
          // and the callback gets no response.
          return callback(undefined);
        }
        for (const listener of listeners) {
          if (listener(clone(message), sender, (response) => callback(clone(response))) === true) return;
        }
        callback(undefined);
      },
    },
  });
  return {
    delivered,
    listenerCount: () => listeners.size,
    /** What injecting the helper does to the tab: its content script now answers. */
    loadContentScript: () => {
      contentScriptLoaded = true;
    },
  };
}

let stop: (() => void) | undefined;
let calls: TabCalls;

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  stop?.();
  stop = undefined;
});

function serve(sender: object, options?: { contentScriptLoaded?: boolean }) {
  const channel = connect(sender, options);
  const tab = createTestTabService();
  calls = tab.calls;
  stop = serveTabService(tab.service);
  return channel;
}

describe('popup bridge ↔ tab service', () => {
  it("carries each request to the tab's top frame and its answer back", async () => {
    const channel = serve(POPUP);
    const bridge = createPopupBridge(RESOLVER_TAB_ID);
    await expect(bridge.getStatus()).resolves.toMatchObject({ ok: true, value: { origin: 'https://acme.resolver.com' } });
    await expect(bridge.findUsers({ query: 'alice' })).resolves.toMatchObject({ ok: true, value: [{ id: 42 }] });
    await expect(bridge.getMembership({ userId: 42 })).resolves.toEqual({
      ok: true,
      value: { mfaOptOut: false, isAdmin: false, isActive: true },
    });
    await expect(bridge.prepareAction({ action: 'resetUserMfa', input: { userId: 42 } })).resolves.toMatchObject({
      ok: true,
      value: { path: '/user/users/mfa/reset' },
    });
    await expect(bridge.runAction({ action: 'resetUserMfa', input: { userId: 42 } })).resolves.toMatchObject({
      ok: true,
      value: { status: 204 },
    });
    await expect(bridge.checkEnvironment()).resolves.toMatchObject({ ok: true, value: { page: { origin: 'https://acme.resolver.com' } } });
    expect(calls.map((call) => call.method)).toEqual(['getStatus', 'findUsers', 'getMembership', 'prepareAction', 'runAction', 'checkEnvironment']);
    expect(channel.delivered.every((target) => target.tabId === RESOLVER_TAB_ID && target.frameId === 0)).toBe(true);
  });

  it('passes failures through unchanged', async () => {
    serve(POPUP);
    const bridge = createPopupBridge(RESOLVER_TAB_ID);
    await expect(bridge.findUsers({ query: 'ended' })).resolves.toEqual({
      ok: false,
      kind: 'session-ended',
      status: 401,
      detail: 'token.expired',
    });
  });

  it('refuses a malformed request before the tab service sees it', async () => {
    serve(POPUP);
    const bridge = createPopupBridge(RESOLVER_TAB_ID);
    await expect(bridge.getMembership({ userId: -3 })).resolves.toEqual({
      ok: false,
      kind: 'invalid-input',
      detail: t('failure.detail.invalid-request'),
    });
    await expect(bridge.findUsers({ query: '' })).resolves.toMatchObject({ ok: false, kind: 'invalid-input' });
    expect(calls).toEqual([]);
  });

  it.each([
    ['a content script in another tab', { id: EXTENSION_ID, url: 'https://evil.resolver.com/page', tab: { id: 3 } }],
    ['another extension', { id: 'other-extension', url: 'chrome-extension://other-extension/popup.html' }],
    ['an extension page shown in a tab', { ...POPUP, tab: { id: 4 } }],
    ['a sender without a URL', { id: EXTENSION_ID }],
  ])('refuses %s', async (_name, sender) => {
    serve(sender);
    const bridge = createPopupBridge(RESOLVER_TAB_ID);
    await expect(bridge.runAction({ action: 'enforceOrgMfa', input: {} })).resolves.toEqual({
      ok: false,
      kind: 'invalid-input',
      detail: t('failure.detail.sender-refused'),
    });
    expect(calls).toEqual([]);
  });

  it('answers no-resolver-tab when the helper cannot be loaded into the tab', async () => {
    serve(POPUP);
    const loadHelper = vi.fn(async () => false);
    await expect(createPopupBridge(99, loadHelper).getStatus()).resolves.toEqual({ ok: false, kind: 'no-resolver-tab' });
    expect(loadHelper).toHaveBeenCalledTimes(1);
  });

  it('asks the loaded helper and loads nothing more', async () => {
    serve(POPUP);
    const loadHelper = vi.fn(async () => true);
    await expect(createPopupBridge(RESOLVER_TAB_ID, loadHelper).getStatus()).resolves.toMatchObject({ ok: true });
    expect(loadHelper).not.toHaveBeenCalled();
  });

  it('answers no-resolver-tab when the tab answers in a shape the popup does not know', async () => {
    serve(POPUP);
    await expect(createPopupBridge(RESOLVER_TAB_ID).findUsers({ query: 'odd-shape' })).resolves.toEqual({
      ok: false,
      kind: 'no-resolver-tab',
    });
  });

  it('stops answering once serving is stopped', async () => {
    const channel = serve(POPUP);
    stop?.();
    stop = undefined;
    expect(channel.listenerCount()).toBe(0);
    await expect(createPopupBridge(RESOLVER_TAB_ID, async () => false).getStatus()).resolves.toEqual({ ok: false, kind: 'no-resolver-tab' });
  });
});

describe('a Resolver tab without the helper yet (page not idle yet, or opened before install)', () => {
  it('loads the helper into the tab and asks once more', async () => {
    const channel = serve(POPUP, { contentScriptLoaded: false });
    const loadHelper = vi.fn(async () => {
      channel.loadContentScript();
      return true;
    });
    await expect(createPopupBridge(RESOLVER_TAB_ID, loadHelper).findUsers({ query: 'alice' })).resolves.toMatchObject({
      ok: true,
      value: [{ id: 42 }],
    });
    expect(loadHelper).toHaveBeenCalledTimes(1);
    expect(channel.delivered).toEqual([
      { tabId: RESOLVER_TAB_ID, frameId: 0 },
      { tabId: RESOLVER_TAB_ID, frameId: 0 },
    ]);
    expect(calls.map((call) => call.method)).toEqual(['findUsers']);
  });

  it('never sends a command twice: an action unanswered is not sent again after loading the helper', async () => {
    const channel = serve(POPUP, { contentScriptLoaded: false });
    const loadHelper = vi.fn(async () => {
      channel.loadContentScript();
      return true;
    });
    const bridge = createPopupBridge(RESOLVER_TAB_ID, loadHelper);
    await expect(bridge.runAction({ action: 'enforceOrgMfa', input: {} })).resolves.toEqual({ ok: false, kind: 'no-resolver-tab' });
    await expect(bridge.bulkCommand({ runId: 'run-1', command: 'start' })).resolves.toEqual({ ok: false, kind: 'no-resolver-tab' });
    expect(loadHelper).not.toHaveBeenCalled();
    expect(channel.delivered).toHaveLength(2);
    expect(calls).toEqual([]);
  });

  it('answers no-resolver-tab after one more try when the loaded helper still does not answer', async () => {
    const channel = serve(POPUP, { contentScriptLoaded: false });
    const loadHelper = vi.fn(async () => true);
    await expect(createPopupBridge(RESOLVER_TAB_ID, loadHelper).getStatus()).resolves.toEqual({ ok: false, kind: 'no-resolver-tab' });
    expect(loadHelper).toHaveBeenCalledTimes(1);
    expect(channel.delivered).toHaveLength(2);
  });

  it('answers no-resolver-tab without asking again when the browser refuses to load the helper', async () => {
    const channel = serve(POPUP, { contentScriptLoaded: false });
    await expect(createPopupBridge(RESOLVER_TAB_ID, async () => false).getStatus()).resolves.toEqual({
      ok: false,
      kind: 'no-resolver-tab',
    });
    expect(channel.delivered).toHaveLength(1);
  });

  it('loads nothing for an answer in an unknown shape: another version of the helper is there', async () => {
    serve(POPUP);
    const loadHelper = vi.fn(async () => true);
    await expect(createPopupBridge(RESOLVER_TAB_ID, loadHelper).findUsers({ query: 'odd-shape' })).resolves.toEqual({
      ok: false,
      kind: 'no-resolver-tab',
    });
    expect(loadHelper).not.toHaveBeenCalled();
  });
});

describe('bulk messages', () => {
  it('carries a dry run and a command to the tab, answering the run', async () => {
    serve(POPUP);
    const bridge = createPopupBridge(RESOLVER_TAB_ID);
    await expect(bridge.bulkResolve({ text: '42', operation: { action: 'resetUserMfa' } })).resolves.toMatchObject({
      ok: true,
      value: { phase: 'review', operation: { action: 'resetUserMfa' } },
    });
    await expect(bridge.bulkCommand({ runId: 'run-9', command: 'start' })).resolves.toMatchObject({
      ok: true,
      value: { id: 'run-9', phase: 'running' },
    });
    expect(calls.map((call) => call.method)).toEqual(['bulkResolve', 'bulkCommand']);
  });

  it('refuses malformed bulk requests and senders that are not extension pages', async () => {
    serve(POPUP);
    const bridge = createPopupBridge(RESOLVER_TAB_ID);
    const unknownCommand = { runId: 'run-9', command: 'explode' } as unknown as Parameters<typeof bridge.bulkCommand>[0];
    await expect(bridge.bulkCommand(unknownCommand)).resolves.toEqual({
      ok: false,
      kind: 'invalid-input',
      detail: t('failure.detail.invalid-request'),
    });
    stop?.();
    serve({ id: EXTENSION_ID, url: 'https://evil.resolver.com/page', tab: { id: 3 } });
    await expect(createPopupBridge(RESOLVER_TAB_ID).bulkResolve({ text: '42', operation: { action: 'resetUserMfa' } })).resolves.toEqual({
      ok: false,
      kind: 'invalid-input',
      detail: t('failure.detail.sender-refused'),
    });
    expect(calls).toEqual([]);
  });
});

describe('isExtensionPage', () => {
  it("accepts this extension's popup", () => {
    expect(isExtensionPage(POPUP)).toBe(true);
  });

  it('refuses a web page URL that merely contains the extension URL', () => {
    expect(isExtensionPage({ id: EXTENSION_ID, url: `https://x.resolver.com/?chrome-extension://${EXTENSION_ID}/` })).toBe(false);
  });
});

describe('a content script asking for its own tab id', () => {
  const OUR_CONTENT_SCRIPT = { id: EXTENSION_ID, tab: { id: RESOLVER_TAB_ID }, frameId: 0, url: 'https://acme.resolver.com/swagger' };

  /** The background's side of runtime.sendMessage: the browser, not the asker, fills in `sender`. */
  function background(sender: object) {
    const listeners = new Set<ChromeListener>();
    vi.stubGlobal('chrome', {
      runtime: {
        onMessage: {
          addListener: (listener: ChromeListener) => listeners.add(listener),
          removeListener: (listener: ChromeListener) => listeners.delete(listener),
        },
        sendMessage(message: unknown, callback: (response: unknown) => void) {
          for (const listener of listeners) if (listener(JSON.parse(JSON.stringify(message)), sender, callback) === true) return;
          callback(undefined);
        },
      },
    });
  }

  it('has its own page world read by the background, in its own tab, for the parts it may ask', async () => {
    background(OUR_CONTENT_SCRIPT);
    const reads: [number, string][] = [];
    stop = servePageWorldReads(async (tabId, part) => {
      reads.push([tabId, part]);
      return { values: ['bearer x'] };
    });
    await expect(askPageWorld('swagger-ui-authorisation')).resolves.toEqual({ values: ['bearer x'] });
    expect(reads).toEqual([[RESOLVER_TAB_ID, 'swagger-ui-authorisation']]);
  });

  it.each([
    ['another extension', { ...OUR_CONTENT_SCRIPT, id: 'another-extension' }],
    ['a frame inside the page', { ...OUR_CONTENT_SCRIPT, frameId: 2 }],
    ['a page that is not on a Resolver host', { ...OUR_CONTENT_SCRIPT, url: 'https://acme.resolver.com.example.test/api' }],
    ['an extension page', POPUP],
  ])('reads no page world for %s', async (_case, sender) => {
    background(sender);
    const reads: number[] = [];
    stop = servePageWorldReads(async (tabId) => {
      reads.push(tabId);
      return 'read';
    });
    await expect(askPageWorld('swagger-ui-description')).resolves.toBeNull();
    expect(reads).toEqual([]);
  });

  it('does not wait longer than its timeout for a page-world read', async () => {
    vi.useFakeTimers();
    try {
      background(OUR_CONTENT_SCRIPT);
      stop = servePageWorldReads(() => new Promise(() => undefined));
      const answer = askPageWorld('swagger-ui-description');
      await vi.advanceTimersByTimeAsync(PAGE_WORLD_TIMEOUT_MS);
      await expect(answer).resolves.toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('gets the managed values from the background, only as our content script in a Resolver tab', async () => {
    background(OUR_CONTENT_SCRIPT);
    stop = serveManagedPolicy(async () => ({ requireReason: true }));
    await expect(askManagedPolicy()).resolves.toEqual({ requireReason: true });
    stop();
    for (const sender of [{ ...OUR_CONTENT_SCRIPT, frameId: 2 }, { ...OUR_CONTENT_SCRIPT, id: 'another-extension' }, POPUP]) {
      background(sender);
      stop = serveManagedPolicy(async () => ({ requireReason: true }));
      await expect(askManagedPolicy()).resolves.toBeNull();
      stop();
    }
    background(OUR_CONTENT_SCRIPT);
    stop = serveManagedPolicy(() => Promise.reject(new Error('Access denied')));
    await expect(askManagedPolicy()).resolves.toBeNull();
  });

  it('is told its tab by the background', async () => {
    background(OUR_CONTENT_SCRIPT);
    stop = serveOwnTabId();
    await expect(askOwnTabId()).resolves.toBe(RESOLVER_TAB_ID);
  });

  it('gets null, not an error, when no background answers', async () => {
    background(OUR_CONTENT_SCRIPT);
    await expect(askOwnTabId()).resolves.toBeNull();
  });

  it('is answered only for this extension’s content scripts in a top frame', () => {
    expect(contentScriptTabId(OUR_CONTENT_SCRIPT)).toBe(RESOLVER_TAB_ID);
    expect(contentScriptTabId({ ...OUR_CONTENT_SCRIPT, id: 'another-extension' })).toBeNull();
    expect(contentScriptTabId({ ...OUR_CONTENT_SCRIPT, frameId: 3 })).toBeNull();
    expect(contentScriptTabId(POPUP)).toBeNull();
  });
});
