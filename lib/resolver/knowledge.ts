/**
 * Everything this project knows or assumes about Resolver Core, in one place.
 *
 * Each fact carries its provenance so nobody mistakes a guess for a fact:
 * - `documented`: stated in Resolver's public help articles;
 * - `client-2022`: read from a 2022 copy of Resolver's web client (may have changed);
 * - `assumed`: our choice where nothing public says; the simulator follows the same choice and
 *   can serve alternatives (see test/simulator) so the extension is proven not to depend on it.
 *
 * Nothing outside this file may hard-code a Resolver path, storage key, host rule or example body.
 *
 * What is unknown is not guessed here but read from the page at run time (lib/page/): where the
 * API description lives and what it says (lib/page/description/), and where the tab keeps its
 * session (lib/page/session/). The only guesses left are marked `assumed` below, and the UI says
 * whenever one is used; a guessed request body is never sent to production.
 */

export type Provenance = 'documented' | 'client-2022' | 'assumed';

/** Hosts: `https://<environment>.resolver.com` (documented). */
export const RESOLVER_DOMAIN = 'resolver.com';
export const RESOLVER_MATCH_PATTERN = '*://*.resolver.com/*';

export function isResolverHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host.endsWith(`.${RESOLVER_DOMAIN}`);
}

/** True for a URL RESOLVER_MATCH_PATTERN covers: http(s) on a Resolver host. Anything unparsable is not. */
export function isResolverPageUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const { protocol, hostname } = new URL(url);
  return (protocol === 'https:' || protocol === 'http:') && isResolverHost(hostname);
}

export type Environment = 'production' | 'sandbox';

/**
 * assumed: sandbox hosts carry the word "sandbox" (the 2022 client names `sandbox.resolver.com`
 * as a staging server); Resolver documents no naming rule, so anything else counts as production,
 * the safer default because production gets the strongest warnings.
 */
export const ENVIRONMENT_RULE: Provenance = 'assumed';
export function environmentOf(hostname: string): Environment {
  return hostname.toLowerCase().includes('sandbox') ? 'sandbox' : 'production';
}

/** The web app's session in the origin's localStorage (client-2022). */
export const SESSION_KEYS = {
  /** JSON-encoded string: read with JSON.parse. */
  token: 'token',
  /** Unix seconds. */
  expiresAt: 'tokenExpiresAt',
  user: 'user',
  /** Present while an admin impersonates another user. */
  originalUser: 'original_user',
  /** Current org id. */
  currentOrg: 'last-selected-org',
} as const;

/** documented: `Authorization: bearer <token>`; the scheme is case-insensitive in practice. */
export const AUTH_SCHEME = 'bearer';

/** documented: tokens live 15 minutes; the web app renews 2 minutes before expiry. */
export const TOKEN_LIFETIME_SECONDS = 15 * 60;
export const TOKEN_RENEW_BEFORE_SECONDS = 2 * 60;

/** Read endpoints (documented / client-2022). Paths are relative to the origin root. */
export const ENDPOINTS = {
  discover: '/discover/discover',
  authenticate: '/user/authenticate',
  me: '/user/users/me',
  users: '/user/users',
  user: '/user/users/{id}',
  membership: '/user/org/{orgId}/user/{userId}',
} as const;

/** documented: the Swagger page is at `/api` (Admin > Tools > "Swagger Docs"). */
export const SWAGGER_PAGE_PATH = '/api';

/**
 * client-2022: the web client opened the Swagger page as `<docUrl>?access_token=<token>`, so a
 * Swagger tab may hold its session only in this address parameter (and in Swagger UI's own
 * authorisation), with nothing in localStorage.
 */
export const ACCESS_TOKEN_PARAM = 'access_token';

/**
 * assumed: usual locations of a machine-readable API description. Resolver does not publish its
 * description's URL; these are probed last, after everything the page itself uses
 * (lib/page/description/find-descriptions.ts).
 */
export const SPEC_URL_CANDIDATES: readonly string[] = ['/api/openapi.json', '/api/swagger.json'];

export const ACTION_NAMES = ['enforceOrgMfa', 'resetUserMfa', 'setMfaOptOut'] as const;
export type ActionName = (typeof ACTION_NAMES)[number];

