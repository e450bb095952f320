/**
 * What Swagger UI itself holds on a Swagger page: the description it loaded (even from a URL the
 * page names nowhere, or inline with no URL at all) and the authorisation its "Try it out" sends.
 *
 * Content scripts cannot see the page's JavaScript objects, so these readers run in the page's own
 * world (`scripting.executeScript` with `world: 'MAIN'`, done by the background on our content
 * script's request: lib/page-world.ts). That world belongs to the page: anything read there is
 * untrusted, so every answer is parsed here with a zod schema and bounded in size, and the readers
 * only read (they call Swagger UI's selectors, never its actions).
 *
 * The reader functions are serialised and run without this module around them: they must stay
 * self-contained (no imports, no outside variables), and every access is guarded because the page
 * can put getters that throw anywhere.
 */
import * as z from 'zod/mini';
import { MAX_DESCRIPTION_CHARS } from './description-size';

/** What the page-world reader is asked for. */
export const PageWorldPartSchema = z.enum(['swagger-ui-description', 'swagger-ui-authorisation']);
export type PageWorldPart = z.infer<typeof PageWorldPartSchema>;

const UrlTextSchema = z.string().check(z.maxLength(2_000));

export const SwaggerUiDescriptionSchema = z.object({
  generation: z.enum(['2', '3+']),
  /** 3+: still loading its description (ask again shortly). */
  loading: z.boolean(),
  /** Where Swagger UI loaded the description from; '' or null when inline. */
  url: z.nullable(UrlTextSchema),
  /** The loaded description as JSON text; null when not held (2.x loaded from a URL) or too large. */
  json: z.nullable(z.string().check(z.maxLength(MAX_DESCRIPTION_CHARS))),
  /** The `urls` of a multi-document configuration. */
  urls: z.array(z.object({ url: UrlTextSchema, name: z.optional(z.string().check(z.maxLength(200))) })).check(z.maxLength(50)),
});

export const SwaggerUiAuthorisationSchema = z.object({
  /** Authorization header values Swagger UI would send, e.g. `bearer <token>`. */
  values: z.array(z.string().check(z.maxLength(8_192))).check(z.maxLength(10)),
});

/**
 * The page-world reader. Finds the Swagger UI instance: `window.ui` (swagger-ui-dist's initializer)
 * or `window.swaggerUi` (2.x's index.html), else any global that looks like one (a branded page may
 * name it otherwise). Returns null when there is none.
 */
export function readSwaggerUiInPage(part: PageWorldPart, maxJsonChars: number): unknown {
  const guarded = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch {
      return undefined;
    }
  };
  type Anything = Record<string, unknown> & ((...args: unknown[]) => unknown);
  const isObject = (value: unknown): value is Anything =>
    value !== null && (typeof value === 'object' || typeof value === 'function');
  const isModern = (value: unknown) =>
    guarded(() => isObject(value) && isObject(value.specSelectors) && typeof value.specSelectors.specJson === 'function') === true;
  const isLegacy = (value: unknown) =>
    guarded(() => isObject(value) && isObject(value.api) && isObject(value.options) && typeof value.load === 'function') === true;
  const call = (target: unknown, name: string): unknown =>
    guarded(() => (isObject(target) && typeof target[name] === 'function' ? (target[name] as () => unknown).call(target) : undefined));
  const plain = (value: unknown): unknown => (isObject(value) && typeof value.toJS === 'function' ? call(value, 'toJS') : value);
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  const json = (value: unknown): string | null => {
    const serialised = guarded(() => JSON.stringify(value));
    return typeof serialised === 'string' && serialised.length <= maxJsonChars ? serialised : null;
  };

  const page = window as unknown as Record<string, unknown>;
  let ui = [guarded(() => page.ui), guarded(() => page.swaggerUi)].find((value) => isModern(value) || isLegacy(value));
  if (ui === undefined) {
    const names = guarded(() => Object.keys(window).slice(0, 5_000)) ?? [];
    ui = names.map((name) => guarded(() => page[name])).find((value) => isModern(value) || isLegacy(value));
  }
  if (!isObject(ui)) return null;

  if (isModern(ui)) {
    if (part === 'swagger-ui-authorisation') {
      const authorized = plain(call(ui.authSelectors, 'authorized'));
      const values = Object.values(isObject(authorized) ? authorized : {}).flatMap((entry) => {
        if (!isObject(entry) || typeof entry.value !== 'string' || !isObject(entry.schema)) return [];
        const { type, in: where, name, scheme } = entry.schema;
        if (type === 'apiKey' && where === 'header' && typeof name === 'string' && name.toLowerCase() === 'authorization') {
          return [entry.value];
        }
        return type === 'http' && typeof scheme === 'string' && scheme.toLowerCase() === 'bearer' ? [`Bearer ${entry.value}`] : [];
      });
      return { values };
    }
    const specs = ui.specSelectors;
    const configs = plain(call(ui, 'getConfigs'));
    const urls = isObject(configs) && Array.isArray(configs.urls) ? configs.urls : [];
    const loading = call(specs, 'loadingStatus') === 'loading';
    return {
      generation: '3+',
      loading,
      url: text(call(specs, 'url')),
      json: loading ? null : json(plain(call(specs, 'specJson'))),
      urls: urls.flatMap((entry: unknown) =>
        isObject(entry) && typeof entry.url === 'string'
          ? [{ url: entry.url, ...(typeof entry.name === 'string' ? { name: entry.name } : {}) }]
          : [],
      ),
    };
  }

  const client = ui.api;
  if (part === 'swagger-ui-authorisation') {
    const authz = guarded(() => (isObject(client) && isObject(client.clientAuthorizations) ? client.clientAuthorizations.authz : undefined));
    const values = Object.values(isObject(authz) ? authz : {}).flatMap((entry) =>
      isObject(entry) && entry.type === 'header' && typeof entry.name === 'string' && entry.name.toLowerCase() === 'authorization' &&
      typeof entry.value === 'string'
        ? [entry.value]
        : [],
    );
    return { values };
  }
  // 2.x resolves $refs inside the document it loaded, so the copy to trust is the page's own
  // inline `spec` option, or else the document at its URL (fetched again by the caller).
  const inline = guarded(() => (isObject(ui.options) ? ui.options.spec : undefined));
  return {
    generation: '2',
    loading: false,
    url: text(guarded(() => (isObject(client) ? client.url : undefined))),
    json: isObject(inline) ? json(inline) : null,
    urls: [],
  };
}
