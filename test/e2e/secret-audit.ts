/**
 * The security check every e2e spec file ends with: no session token the simulators issued (nor
 * any bearer credential the browser sent) is kept by the extension or shows up in a log, no
 * token goes to another host, and every request goes to the origin of the context that made it.
 */
import type { Worker } from 'playwright-core';
import { expect } from 'vitest';
import { z } from 'zod';
import { AUTH_SCHEME, isResolverHost } from '../../lib/resolver/knowledge';
import type { Simulator } from '../simulator';
import type { ConsoleEntry, ExtensionBrowser, RequestEntry } from './harness';

/** The service worker's extension API, as far as the audit reads it. */
declare const chrome: {
  storage?: Record<'local' | 'session' | 'sync', { get(keys: null): Promise<Record<string, unknown>> } | undefined>;
};

const RecordsSchema = z.record(z.string(), z.unknown());

/** Everything the extension's origin can keep. */
export const ExtensionStorageSchema = z.object({
  /** chrome.storage areas; null when the API is absent (the manifest asks no "storage" permission). */
  chromeStorage: z.object({ local: RecordsSchema, session: RecordsSchema, sync: RecordsSchema }).nullable(),
  /** The extension origin's localStorage (shared by its pages: the popup). */
  localStorage: z.record(z.string(), z.string()),
  /** Every IndexedDB database of the extension origin: store name → records. */
  indexedDb: z.record(z.string(), z.record(z.string(), z.array(z.unknown()))),
  /** Cache Storage: cache name → request URLs. */
  caches: z.record(z.string(), z.array(z.string())),
});
export type ExtensionStorage = z.infer<typeof ExtensionStorageSchema>;

const IconsSchema = z.object({ icons: z.record(z.string(), z.string()) });

/**
 * `storage` less the background's receipts of the intents it answered lately (`storeAnswers` in
 * storage.session, lib/store-owner/store-owner.ts): receipts, not data. For "the extension kept
 * nothing new" checks around something the admin does too (opening the panel sends intents);
 * whatever an intent changed still shows in the other areas.
 */
export function withoutIntentReceipts(storage: ExtensionStorage): ExtensionStorage {
  if (storage.chromeStorage === null) return storage;
  const { storeAnswers: _receipts, ...session } = storage.chromeStorage.session;
  return { ...storage, chromeStorage: { ...storage.chromeStorage, session } };
}

/**
 * Every extension storage area, read inside a context of the extension (its service worker here;
 * an extension page in Firefox, test/e2e-firefox): the browser runs this function's source.
 */
export async function readStorageAreasInContext(): Promise<unknown> {
  const areas = chrome.storage;
  if (!areas) return null;
  const read = async (name: 'local' | 'session' | 'sync') => (await areas[name]?.get(null)) ?? {};
  return { local: await read('local'), session: await read('session'), sync: await read('sync') };
}

async function readChromeStorage(worker: Worker): Promise<unknown> {
  return worker.evaluate(readStorageAreasInContext);
}

/** IndexedDB and Cache Storage, read inside a context of the extension's origin (as above). */
export async function readOriginStoresInContext(): Promise<unknown> {
  const asPromise = <T>(request: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const indexedDb: Record<string, Record<string, unknown[]>> = {};
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await asPromise(indexedDB.open(name));
    const stores = Array.from(db.objectStoreNames);
    indexedDb[name] = {};
    for (const store of stores) {
      indexedDb[name][store] = await asPromise(db.transaction(store).objectStore(store).getAll());
    }
    db.close();
  }
  const cacheEntries: Record<string, string[]> = {};
  for (const name of await caches.keys()) {
    cacheEntries[name] = (await (await caches.open(name)).keys()).map((request) => request.url);
  }
  return { indexedDb, caches: cacheEntries };
}

async function readOriginStores(worker: Worker): Promise<unknown> {
  return worker.evaluate(readOriginStoresInContext);
}

/**
 * Reads every place the extension's origin can keep data. The service worker has no
 * localStorage, so that is read in a tab showing one of the extension's own files (an icon: no
 * extension code runs, so reading changes nothing).
 */