/**
 * How an action's body relates to the operation's example (documented, see each action):
 * - `example`: the example value, unedited;
 * - `example-with-user-id`: the example with its numeric placeholder replaced by the user id;
 * - `opt-out-only`: never the example: only `{"mfaOptOut": <bool>}`.
 */
export type BodyRule = 'example' | 'example-with-user-id' | 'opt-out-only';

export interface ActionKnowledge {
  method: 'PUT';
  /** Path template from the origin root (documented). */
  path: string;
  body: BodyRule;
  /**
   * Used only when no API description gives the operation's example and the admin accepted it, in
   * a sandbox (never in production). The real example bodies are not public, so these are
   * `assumed`; the confirmation says so in its first line.
   */
  defaultExample: unknown;
  defaultExampleProvenance: Provenance;
}

export const ACTIONS: Record<ActionName, ActionKnowledge> = {
  /** documented: body = the Swagger example value, unedited; 204 = success. */
  enforceOrgMfa: {
    method: 'PUT',
    path: '/user/org/mfa',
    body: 'example',
    defaultExample: { mfaEnabled: true },
    defaultExampleProvenance: 'assumed',
  },
  /**
   * documented: body = the example with its numeric placeholder (articles show 0 or 1) replaced
   * by the user id. Its shape (object key, array, bare number) is not public.
   */
  resetUserMfa: {
    method: 'PUT',
    path: '/user/users/mfa/reset',
    body: 'example-with-user-id',
    defaultExample: { userId: 0 },
    defaultExampleProvenance: 'assumed',
  },
  /**
   * documented: body = ONLY `{ "mfaOptOut": <bool> }`; the example's other membership fields
   * would overwrite roles, admin flag and active state.
   */
  setMfaOptOut: {
    method: 'PUT',
    path: '/user/users/{id}/membership',
    body: 'opt-out-only',
    defaultExample: { mfaOptOut: true },
    defaultExampleProvenance: 'documented',
  },
};

/** documented: success of every MFA action is 204 (any 2xx is accepted). */
export const SUCCESS_STATUS = 204;

/** documented: the error body `{statusCode, message, details}`; 503 with this message = maintenance. */
export const MAINTENANCE_MESSAGE = 'org.is.in.maintenance.mode';
/** documented: `access.denied` on 403 can also mean an IP allow-list refusal. */
export const ACCESS_DENIED_MESSAGE = 'access.denied';

/**
 * assumed: requests a bulk run keeps in flight at once. Resolver publishes no rate limits; four
 * is what a person clicking through the web app in a few tabs could cause, and the bulk runner
 * still honours 429 Retry-After and backs off on 5xx whatever the limit turns out to be.
 */
export const BULK_CONCURRENCY = 4;
export const BULK_CONCURRENCY_PROVENANCE: Provenance = 'assumed';

/**
 * assumed: how `GET /user/users` (documented as `{data: [user, ...]}`) says there is more. Nothing
 * public tells whether or how it pages, so the exemption report reads the answer itself: it follows
 * a next-page link found at one of `nextLink` (same origin only), and compares what it listed with
 * a total found at one of `total`. A total larger than the users listed, with no way on, makes the
 * report say it is incomplete rather than pass a partial list off as the org.
 */
export const USER_LIST_PAGING = {
  provenance: 'assumed' satisfies Provenance,
  nextLink: [['next'], ['links', 'next'], ['meta', 'next'], ['paging', 'next'], ['pagination', 'next']],
  total: [['total'], ['totalCount'], ['count'], ['meta', 'total'], ['pagination', 'total'], ['paging', 'total']],
} as const;

/**
 * The exemption report reads one membership per user, `BULK_CONCURRENCY` at a time (assumed, as
 * for bulk runs), with the same backoff. Most users one report lists: far above any org the
 * public articles mention, and small enough to keep the scan's state in extension storage.
 */
export const REPORT_USER_LIMIT = 20_000;
/** Most pages of the user list followed, so a link that points back at itself cannot loop forever. */
export const USER_LIST_PAGE_LIMIT = 1_000;
