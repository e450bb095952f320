/**
 * Finds the API descriptions this Resolver page really uses, wherever they live, so each MFA
 * action takes its operation (route and example body) from Resolver's own description rather than
 * from our guesses.
 *
 * Order, stopping as soon as every MFA operation is held:
 * - on a Swagger page: what Swagger UI loaded (read in the page's world), the Swagger UI
 *   configuration in the page's scripts, the documents the page fetched, the URL the page shows;
 * - elsewhere: the operations remembered for this origin, read again from their URL when stale;
 * - then, for operations still missing and not remembered: the Swagger pages `/discover/discover`
 *   names, then the usual locations (knowledge.ts).
 * Each action takes its operation from the first description that holds it (Swagger UI `urls`,
 * one description per service), else from the remembered ones. What is found is remembered for
 * the origin, so the popup on any other tab of it builds the same requests.
 */
import type { Lookup } from '../../environment-check/report-schema';
import type { DescriptionRef } from '../../protocol';
import { actionOperationAmong, type ActionOperation } from '../../resolver';
import { ACTION_NAMES, ACTIONS, type ActionName } from '../../resolver/knowledge';
import type { ApiClient } from '../api-client';
import { detectSwagger } from '../swagger-page';
import {
  fetchEach,
  fromCommonLocations,
  fromDiscovery,
  fromPageConfig,
  fromPageInputs,
  fromPageRequests,
  fromSwaggerUi,
  type LookupContext,
} from './description-sources';
import { createDocumentLoader } from './document-loader';
import type { FoundDocument } from './found-document';
import { createFoundSet, type FoundSet } from './found-set';
import type { ResourceEntry } from './page-requests';
import { redactUrl } from './redact-url';
import {
  REMEMBERED_EXAMPLE_MAX_CHARS,
  REMEMBERED_FRESH_MS,
  type RememberedDescriptionStore,
  type RememberedOperation,
  type RememberedOperations,
} from './remembered-descriptions';

export interface DescriptionSet {
  /** Read from the page or its origin during this lookup. */
  documents: FoundDocument[];
  /** This origin's remembered operations (lookups failed to refresh some, or they were not needed). */
  remembered: RememberedOperations;
  /** Every place looked at, in order. */
  lookups: readonly Lookup[];
}

export interface DescriptionFinderOptions {
  client: ApiClient;
  document: Document;
  location: Pick<Location, 'href' | 'origin' | 'pathname'>;
  askSwaggerUi: () => Promise<unknown>;
  resourceEntries: () => readonly ResourceEntry[];
  remembered: RememberedDescriptionStore;
  now?: () => number;
}

/** An operation remembered less than this long ago is not written again when found unchanged. */
const REWRITE_AFTER_MS = 60 * 60 * 1000;

export async function findDescriptions(options: DescriptionFinderOptions): Promise<DescriptionSet> {
  const { client, document, location } = options;
  const now = options.now ?? Date.now;
  const loader = createDocumentLoader(client);
  const remembered = await options.remembered.get(location.origin).catch((): RememberedOperations => ({}));
  const found = createFoundSet();
  const context: LookupContext = {
    loader,
    found,
    document,
    pageUrl: location.href,
    askSwaggerUi: options.askSwaggerUi,
    resourceEntries: options.resourceEntries,
  };

  if (detectSwagger(document) !== null) {
    for (const step of [fromSwaggerUi, fromPageConfig, fromPageRequests, fromPageInputs]) {
      if (found.complete()) break;
      await step(context);
    }
  } else {
    await fetchEach(loader, found, 'remembered', staleUrls(remembered, now()), location.origin);
  }
  // Operations remembered for this origin serve where the page holds none: the network is asked
  // only for what neither has.
  const settled = () => ACTION_NAMES.every((action) => found.holds(action) || remembered[action] !== undefined);
  for (const step of [fromDiscovery, fromCommonLocations]) {
    if (settled()) break;
    await step(context);
  }

  await rememberFound(options.remembered, location, found, remembered, now()).catch((error: unknown) => {
    // What was found is used all the same; the next lookup tries to remember it again.
    console.warn('Resolver MFA helper: the API description could not be remembered.', error instanceof Error ? error.message : '');
  });
  return { documents: [...found.documents], remembered, lookups: loader.lookups };
}

