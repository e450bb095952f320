/**
 * Recognises Resolver's Swagger page and the API description it names. Resolver has shipped both
 * the legacy Swagger UI 2.x ("Try it out!") and Swagger UI 3+ ("Execute"), so both are read from
 * the real markup those UIs render.
 */
export type SwaggerUiVersion = '2' | '3+';

/**
 * Swagger UI 2.x: its index.html mounts into `#swagger-ui-container.swagger-ui-wrap`; operations
 * carry a `.sandbox_header input.submit` ("Try it out!", translatable, so matched by class).
 * Checked first: 2.x never renders 3+'s `.swagger-ui` root, but both use `.info`.
 */
const LEGACY_MARKERS = ['#swagger-ui-container', '.swagger-ui-wrap', '.sandbox_header input.submit'];
/**
 * Swagger UI 3+: mounts into `#swagger-ui` (present before rendering) and renders a `.swagger-ui`
 * root; operations carry "Try it out" (`.try-out__btn`) and "Execute" (`.execute`) buttons.
 */
const MODERN_MARKERS = ['.swagger-ui', '#swagger-ui', '.opblock .try-out__btn', '.opblock .execute'];

export function detectSwagger(doc: Document): SwaggerUiVersion | null {
  if (LEGACY_MARKERS.some((selector) => doc.querySelector(selector) !== null)) return '2';
  if (MODERN_MARKERS.some((selector) => doc.querySelector(selector) !== null)) return '3+';
  return null;
}

export const SWAGGER_WAIT_MS = 10_000;

/**
 * Like detectSwagger, but waits for a UI that is still rendering: a MutationObserver (no polling)
 * that gives up at the deadline or when `signal` aborts (the content script being invalidated).
 */
export function waitForSwagger(
  doc: Document,
  options: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<SwaggerUiVersion | null> {
  const found = detectSwagger(doc);
  if (found !== null || options.signal?.aborted) return Promise.resolve(found);
  return new Promise((resolve) => {
    const finish = (version: SwaggerUiVersion | null) => {
      observer.disconnect();
      clearTimeout(deadline);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(version);
    };
    const onAbort = () => finish(null);
    const observer = new MutationObserver(() => {
      const version = detectSwagger(doc);
      if (version !== null) finish(version);
    });
    const deadline = setTimeout(() => finish(null), options.timeoutMs ?? SWAGGER_WAIT_MS);
    options.signal?.addEventListener('abort', onAbort);
    observer.observe(doc.documentElement, { childList: true, subtree: true });
  });
}

/**
 * The API description URL the Swagger page itself shows, resolved against the page and kept only
 * when it is on the page's own origin (a description elsewhere must not steer our requests).
 * - 3+: the info block's link (`.info a > span.url`, the InfoUrl component), else the top bar's
 *   URL input (StandaloneLayout) or its definition selector.
 * - 2.x: the header's `#input_baseUrl`, which Swagger UI 2 fills with the loaded document's URL.
 */
export function specUrlFromPage(doc: Document): string | null {
  const version = detectSwagger(doc);
  if (version === null) return null;
  const candidates = version === '2' ? legacyCandidates(doc) : modernCandidates(doc);
  for (const raw of candidates) {
    const url = sameOrigin(doc, raw);
    if (url !== null) return url;
  }
  return null;
}

function modernCandidates(doc: Document): string[] {
  const infoUrl = doc.querySelector('.information-container .info .url, .swagger-ui .info .url');
  return [
    infoUrl?.closest('a[href]')?.getAttribute('href'),
    infoUrl?.textContent,
    inputValue(doc, '.topbar .download-url-input, #download-url-input'),
    doc.querySelector<HTMLSelectElement>('.topbar select')?.value,
  ].filter(isText);
}

function legacyCandidates(doc: Document): string[] {
  return [inputValue(doc, '#input_baseUrl')].filter(isText);
}

function inputValue(doc: Document, selector: string): string | undefined {
  return doc.querySelector<HTMLInputElement>(selector)?.value;
}

function isText(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function sameOrigin(doc: Document, raw: string): string | null {
  try {
    const url = new URL(raw.trim(), doc.baseURI);
    return url.origin === new URL(doc.URL).origin ? url.href : null;
  } catch {
    return null;
  }
}
