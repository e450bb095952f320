/**
 * Launches Chromium with the production build of the extension, pointed at the local simulator.
 *
 * The build's manifest only matches `*.resolver.com`, so Chromium maps those names to 127.0.0.1:
 * the shipped extension then runs against `http://acme.resolver.com:<port>` unchanged.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { evaluateInExtensionWorld, extensionWorlds, type ScriptWorld } from './content-script-probe';
import { DEFAULT_EXTENSION_DIR, readExtensionBuild, type Manifest } from './extension-build';
import { observePopups, type PopupObserver } from './popup-relay';
import { createTraffic, recordTraffic, type Traffic } from './traffic';

export { signIn, type SignInOptions } from './sign-in';
export type { ConsoleEntry, RequestEntry, Traffic } from './traffic';
export type { ScriptWorld } from './content-script-probe';
export type { Manifest } from './extension-build';

/** Test pages for "some other site" live under this suffix (see `startForeignSite`). */
export const FOREIGN_DOMAIN = 'example.test';

// Resolver and test-only names go to the simulator; every other name fails to resolve, so nothing
// the extension or a page does can leave the machine unnoticed (the request is still recorded).
const HOST_RULES = `MAP *.resolver.com 127.0.0.1, MAP *.${FOREIGN_DOMAIN} 127.0.0.1, MAP * ~NOTFOUND`;

/** The service worker's extension API, as far as the harness uses it. */
declare const chrome: { action: { openPopup(): Promise<void> } };

export interface LaunchOptions {
  extensionDir?: string;
  /** Default true. A headed window needs a display. */
  headless?: boolean;
  /**
   * The extension page, as a path prefix, that `openPopup` waits for (default: the manifest's
   * popup). The bench passes '' to also time another page it shows as the popup.
   */
  popupPath?: string;
  /**
   * Chromium's `--lang` (e.g. 'fr'): the language the browser localises extensions in (their
   * manifest's `_locales`). Its UI language, which `i18n.getUILanguage()` reports, also needs that
   * language's resources, which a Chromium without its translations (Debian's `chromium` without
   * `chromium-l10n`) lacks: there it stays en-US.
   */
  language?: string;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The manifest of the build that was loaded. */
  manifest: Manifest;
  /** Console messages and requests of every page, popup and the service worker, in order. */
  traffic: Traffic;
  /** The extension's service worker (a fresh one if Chromium restarted it). */
  serviceWorker(): Promise<Worker>;
  /** Opens the real toolbar popup for `tab` (made the active tab first) and returns it. */
  openPopup(tab: Page): Promise<Page>;
  /** The extension's content-script worlds in `page` (empty: none of its code runs there). */
  scriptWorldsIn(page: Page): Promise<ScriptWorld[]>;
  /** Runs `fn(arg)` in the extension's content-script world of `page` (its top frame). */
  evaluateInScriptWorld<A, R>(page: Page, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  return path;
}

/** Chromium writes its DevTools port and browser path here when started with port 0. */
async function devtoolsUrl(profileDir: string): Promise<string> {
  const file = join(profileDir, 'DevToolsActivePort');
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      const [port, path] = readFileSync(file, 'utf8').trim().split('\n');
      if (port && path) return `ws://127.0.0.1:${port}${path}`;
    } catch {
      // Not written yet.
    }
    await sleep(100);
  }
  throw new Error(`Chromium did not write ${file}.`);
}

export async function launchExtensionBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const build = readExtensionBuild(options.extensionDir ?? DEFAULT_EXTENSION_DIR);
  const headless = options.headless ?? true;
  const executablePath = chromiumPath();
  const profileDir = mkdtempSync(join(tmpdir(), 'resolver-mfa-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    // Playwright's own headless switch is replaced by an explicit `--headless=new` below, so the
    // mode does not depend on what Playwright's default flag means for this Chromium version.
    headless: false,
    // Playwright disables all extensions by default; --disable-extensions-except re-allows ours.
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 800 },
    // Playwright's own Ctrl-C handler would exit before close() removes the profile; callers (the
    // demo, the test runner) stop things themselves, and Playwright still kills Chromium on exit.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${build.dir}`,
      `--load-extension=${build.dir}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      `--host-resolver-rules=${HOST_RULES}`,
      // A second DevTools endpoint for the popup relay (see popup-relay.ts); loopback only.
      '--remote-debugging-port=0',
      ...(options.language ? [`--lang=${options.language}`] : []),
    ],
  }).catch((error: unknown) => {
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  });
  const traffic = createTraffic();
  recordTraffic(context, traffic);

  let popups: PopupObserver | undefined;
  const close = async () => {
    try {
      await popups?.close();
      await context.close();
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
    }
  };

  try {
    const firstWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(firstWorker.url()).host;
    const popupUrl = `chrome-extension://${extensionId}/${options.popupPath ?? build.manifest.action.default_popup}`;

    const serviceWorker = async (): Promise<Worker> => {
      const isOurs = (worker: Worker) => worker.url().startsWith(`chrome-extension://${extensionId}/`);
      return context.serviceWorkers().find(isOurs) ?? context.waitForEvent('serviceworker', { predicate: isOurs });
    };

    const openPopup = async (tab: Page): Promise<Page> => {
      if (!popups) {
        popups = await observePopups(await devtoolsUrl(profileDir), popupUrl);
        recordTraffic(popups.context, traffic);
      }
      const observer = popups;
      await tab.bringToFront();
      const opened = observer.context.waitForEvent('page', { timeout: 10_000 });
      // Awaited below; this only keeps a rejection quiet when openPopup() itself fails first.
      opened.catch(() => undefined);
      const worker = await serviceWorker();
      // openPopup() shows the popup of the focused window's active tab, exactly as a toolbar click.
      const failure = await worker.evaluate(() =>
        chrome.action.openPopup().then(
          () => null,
          (error: unknown) => String(error),
        ),
      );
      if (failure !== null) throw new Error(`chrome.action.openPopup() failed: ${failure}`);
      const popup = await opened;
      await popup.waitForLoadState('domcontentloaded');
      return popup;
    };

    const scriptWorldsIn = (page: Page) => extensionWorlds(context, page, extensionId);
    const evaluateInScriptWorld = <A, R>(page: Page, fn: (arg: A) => R | Promise<R>, arg: A) =>
      evaluateInExtensionWorld(context, page, extensionId, fn, arg);

    return { context, extensionId, manifest: build.manifest, traffic, serviceWorker, openPopup, scriptWorldsIn, evaluateInScriptWorld, close };
  } catch (error) {
    await close();
    throw error;
  }
}