/** The action's operation in the set, and which description it came from; undefined when none holds it. */
export function operationInSet(
  set: Pick<DescriptionSet, 'documents' | 'remembered'>,
  action: ActionName,
): { operation: ActionOperation; description: DescriptionRef } | undefined {
  const stored = set.remembered[action];
  let found: ReturnType<typeof actionOperationAmong> = undefined;
  try {
    found = actionOperationAmong(action, set.documents.map((document) => document.document));
  } catch (error) {
    // A malformed description: a remembered operation still serves; otherwise the admin learns why.
    if (stored === undefined) throw error;
  }
  const document = found && set.documents[found.index];
  if (found && document) {
    return { operation: found.operation, description: { found: document.source, url: document.url && redactUrl(document.url) } };
  }
  if (stored === undefined) return undefined;
  return {
    operation: { pathTemplate: stored.pathTemplate, example: stored.example },
    description: { found: 'remembered', url: stored.document.url, checkedAt: stored.checkedAt },
  };
}

/** The URLs of the remembered descriptions older than REMEMBERED_FRESH_MS: read again before use. */
function staleUrls(remembered: RememberedOperations, nowMs: number): string[] {
  const stale = Object.values(remembered).flatMap((operation) =>
    operation.document.url !== null && nowMs - Date.parse(operation.checkedAt) > REMEMBERED_FRESH_MS ? [operation.document.url] : [],
  );
  return [...new Set(stale)];
}

/** Remembers, for this origin, every operation a live description held (when new, changed or due). */
async function rememberFound(
  store: RememberedDescriptionStore,
  location: Pick<Location, 'origin' | 'pathname'>,
  found: FoundSet,
  before: RememberedOperations,
  nowMs: number,
): Promise<void> {
  const changes: RememberedOperations = {};
  for (const action of ACTION_NAMES) {
    if (!found.holds(action)) continue;
    const held = found.operation(action);
    const document = held && found.documents[held.index];
    if (!held || !document) continue;
    const operation = rememberedOperation(action, held.operation, document, before[action], location.pathname, nowMs);
    if (operation !== null) changes[action] = operation;
  }
  if (Object.keys(changes).length > 0) await store.remember(location.origin, changes);
}

function rememberedOperation(
  action: ActionName,
  operation: ActionOperation,
  document: FoundDocument,
  previous: RememberedOperation | undefined,
  foundOn: string,
  nowMs: number,
): RememberedOperation | null {
  const example = ACTIONS[action].body === 'opt-out-only' ? undefined : operation.example;
  if (example !== undefined && (JSON.stringify(example)?.length ?? 0) > REMEMBERED_EXAMPLE_MAX_CHARS) return null;
  const unchanged =
    previous !== undefined &&
    previous.document.hash === document.hash &&
    previous.pathTemplate === operation.pathTemplate &&
    nowMs - Date.parse(previous.checkedAt) < REWRITE_AFTER_MS;
  if (unchanged) return null;
  return {
    pathTemplate: operation.pathTemplate,
    ...(example === undefined ? {} : { example }),
    document: {
      // A refreshed remembered description keeps saying where it was first found.
      source: document.source === 'remembered' && previous ? previous.document.source : document.source,
      url: document.url && redactUrl(document.url),
      format: document.format,
      version: document.version,
      hash: document.hash,
      foundOn: document.source === 'remembered' && previous ? previous.document.foundOn : foundOn,
    },
    checkedAt: new Date(nowMs).toISOString(),
  };
}
