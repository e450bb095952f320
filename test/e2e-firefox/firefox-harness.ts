/**
 * Launches Debian's Firefox ESR over WebDriver BiDi (Puppeteer, no geckodriver) with the
 * production Firefox build installed, pointed at the local simulator.
 *
 * Every request of every context (pages, our content scripts, the background) goes through a
 * small recording proxy: Firefox does not report a content script's requests to the driver, and
 * the secret audit needs them all, headers included. Like the Chromium harness's host rules, the
 * proxy lets Resolver and test-only names through to this machine and refuses every other name,
 * so nothing can leave unnoticed (a refused request is still recorded).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, request as forward, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { z } from 'zod';
import { isResolverHost } from '../../lib/resolver/knowledge';
import type { ConsoleEntry, RequestEntry } from '../e2e/harness';
import { FOREIGN_DOMAIN } from '../e2e/harness';
import {
  ExtensionStorageSchema,
  readOriginStoresInContext,
  readStorageAreasInContext,
  type ExtensionStorage,
} from '../e2e/secret-audit';
import { DomPage } from './dom-locator';

export const DEFAULT_FIREFOX_BUILD_DIR = '.output/firefox-mv3';
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_PAGE_MS = 15_000;

/** The manifest fields the Firefox suite relies on. */
export const FirefoxManifestSchema = z.looseObject({
  manifest_version: z.literal(3),
  version: z.string(),
  browser_specific_settings: z.looseObject({
    gecko: z.looseObject({ id: z.string(), strict_min_version: z.string() }),
  }),
  options_ui: z.looseObject({ page: z.string() }),
});
export type FirefoxManifest = z.infer<typeof FirefoxManifestSchema>;

export function readFirefoxBuild(dir: string = DEFAULT_FIREFOX_BUILD_DIR): { dir: string; manifest: FirefoxManifest } {
  const absolute = resolve(dir);
  const manifestPath = join(absolute, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No Firefox build at ${absolute}: run \`npm run build:firefox\` first.`);
  return { dir: absolute, manifest: FirefoxManifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8'))) };
}

export interface FirefoxTraffic {
  /** Every request the browser sent, as the proxy received it. */
  readonly requests: RequestEntry[];
  /** Firefox's console output (pages, content scripts, extension pages), line by line. */
  readonly console: ConsoleEntry[];
}

export interface ExtensionFirefox {
  browser: Browser;
  manifest: FirefoxManifest;
  /** The moz-extension:// origin of the installed build. */
  extensionOrigin: string;
  traffic: FirefoxTraffic;
  /** A new tab, driven like Playwright's (dom-locator.ts). */
  newTab(): Promise<DomPage>;
  /** One of the extension's own pages in a new tab (see openExtensionPage). */
  extensionPage(path: string): Promise<Page>;
  /** `page` driven like Playwright's (dom-locator.ts). */
  wrap(page: Page): DomPage;
  /** Everything the extension's origin keeps. */
  readExtensionStorage(): Promise<ExtensionStorage>;
  close(): Promise<void>;
}

/** Names the proxy lets through to this machine (the port comes from the URL). */
function reachable(host: string): boolean {
  return isResolverHost(host) || host.endsWith(`.${FOREIGN_DOMAIN}`);
}

/** Where a request came from, as its own headers tell: Origin, else Referer ('' when neither). */
function sourceOf(headers: IncomingMessage['headers']): string {
  const origin = headers.origin;
  if (origin && origin !== 'null') return origin;
  return headers.referer ?? '';
}

function lowerCased(headers: IncomingMessage['headers']): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).flatMap(([name, value]) => (value === undefined ? [] : [[name.toLowerCase(), String(value)]])),
  );
}

