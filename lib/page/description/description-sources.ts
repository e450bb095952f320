/**
 * The places an API description may be found, one function each, in the order find-descriptions.ts
 * looks in them. Each adds what it finds to the lookup's set, stops once the set holds every MFA
 * operation, and records where it looked in the loader; none throws for what the page or the
 * origin hands over.
 */
import type { DescriptionSource } from '../../protocol';
import { ENDPOINTS, SPEC_URL_CANDIDATES } from '../../resolver/knowledge';
import { DiscoverSchema, DiscoveredServiceSchema } from '../../resolver/schemas';
import { specUrlFromPage } from '../swagger-page';
import type { DocumentLoader } from './document-loader';
import { followConfig } from './follow-config';
import { MAX_DESCRIPTION_CHARS } from './description-size';
import { parseJsonText } from './found-document';
import type { FoundSet } from './found-set';
import { descriptionRequests, type ResourceEntry } from './page-requests';
import { MAX_CONFIG_TEXT_CHARS } from './swagger-config';
import { SwaggerUiDescriptionSchema } from './swagger-ui-state';

export interface LookupContext {
  loader: DocumentLoader;
  found: FoundSet;
  document: Document;
  /** The page's address (the base its relative URLs resolve against). */
  pageUrl: string;
  /** Reads Swagger UI's description in the page's own world (null when it cannot). */
  askSwaggerUi: () => Promise<unknown>;
  /** The page's resource timing entries. */
  resourceEntries: () => readonly ResourceEntry[];
}

/** How long Swagger UI 3+ may still be loading its description before the other places are tried. */
export const SWAGGER_UI_LOADING_WAIT_MS = 5_000;
const SWAGGER_UI_POLL_MS = 250;

/** The description Swagger UI loaded on this page, and the other documents of its `urls`. */
export async function fromSwaggerUi({ loader, found, pageUrl, askSwaggerUi }: LookupContext): Promise<void> {
  const deadline = Date.now() + SWAGGER_UI_LOADING_WAIT_MS;
  let state = SwaggerUiDescriptionSchema.safeParse(await askSwaggerUi());
  while (state.success && state.data.loading && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, SWAGGER_UI_POLL_MS));
    state = SwaggerUiDescriptionSchema.safeParse(await askSwaggerUi());
  }
  if (!state.success) {
    loader.note('swagger-ui', 'nothing');
    return;
  }
  const { url, json, urls } = state.data;
  // Loaded from a URL on another origin: not ours to use, whatever the page holds of it.
  const loadedFrom = url ? loader.sameOrigin('swagger-ui', url, pageUrl) : null;
  if (!url || loadedFrom !== null) {
    if (json !== null) found.add(await loader.keep('swagger-ui', parseJsonText(json), loadedFrom));
    else if (loadedFrom !== null) found.add(await loader.fetchDocument('swagger-ui', loadedFrom, pageUrl));
    // Swagger UI holds no description (it failed to load one, or it is larger than is read).
    else loader.note('swagger-ui', 'nothing');
  }
  const others = urls.map((entry) => entry.url).filter((other) => loadedFrom === null || new URL(other, pageUrl).href !== loadedFrom);
  await fetchEach(loader, found, 'swagger-ui', others, pageUrl);
}

/** The Swagger UI configuration in this page's own scripts, read as text. */
export function fromPageConfig({ loader, found, document, pageUrl }: LookupContext): Promise<void> {
  // The page's scripts as HTML for the config reader: inline ones with their text, others by src.
  const scripts = [...document.scripts].map((script) =>
    script.src ? `<script src="${escapeAttribute(script.getAttribute('src') ?? '')}"></script>` : `<script>${script.text}</script>`,
  );
  return followConfig(loader, found, 'page-config', scripts.join('\n'), pageUrl);
}

/** Documents the page itself fetched (its resource timing), kept when they are descriptions. */
export function fromPageRequests({ loader, found, pageUrl, resourceEntries }: LookupContext): Promise<void> {
  const urls = descriptionRequests(resourceEntries(), pageUrl);
  if (urls.length === 0) loader.note('page-requests', 'nothing');
  return fetchEach(loader, found, 'page-requests', urls, pageUrl);
}

/** The description URL the Swagger page shows (its info link, top bar or 2.x header input). */
export function fromPageInputs({ loader, found, document, pageUrl }: LookupContext): Promise<void> {
  const url = specUrlFromPage(document);
  if (url === null) loader.note('page-inputs', 'nothing');
  return fetchEach(loader, found, 'page-inputs', url === null ? [] : [url], pageUrl);
}

/**
 * The `docUrl`s of `/discover/discover` (client-2022): each is a description, or a Swagger page
 * whose configuration names one.
 */
export async function fromDiscovery({ loader, found }: Pick<LookupContext, 'loader' | 'found'>): Promise<void> {
  const discoverUrl = new URL(ENDPOINTS.discover, loader.origin).href;
  const answer = await loader.fetchText('discovery', discoverUrl, MAX_CONFIG_TEXT_CHARS);
  const services = DiscoverSchema.safeParse(answer === null ? undefined : parseJsonText(answer.text));
  const docUrls = services.success
    ? Object.values(services.data).flatMap((service) => {
        const parsed = DiscoveredServiceSchema.safeParse(service);
        return parsed.success ? [parsed.data.docUrl] : [];
      })
    : [];
  // Unreadable, it is recorded as such already; read, it may still name no Swagger page.
  if (answer !== null && docUrls.length === 0) loader.note('discovery', 'nothing', discoverUrl);
  for (const raw of new Set(docUrls)) {
    if (found.complete()) return;
    const url = loader.sameOrigin('discovery', raw, loader.origin);
    const fetched = url === null ? null : await loader.fetchText('discovery', url, MAX_DESCRIPTION_CHARS);
    if (fetched === null) continue;
    const json = parseJsonText(fetched.text);
    if (json !== undefined) found.add(await loader.keep('discovery', json, fetched.url));
    else await followConfig(loader, found, 'discovery', fetched.text, fetched.url);
  }
}

/** The usual locations (knowledge.ts, assumed), probed last. */
export function fromCommonLocations({ loader, found }: Pick<LookupContext, 'loader' | 'found'>): Promise<void> {
  return fetchEach(loader, found, 'common-location', SPEC_URL_CANDIDATES, loader.origin);
}

/** Fetches each URL in turn until the set is complete, keeping the descriptions. */
export async function fetchEach(loader: DocumentLoader, found: FoundSet, source: DescriptionSource, urls: readonly string[], base: string) {
  for (const url of urls) {
    if (found.complete()) return;
    found.add(await loader.fetchDocument(source, url, base));
  }
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
