/**
 * Records every console message, page error and network request of a browser context (pages,
 * the extension's service worker, its popups) so tests can assert on them afterwards, e.g. that a
 * session token never reaches a log line or a foreign origin.
 */
import type { BrowserContext, ConsoleMessage, Request, WebError } from 'playwright-core';

export interface ConsoleEntry {
  /** URL of the page or worker that logged it ('' when Playwright does not know). */
  source: string;
  /** A console method ('log', 'error', ...) or 'pageerror' for an uncaught exception. */
  type: string;
  text: string;
}

export interface RequestEntry {
  /** URL of the document or service worker that issued it. */
  source: string;
  method: string;
  url: string;
  /** As sent, names lower-cased (`authorization` included). */
  headers: Record<string, string>;
  body: string | null;
}

export interface Traffic {
  readonly console: ConsoleEntry[];
  readonly requests: RequestEntry[];
}

export function createTraffic(): Traffic {
  return { console: [], requests: [] };
}

function consoleEntry(message: ConsoleMessage): ConsoleEntry {
  const source = message.page()?.url() ?? message.worker()?.url() ?? '';
  return { source, type: message.type(), text: message.text() };
}

function errorEntry(error: WebError): ConsoleEntry {
  const { message, stack } = error.error();
  return { source: error.page()?.url() ?? '', type: 'pageerror', text: stack ?? message };
}

/** Who made the request: the service worker, or the frame (page, popup, content script). */
function sourceOf(request: Request): string {
  // `frame()` throws for requests a service worker makes, hence the check first.
  const worker = request.serviceWorker();
  if (worker) return worker.url();
  try {
    return request.frame().url();
  } catch {
    // Neither: the browser fetching a worker's own scripts as it starts it (the module service
    // worker's chunks), before there is a worker to name; the script stands for it.
    return request.url();
  }
}

function requestEntry(request: Request): RequestEntry {
  const source = sourceOf(request);
  return {
    source,
    method: request.method(),
    url: request.url(),
    headers: request.headers(),
    body: request.postData(),
  };
}

export function recordTraffic(context: BrowserContext, traffic: Traffic): void {
  context.on('console', (message) => traffic.console.push(consoleEntry(message)));
  context.on('weberror', (error) => traffic.console.push(errorEntry(error)));
  context.on('request', (request) => traffic.requests.push(requestEntry(request)));
}