async function startRecordingProxy(requests: RequestEntry[]): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((incoming: IncomingMessage, outgoing: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(incoming.url ?? '/', 'http://invalid');
      requests.push({
        source: sourceOf(incoming.headers),
        method: incoming.method ?? 'GET',
        url: url.href,
        headers: lowerCased(incoming.headers),
        body: body.length > 0 ? body.toString('utf8') : null,
      });
      if (!reachable(url.hostname)) {
        outgoing.writeHead(502).end();
        return;
      }
      const upstream = forward(
        { host: '127.0.0.1', port: Number(url.port || 80), method: incoming.method, path: `${url.pathname}${url.search}`, headers: incoming.headers },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      upstream.on('error', () => outgoing.destroy());
      upstream.end(body);
    });
  });
  // HTTPS would be tunnelled (CONNECT): nothing the suite serves is HTTPS, so it is recorded and refused.
  server.on('connect', (incoming: IncomingMessage, socket: Socket) => {
    requests.push({ source: '', method: 'CONNECT', url: `https://${incoming.url ?? ''}/`, headers: lowerCased(incoming.headers), body: null });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

/**
 * Opens one of the extension's pages in a new tab. Firefox never reports a navigation to a
 * moz-extension:// page as finished to a BiDi client (an upstream bug), although the page loads
 * and can be read and driven: so the navigation is not awaited; the page is, by its own URL.
 */
async function openExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  page.goto(url).catch(() => undefined);
  const deadline = Date.now() + EXTENSION_PAGE_MS;
  for (;;) {
    const here = await page
      .evaluate(() => (document.readyState === 'complete' ? location.href : null))
      .catch(() => null);
    if (here === url) return page;
    if (Date.now() > deadline) throw new Error(`${url} did not load within ${EXTENSION_PAGE_MS} ms.`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

export async function launchExtensionFirefox(options: { extensionDir?: string } = {}): Promise<ExtensionFirefox> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`No Firefox at ${FIREFOX_PATH}: install it (apt-get install -y firefox-esr) or set FIREFOX_PATH.`);
  }
  const build = readFirefoxBuild(options.extensionDir);
  const addonId = build.manifest.browser_specific_settings.gecko.id;
  // Firefox gives each profile's copy of an add-on a random internal UUID; fixing it here tells
  // the suite the moz-extension:// origin of the extension's pages.
  const uuid = randomUUID();
  const traffic: FirefoxTraffic = { requests: [], console: [] };
  const proxy = await startRecordingProxy(traffic.requests);
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      // Lets WebDriver BiDi install an add-on from a folder (webExtension.install).
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.share_proxy_settings': false,
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
        // Console messages of pages, content scripts and extension pages on Firefox's stdout,
        // for the secret audit: the driver reports a page's own messages only.
        'devtools.console.stdout.content': true,
        'devtools.console.stdout.chrome': true,
      },
    });
  } catch (error) {
    await proxy.close();
    throw error;
  }
  const output = browser.process();
  for (const stream of [output?.stdout, output?.stderr]) {
    let rest = '';
    stream?.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) traffic.console.push({ source: 'firefox', type: 'stdout', text: line });
    });
  }

  const close = async () => {
    try {
      await browser.close();
    } finally {
      await proxy.close();
    }
  };
  try {
    const installed = await browser.installExtension(build.dir);
    if (installed !== addonId) throw new Error(`Firefox installed ${installed}, not ${addonId}.`);
    const extensionOrigin = `moz-extension://${uuid}`;
    const extensionPage = (path: string) => openExtensionPage(browser, `${extensionOrigin}/${path}`);
    const readExtensionStorage = async (): Promise<ExtensionStorage> => {
      // The options page: an extension page with the storage API, which only reads on opening.
      const page = await extensionPage(build.manifest.options_ui.page);
      try {
        const areas = await page.evaluate(readStorageAreasInContext);
        const stores = z.object({ indexedDb: z.unknown(), caches: z.unknown() }).parse(await page.evaluate(readOriginStoresInContext));
        const localStorage = await page.evaluate(() => Object.fromEntries(Object.entries(window.localStorage)));
        return ExtensionStorageSchema.parse({ chromeStorage: areas, localStorage, ...stores });
      } finally {
        await page.close();
      }
    };
    return {
      browser,
      manifest: build.manifest,
      extensionOrigin,
      traffic,
      newTab: async () => new DomPage(await browser.newPage()),
      extensionPage,
      wrap: (page) => new DomPage(page),
      readExtensionStorage,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
