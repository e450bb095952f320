/**
 * Test fixture: a `fetch` that answers from a handler instead of the network and records every
 * request, so tests can check what would have been sent (URL, headers, body). It honours the
 * request's AbortSignal like the real one.
 */
export interface SentRequest {
  method: string;
  url: string;
  headers: Headers;
  /** The body as sent (a JSON string for PUTs), or null. */
  body: string | null;
  init: RequestInit;
}

export type FakeHandler = (request: SentRequest) => Response | Promise<Response>;

export function createFakeFetch(handler: FakeHandler) {
  const requests: SentRequest[] = [];
  const fetch = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const request: SentRequest = {
      method: init.method ?? 'GET',
      url: String(input),
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : null,
      init,
    };
    requests.push(request);
    const signal = init.signal;
    return new Promise<Response>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      signal?.addEventListener('abort', () => reject(signal.reason));
      Promise.resolve()
        .then(() => handler(request))
        .then(resolve, reject);
    });
  };
  return { fetch, requests };
}

export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function emptyResponse(status = 204): Response {
  return new Response(null, { status });
}

/** A handler that never answers: only the client's timeout ends the request. */
export function never(): Promise<Response> {
  return new Promise(() => undefined);
}