export async function readExtensionStorage(browser: ExtensionBrowser): Promise<ExtensionStorage> {
  const worker = await browser.serviceWorker();
  const chromeStorage = await readChromeStorage(worker);
  const stores = z.object({ indexedDb: z.unknown(), caches: z.unknown() }).parse(await readOriginStores(worker));
  const icon = Object.values(IconsSchema.parse(browser.manifest).icons)[0];
  if (icon === undefined) throw new Error('The manifest names no icon to open at the extension origin.');
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/${icon}`);
    const localStorage = await page.evaluate(() => Object.fromEntries(Object.entries(window.localStorage)));
    return ExtensionStorageSchema.parse({ chromeStorage, localStorage, ...stores });
  } finally {
    await page.close();
  }
}

/** The token a request carried as `Authorization: bearer <token>` (scheme in any case), if any. */
export function bearerCredential(request: RequestEntry): string | null {
  const [scheme, credential, ...rest] = (request.headers.authorization ?? '').split(' ');
  return scheme?.toLowerCase() === AUTH_SCHEME.toLowerCase() && credential && rest.length === 0 ? credential : null;
}

/** `origin` as scheme://host, also for extension URLs (whose WHATWG origin is "null"). */
function originOf(url: string): string | null {
  // A blob: URL belongs to the origin that created it (the history page's export files).
  if (url.startsWith('blob:')) return originOf(url.slice('blob:'.length));
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? null : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** Every token a simulator issued, and every bearer credential the browser sent. */
function secretsOf(requests: readonly RequestEntry[], sims: readonly Simulator[]): string[] {
  const sent = requests.flatMap((request) => bearerCredential(request) ?? []);
  return [...new Set([...sims.flatMap((sim) => sim.issuedTokens()), ...sent])];
}

/** What a browser run left to audit, however the browser was driven. */
export interface LeakEvidence {
  /** Everything the extension's origin keeps, read at the end. */
  storage: ExtensionStorage;
  console: readonly ConsoleEntry[];
  requests: readonly RequestEntry[];
  /** The scheme of the extension's own files ('chrome-extension:', 'moz-extension:'): they never leave the browser. */
  extensionScheme: string;
}

/**
 * Call as the last test of a spec file, while `browser` is still open, with every simulator the
 * file started (closed ones too: they still know what they issued).
 *
 * Requests from a blank tab are the specs' own navigations (`page.goto`), so their origin is not
 * compared; files of the extension's own package (the panel's stylesheet, under the extension id
 * or, for web-accessible resources, Chromium's per-session alias of it) never leave the browser.
 */
export async function expectNoSecretLeaks(browser: ExtensionBrowser, sims: readonly Simulator[]): Promise<void> {
  const { requests, console } = browser.traffic;
  expectNoLeaksIn({ storage: await readExtensionStorage(browser), console, requests, extensionScheme: 'chrome-extension:' }, sims);
}

/** The audit itself, on evidence gathered by any browser driver (see expectNoSecretLeaks). */
export function expectNoLeaksIn(evidence: LeakEvidence, sims: readonly Simulator[]): void {
  const { requests, console: messages, extensionScheme } = evidence;
  const secrets = secretsOf(requests, sims);
  expect(secrets.length, 'no session was issued: the audit would search for nothing').toBeGreaterThan(0);
  const contains = (text: string) => secrets.some((secret) => text.includes(secret));

  const stored = JSON.stringify(evidence.storage);
  expect(contains(stored), `extension storage holds a session token: ${stored}`).toBe(false);

  expect(messages.filter((message) => contains(message.text))).toEqual([]);

  const ownFile = (url: string) => url.startsWith(`${extensionScheme}//`);
  const toOtherHosts = requests.filter((request) => {
    const host = hostOf(request.url);
    return host !== null && !ownFile(request.url) && !isResolverHost(host);
  });
  const carried = (request: RequestEntry) => contains([request.url, JSON.stringify(request.headers), request.body ?? ''].join('\n'));
  expect(toOtherHosts.filter(carried)).toEqual([]);

  const elsewhere = requests.filter((request) => {
    const from = originOf(request.source);
    return from !== null && originOf(request.url) !== from && !ownFile(request.url);
  });
  expect(elsewhere).toEqual([]);
  // The origin check must have covered the extension's own calls, not just skipped everything.
  const checkedCalls = requests.filter((request) => bearerCredential(request) !== null && originOf(request.source) !== null);
  expect(checkedCalls.length).toBeGreaterThan(0);
}
