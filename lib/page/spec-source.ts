/**
 * Finds this environment's API description, so requests are built from Resolver's own example
 * bodies rather than our guesses. Order: the document the Swagger page names (when on it), the
 * `docUrl` values of `/discover/discover`, then SPEC_URL_CANDIDATES. Only same-origin URLs are
 * fetched. Any failure just moves on; null means "use the built-in defaults" (the UI says so).
 */
import type { ApiClient } from './api-client';
import { ENDPOINTS, SPEC_URL_CANDIDATES } from '../resolver/knowledge';
import { isApiDescription } from '../resolver';
import { DiscoverSchema, DiscoveredServiceSchema } from '../resolver/schemas';
import { specUrlFromPage } from './swagger-page';

export interface LoadedSpec {
  /** A Swagger 2.0 or OpenAPI 3.x document, as fetched. */
  spec: unknown;
  /** Absolute URL it came from. */
  url: string;
}

export async function loadSpec(client: ApiClient, doc: Document): Promise<LoadedSpec | null> {
  const tried = new Set<string>();
  const tryEach = async (urls: readonly (string | null)[]) => {
    for (const url of urls) {
      const path = url === null ? null : sameOriginPath(client.origin, url);
      if (path === null || tried.has(path)) continue;
      tried.add(path);
      const spec = await fetchSpec(client, path);
      if (spec !== null) return { spec, url: new URL(path, client.origin).href };
    }
    return null;
  };
  return (
    (await tryEach([specUrlFromPage(doc)])) ??
    (await tryEach(await discoveredDocUrls(client))) ??
    (await tryEach(SPEC_URL_CANDIDATES))
  );
}

async function fetchSpec(client: ApiClient, path: string): Promise<unknown> {
  const response = await client.get(path);
  // A docUrl may name the Swagger page (HTML) rather than the document: it parses as no spec.
  if (!response.ok || !isApiDescription(response.value.body)) return null;
  return response.value.body;
}

/** client-2022: `/discover/discover` maps service keys to `{url, docUrl}`. */
async function discoveredDocUrls(client: ApiClient): Promise<string[]> {
  const response = await client.get(ENDPOINTS.discover);
  if (!response.ok) return [];
  const services = DiscoverSchema.safeParse(response.value.body);
  if (!services.success) return [];
  return Object.values(services.data).flatMap((service) => {
    const parsed = DiscoveredServiceSchema.safeParse(service);
    return parsed.success ? [parsed.data.docUrl] : [];
  });
}

/** The path (with query) of `url` when it is on `origin`; null for anything elsewhere. */
function sameOriginPath(origin: string, url: string): string | null {
  try {
    const resolved = new URL(url, origin);
    return resolved.origin === origin ? `${resolved.pathname}${resolved.search}` : null;
  } catch {
    return null;
  }
}
