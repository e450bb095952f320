/**
 * Everything the helper runs in a Resolver tab, put together once per page: the tab's session
 * (found among its sources), the API client that uses it, the action sender with its description
 * lookup, and the tab service the popup and the panel talk to.
 */
import type { AuditRecorder } from '../audit/audit-store';
import type { Restrictions } from '../policy/effective-settings';
import type { EnvironmentReport } from '../environment-check/report-schema';
import type { PageWorldPart } from './description/swagger-ui-state';
import type { ResourceEntry } from './description/page-requests';
import { ACTIONS, environmentOf } from '../resolver/knowledge';
import { createActionSender, type ActionSender } from './action-sender';
import { createApiClient, type ApiClient } from './api-client';
import { readExampleBox } from './description/example-box';
import { findDescriptions } from './description/find-descriptions';
import type { RememberedDescriptionStore } from './description/remembered-descriptions';
import { accessTokenSource, swaggerUiSource, webAppSource } from './session/session-sources';
import { createTabSession, type TabSession } from './session/tab-session';
import { detectSwagger } from './swagger-page';
import { createTabService, type TabServiceOptions } from './tab-service';
import { whoAmI } from './who-am-i';

export interface PageServicesOptions {
  location: Pick<Location, 'href' | 'origin' | 'hostname' | 'pathname'>;
  document: Document;
  /** The origin's localStorage, where Resolver's web app keeps its sign-in. */
  storage: Storage;
  /** Reads what Swagger UI holds in the page's own world (lib/messaging.ts askPageWorld); null when it cannot. */
  pageWorld: (part: PageWorldPart) => Promise<unknown>;
  /** The page's resource timing entries. */
  resourceEntries: () => readonly ResourceEntry[];
  /** Wraps the API client (the clock-offset learner). */
  wrapClient?: (client: ApiClient) => ApiClient;
  recorder: AuditRecorder;
  /** How many writes have waited for the stores' owner in this tab (the status reports them). */
  unsavedWrites?: TabServiceOptions['unsavedWrites'];
  remembered: RememberedDescriptionStore;
  about: EnvironmentReport['extension'];
  /** The fetch the API client sends with (the browser's by default). */
  fetch?: typeof globalThis.fetch;
  /** Unix seconds (the clock by default). */
  now?: () => number;
  /** The organisation's policy, read before every action (none by default). */
  restrictions?: () => Promise<Restrictions>;
}

export interface PageServices {
  client: ApiClient;
  session: TabSession;
  sender: ActionSender;
  service: ReturnType<typeof createTabService>;
}

export function createPageServices(options: PageServicesOptions): PageServices {
  const { location, document, pageWorld } = options;
  const nowSeconds = options.now ?? (() => Math.floor(Date.now() / 1000));
  const wrapClient = options.wrapClient ?? ((client: ApiClient) => client);
  const onSwagger = () => detectSwagger(document) !== null;
  // The client reads the session's token at send time; the session checks candidate tokens with
  // the same client ("who am I?" with that token). Neither calls the other before both exist.
  const client = wrapClient(
    createApiClient({
      origin: location.origin,
      getToken: () => session.token(),
      onUnauthorized: () => session.forget(),
      fetch: options.fetch,
    }),
  );
  const session = createTabSession(
    [
      webAppSource(options.storage, nowSeconds),
      accessTokenSource(location),
      swaggerUiSource(onSwagger, () => pageWorld('swagger-ui-authorisation')),
    ],
    (token) => whoAmI(client, token),
  );

  const sender = createActionSender({
    client,
    environment: environmentOf(location.hostname),
    findDescriptions: () =>
      findDescriptions({
        client,
        document,
        location,
        askSwaggerUi: () => pageWorld('swagger-ui-description'),
        resourceEntries: options.resourceEntries,
        remembered: options.remembered,
      }),
    exampleBox: (action) => (onSwagger() ? (readExampleBox(document, 'PUT', ACTIONS[action].path)?.text ?? null) : null),
  });
  const service = createTabService({
    client,
    session,
    location,
    document,
    storage: options.storage,
    now: nowSeconds,
    recorder: options.recorder,
    sender,
    about: options.about,
    unsavedWrites: options.unsavedWrites,
    restrictions: options.restrictions,
  });
  return { client, session, sender, service };
}
