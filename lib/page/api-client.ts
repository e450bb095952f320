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

/** A document read as text: an API description, a Swagger page, a script. */
export interface TextResponse {
  status: number;
  /** null when the document is longer than the caller's limit (it was not read further). */
  text: string | null;
  contentType: string | null;
}

export interface GetOptions {
  /**
   * Asks with this token instead of the session's: how a candidate session is checked with
   * "who am I?" before it is used (lib/page/session/tab-session.ts).
   */
  token?: string;
}

export interface ApiClient {
  readonly origin: string;
  get(path: string, options?: GetOptions): Promise<Result<ApiResponse>>;
  put(path: string, body: unknown): Promise<Result<ApiResponse>>;
  /**
   * Reads a document of the origin as text, at most `maxChars` of it. Asked without the session
   * first, as Swagger UI asks for its description; only a 401 or 403 makes it ask again with it.
   */
  getText(path: string, options: { maxChars: number }): Promise<Result<TextResponse>>;
}

export interface ApiClientOptions {
  /** The Resolver tab's origin, e.g. `https://acme.resolver.com`. */
  origin: string;
  /** Called at the moment of sending, so the token is never held longer than one request. */
  getToken: () => string | null | Promise<string | null>;
  /** Called when Resolver answers 401 to a request sent with the session's token: that session is over. */
  onUnauthorized?: () => void;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

type Auth = { kind: 'session' } | { kind: 'token'; token: string } | { kind: 'none' };

export function createApiClient(options: ApiClientOptions): ApiClient {
  const origin = new URL(options.origin).origin;
  // Called as a plain function: a detached `fetch` invoked as a method of another object throws
  // "Illegal invocation" in browsers.
  const send = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  /**
   * Sends one request and hands the response to `read` (within the timeout). Everything that can
   * go wrong before an answer arrives becomes a Failure here, for every kind of request alike.
   */
  async function exchange<T>(
    method: 'GET' | 'PUT',
    path: string,
    auth: Auth,
    body: unknown,
    read: (response: Response) => Promise<Result<T>>,
  ): Promise<Result<T>> {
    const url = sameOriginUrl(origin, path);
    if (url === null) return fail('invalid-input', { detail: t('failure.detail.path-refused') });
    const token = auth.kind === 'token' ? auth.token : auth.kind === 'session' ? await options.getToken() : null;
    if (auth.kind !== 'none' && token === null) return fail('signed-out');

    const headers = new Headers({ Accept: 'application/json' });
    if (token !== null) headers.set('Authorization', `${AUTH_SCHEME} ${token}`);
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
      if (response.status === 401 && auth.kind === 'session') options.onUnauthorized?.();
      return await read(response);
    } catch (error) {
      // Timeout is checked on the signal: some fetch implementations reject with their own error.
      if (signal.aborted) return fail('timeout');
      return fail('network', { detail: error instanceof Error ? error.message : undefined });
    }
  }

  async function readJson(response: Response): Promise<Result<ApiResponse>> {
    const parsed = parseJson(await response.text());
    if (response.ok) return ok({ status: response.status, body: parsed, date: response.headers.get('Date') });
    return failureFor(response.status, parsed, response.headers.get('Retry-After'));
  }

  function readText(maxChars: number) {
    return async (response: Response): Promise<Result<TextResponse>> => {
      if (!response.ok) return failureFor(response.status, parseJson(await response.text()), response.headers.get('Retry-After'));
      return ok({
        status: response.status,
        text: await boundedText(response, maxChars),
        contentType: response.headers.get('Content-Type'),
      });
    };
  }

  return {
    origin,
    get: (path, getOptions) =>
      exchange('GET', path, getOptions?.token === undefined ? { kind: 'session' } : { kind: 'token', token: getOptions.token }, undefined, readJson),
    put: (path, body) => exchange('PUT', path, { kind: 'session' }, body, readJson),
    async getText(path, { maxChars }) {
      const anonymous = await exchange('GET', path, { kind: 'none' }, undefined, readText(maxChars));
      if (anonymous.ok || (anonymous.kind !== 'session-ended' && anonymous.kind !== 'forbidden')) return anonymous;
      const withSession = await exchange('GET', path, { kind: 'session' }, undefined, readText(maxChars));
      // Without a session to ask with, Resolver's own refusal says more than "signed out".
      return !withSession.ok && withSession.kind === 'signed-out' ? anonymous : withSession;
    },
  };
}

/**
 * The body as text, or null once it is longer than `maxChars`: a page may name anything as its
 * description, and a huge one must not be read whole into memory.
 */
async function boundedText(response: Response, maxChars: number): Promise<string | null> {
  const declared = Number(response.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > maxChars * 4) {
    await response.body?.cancel();
    return null;
  }
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
    if (text.length > maxChars) {
      await reader.cancel();
      return null;
    }
  }
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
