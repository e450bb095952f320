/**
 * Makes the extension's REAL action popup reachable from Playwright.
 *
 * Chromium does not auto-attach DevTools clients to an extension's action popup (it is browser UI,
 * not a tab), so the popup that `chrome.action.openPopup()` shows never becomes a Playwright `Page`
 * (microsoft/playwright#5593: the target exists, `attached: false`, and Playwright's public API
 * cannot attach to an arbitrary target as a page). Opening `popup.html` in a tab instead would
 * change what the popup sees as "the active tab", which is the very thing under test.
 *
 * This relay sits between a second Playwright connection (`connectOverCDP`) and Chromium's DevTools
 * endpoint. It replaces that connection's browser-wide auto-attach with target discovery and
 * attaches explicitly to pages whose URL starts with the popup's URL, so the popup, and nothing
 * else, appears in that connection as an ordinary page (locators, screenshots, console, network).
 */
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { WebSocket, WebSocketServer } from 'ws';
import { z } from 'zod';

const TargetInfoSchema = z.object({ targetId: z.string(), type: z.string(), url: z.string() });
const CdpMessageSchema = z.looseObject({
  id: z.number().optional(),
  method: z.string().optional(),
  sessionId: z.string().optional(),
  params: z.looseObject({ targetInfo: TargetInfoSchema.optional() }).optional(),
});

/** The fields the relay acts on; anything it does not recognise is passed through untouched. */
function readMessage(text: string): z.infer<typeof CdpMessageSchema> {
  const parsed = CdpMessageSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : {};
}

/**
 * Ids far above Playwright's own counter (which starts at 1), so the relay can recognise and
 * swallow its replies; still below 2^31, as Chromium drops commands whose id is not an int32.
 */
const RELAY_ID_BASE = 2_000_000_000;
/** CDP screenshots and DOM snapshots can be large. */
const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

function relayConnection(client: WebSocket, devtoolsUrl: string, popupUrlPrefix: string): void {
  const upstream = new WebSocket(devtoolsUrl, { perMessageDeflate: false, maxPayload: MAX_MESSAGE_BYTES });
  const queued: string[] = [];
  const relayIds = new Set<number>();
  const attached = new Set<string>();
  let nextRelayId = RELAY_ID_BASE;

  const sendUpstream = (text: string) => {
    if (upstream.readyState === WebSocket.OPEN) upstream.send(text);
    else queued.push(text);
  };
  upstream.on('open', () => queued.splice(0).forEach((text) => upstream.send(text)));

  client.on('message', (data) => {
    const text = data.toString();
    const message = readMessage(text);
    // Browser-wide auto-attach would hand this connection every tab (and make new tabs wait for it);
    // discovery reports targets without attaching, and has the same empty reply.
    if (message.sessionId === undefined && message.method === 'Target.setAutoAttach') {
      sendUpstream(JSON.stringify({ id: message.id, method: 'Target.setDiscoverTargets', params: { discover: true } }));
      return;
    }
    sendUpstream(text);
  });

  upstream.on('message', (data) => {
    const text = data.toString();
    const message = readMessage(text);
    if (message.id !== undefined && relayIds.delete(message.id)) return;
    const target = message.sessionId === undefined ? message.params?.targetInfo : undefined;
    if (target && target.type === 'page' && target.url.startsWith(popupUrlPrefix) && !attached.has(target.targetId)) {
      attached.add(target.targetId);
      const id = nextRelayId++;
      relayIds.add(id);
      upstream.send(JSON.stringify({ id, method: 'Target.attachToTarget', params: { targetId: target.targetId, flatten: true } }));
    }
    client.send(text);
  });

  // A socket without an 'error' listener would crash the test process; either side failing ends both.
  for (const [socket, other] of [[client, upstream], [upstream, client]] as const) {
    socket.on('close', () => other.close());
    socket.on('error', () => other.close());
  }
}

export interface PopupObserver {
  /** Holds the extension's popups only, each as a page, while they are open. */
  context: BrowserContext;
  close(): Promise<void>;
}

/** `devtoolsUrl`: Chromium's browser DevTools WebSocket URL (see DevToolsActivePort). */
export async function observePopups(devtoolsUrl: string, popupUrlPrefix: string): Promise<PopupObserver> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((done) => server.on('listening', done));
  server.on('connection', (client) => relayConnection(client, devtoolsUrl, popupUrlPrefix));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The popup relay has no TCP address.');

  let browser: Browser;
  try {
    browser = await chromium.connectOverCDP(`ws://127.0.0.1:${address.port}/`);
  } catch (error) {
    server.close();
    throw error;
  }
  const context = browser.contexts()[0];
  if (!context) throw new Error('The popup relay connection has no default browser context.');
  return {
    context,
    async close() {
      // Disconnects only: closing a connectOverCDP browser leaves Chromium and its default context running.
      await browser.close();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
