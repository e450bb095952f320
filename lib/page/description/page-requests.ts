/**
 * Which of the Swagger page's own requests could have been its API description. Swagger UI 3+
 * loads a description with `fetch` and 2.x with XMLHttpRequest, so the page's resource timing
 * names the description's URL even when nothing on the page shows it (a branded page, a `urls`
 * list, a URL built by script). This only picks candidates: the caller fetches each and keeps
 * what really is a description.
 */
import { sameRoute } from '../../resolver/path-template';
import { ACTIONS, ENDPOINTS } from '../../resolver/knowledge';

/** The fields of a `PerformanceResourceTiming` entry this reads. */
export interface ResourceEntry {
  name: string;
  initiatorType: string;
  startTime: number;
  /** The response's MIME type, where the browser reports it. */
  contentType?: string;
}

/** The most candidates one page may make us fetch. */
export const MAX_DESCRIPTION_REQUESTS = 10;

/** How Swagger UI 3+ (`fetch`) and 2.x (`xmlhttprequest`) load a description. */
const LOADERS = new Set(['fetch', 'xmlhttprequest']);

/** Scripts, styles, source maps, images, fonts and pages: never an API description. */
const NOT_A_DOCUMENT = /\.(m?js|css|map|html?|png|jpe?g|gif|svg|ico|webp|avif|bmp|woff2?|ttf|otf|eot)$/i;

/** `application/json`, `application/vnd.oai.openapi+json`, `text/yaml`, `application/x-yaml`… */
const DESCRIPTION_TYPE = /[/+](x-)?(json|yaml)$/;

/** Resolver's data endpoints the extension itself calls: answers, not documents. */
const KNOWN_ROUTES: readonly string[] = [...Object.values(ENDPOINTS), ...Object.values(ACTIONS).map((action) => action.path)];

/**
 * Absolute URLs (fragment dropped, each once) of the page's `fetch` / XMLHttpRequest requests on
 * its own origin that could be an API description: JSON or YAML responses first, then in the
 * order the page made them; at most MAX_DESCRIPTION_REQUESTS. Empty when `pageUrl` is not a URL.
 */
export function descriptionRequests(entries: readonly ResourceEntry[], pageUrl: string): string[] {
  if (!URL.canParse(pageUrl)) return [];
  const { origin } = new URL(pageUrl);
  const page = withoutFragment(new URL(pageUrl));
  const candidates = entries.flatMap((entry) => {
    if (!LOADERS.has(entry.initiatorType) || !URL.canParse(entry.name)) return [];
    const url = new URL(entry.name);
    const href = withoutFragment(url);
    if (url.origin !== origin || href === page) return [];
    if (NOT_A_DOCUMENT.test(url.pathname) || isKnownEndpoint(url.pathname)) return [];
    return [{ href, typed: isDescriptionType(entry.contentType), startTime: entry.startTime }];
  });
  candidates.sort((a, b) => Number(b.typed) - Number(a.typed) || a.startTime - b.startTime);
  return [...new Set(candidates.map((candidate) => candidate.href))].slice(0, MAX_DESCRIPTION_REQUESTS);
}

function withoutFragment(url: URL): string {
  const copy = new URL(url);
  copy.hash = '';
  return copy.href;
}

function isDescriptionType(contentType: string | undefined): boolean {
  const essence = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return DESCRIPTION_TYPE.test(essence);
}

/**
 * Resolver's ids are numbers, so a numeric segment of a requested path stands where a template
 * has a parameter (`/user/users/42` is `/user/users/{id}`); `/user/users/me` stays literal.
 */
function isKnownEndpoint(pathname: string): boolean {
  const route = pathname
    .split('/')
    .map((segment) => (/^\d+$/.test(segment) ? '{id}' : segment))
    .join('/');
  return KNOWN_ROUTES.some((known) => sameRoute(route, known));
}
