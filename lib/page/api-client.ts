/**
 * The one way the extension talks to Resolver: same-origin requests from the Resolver tab, carrying
 * the admin's own session token, with every outcome turned into a Result the UI can explain.
 */
import type { Result } from '../protocol';
import { AUTH_SCHEME, MAINTENANCE_MESSAGE } from '../resolver/knowledge';
import { ErrorBodySchema } from '../resolver/schemas';
import { fail, ok } from '../result';
import { t } from '../i18n';

export interface ApiResponse {
  status: number;
  /** The parsed JSON body; null when the body is empty or not JSON. */
  body: unknown;
  /** The server's `Date` header, as sent (Resolver's clock); null when absent. */
  date: string | null;
}

export interface ApiClient {
  readonly origin: string;
  get(path: string): Promise<Result<ApiResponse>>;
  put(path: string, body: unknown): Promise<Result<ApiResponse>>;
}

export interface ApiClientOptions {
  /** The Resolver tab's origin, e.g. `https://acme.resolver.com`. */
  origin: string;
  /** Called at the moment of sending, so the token is never held longer than one request. */
  getToken: () => string | null;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

export function createApiClient(options: ApiClientOptions): ApiClient {
  const origin = new URL(options.origin).origin;
  // Called as a plain function: a detached `fetch` invoked as a method of another object throws
  // "Illegal invocation" in browsers.
  const send = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function request(method: 'GET' | 'PUT', path: string, body?: unknown): Promise<Result<ApiResponse>> {
    const url = sameOriginUrl(origin, path);
    if (url === null) return fail('invalid-input', { detail: t('failure.detail.path-refused') });
    const token = options.getToken();
    if (token === null) return fail('signed-out');

    const headers = new Headers({ Accept: 'application/json', Authorization: `${AUTH_SCHEME} ${token}` });
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const response = await send(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
        cache: 'no-store',
        // A redirect could carry the Authorization header somewhere else; Resolver's API does not
        // redirect, so one is treated as a failure rather than followed.
        redirect: 'error',
      });
      const parsed = parseJson(await response.text());
      if (response.ok) return ok({ status: response.status, body: parsed, date: response.headers.get('Date') });
      return failureFor(response.status, parsed, response.headers.get('Retry-After'));
    } catch (error) {
      // Timeout is checked on the signal: some fetch implementations reject with their own error.
      if (signal.aborted) return fail('timeout');
      return fail('network', { detail: error instanceof Error ? error.message : undefined });
    }
  }

  return {
    origin,
    get: (path) => request('GET', path),
    put: (path, body) => request('PUT', path, body),
  };
}

/**
 * Resolves a path against the origin, refusing anything that would leave it: absolute URLs,
 * protocol-relative `//host`, and `/\host`, which URL parsers treat as `//host`.
 */
function sameOriginUrl(origin: string, path: string): string | null {
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return null;
  try {
    const url = new URL(path, origin);
    return url.origin === origin ? url.href : null;
  } catch {
    return null;
  }
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** documented error body `{statusCode, message, details}`; an unreadable body gives no detail. */
function serverMessage(body: unknown): { message?: string; details?: string } {
  const parsed = ErrorBodySchema.safeParse(body);
  if (!parsed.success) return {};
  const { message, details } = parsed.data;
  const detailsText = typeof details === 'string' ? details : details == null ? undefined : JSON.stringify(details);
  return { message, details: detailsText === '' || detailsText === '{}' || detailsText === '[]' ? undefined : detailsText };
}

/** Retry-After in seconds (RFC 9110: delay-seconds or an HTTP-date); undefined when absent or unreadable. */
export function retryAfterSeconds(header: string | null, nowMs = Date.now()): number | undefined {
  const value = header?.trim() ?? '';
  if (/^\d+$/.test(value)) return Number(value);
  // Only an IMF-fixdate (`Fri, 04 Dec 2026 10:00:30 GMT`): Date.parse also reads `-5` as a year.
  if (!/ GMT$/.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - nowMs) / 1000));
}

function failureFor(status: number, body: unknown, retryAfter: string | null) {
  const { message, details } = serverMessage(body);
  const detail = message !== undefined && details !== undefined ? `${message}: ${details}` : (message ?? details);
  if (status === 429) return fail('rejected', { status, detail, retryAfter: retryAfterSeconds(retryAfter) });
  if (status === 401) return fail('session-ended', { status, detail });
  // documented: `access.denied` also means an IP allow-list refusal, so the message is kept.
  if (status === 403) return fail('forbidden', { status, detail });
  if (status === 404) return fail('not-found', { status, detail });
  if (status === 503 && message === MAINTENANCE_MESSAGE) return fail('maintenance', { status, detail });
  if (status >= 400 && status < 500) return fail('rejected', { status, detail });
  return fail('server', { status, detail });
}
