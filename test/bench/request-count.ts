/**
 * The API requests an action cost, as the simulator recorded them (test/simulator/recorder.ts:
 * it records the API and its description documents, never web pages or Swagger UI's static
 * files). `total` counts Resolver's API only, the paths under /user/ that the admin's session
 * calls; whatever was recorded elsewhere (an API description document such as /api/openapi.json,
 * /discover/) is counted apart in `outsideUser`, and every request that is none of the four named
 * kinds is listed by method and path in `unlisted`, so nothing is hidden.
 */
import { ENDPOINTS } from '../../lib/resolver/knowledge';
import type { Page } from 'playwright-core';
import type { RecordedRequest, Simulator } from '../simulator';

export interface RequestCounts {
  /** Requests under /user/ (Resolver's API). The breakdown below adds up to it. */
  total: number;
  /** `GET /user/users/me` ("who am I?"). */
  whoAmI: number;
  /** `GET /user/users` with a `search` query. */
  searches: number;
  /** `GET /user/org/{orgId}/user/{userId}`. */
  membershipReads: number;
  /** PUTs: the action's write. */
  writes: number;
  /** Under /user/ but none of the above (e.g. `GET /user/users/{id}`, a listing without search). */
  otherUser: number;
  /** Recorded outside /user/ (API description documents, /discover/): not in `total`. */
  outsideUser: number;
  /** "METHOD path" of each request counted in `otherUser` or `outsideUser`, in order. */
  unlisted: string[];
}

const MEMBERSHIP_PATH = new RegExp(`^${ENDPOINTS.membership.replace(/\{\w+\}/g, '[^/]+')}$`);

type Kind = 'whoAmI' | 'searches' | 'membershipReads' | 'writes' | 'otherUser' | 'outsideUser';

function kindOf({ method, path, query }: Pick<RecordedRequest, 'method' | 'path' | 'query'>): Kind {
  if (!path.startsWith('/user/')) return 'outsideUser';
  if (method === 'PUT') return 'writes';
  if (method !== 'GET') return 'otherUser';
  if (path === ENDPOINTS.me) return 'whoAmI';
  if (path === ENDPOINTS.users && 'search' in query) return 'searches';
  if (MEMBERSHIP_PATH.test(path)) return 'membershipReads';
  return 'otherUser';
}

export function countRequests(requests: readonly Pick<RecordedRequest, 'method' | 'path' | 'query'>[]): RequestCounts {
  const counts: RequestCounts = {
    total: 0,
    whoAmI: 0,
    searches: 0,
    membershipReads: 0,
    writes: 0,
    otherUser: 0,
    outsideUser: 0,
    unlisted: [],
  };
  for (const request of requests) {
    const kind = kindOf(request);
    counts[kind] += 1;
    if (kind !== 'outsideUser') counts.total += 1;
    if (kind === 'otherUser' || kind === 'outsideUser') counts.unlisted.push(`${request.method} ${request.path}`);
  }
  return counts;
}

/** Where the simulator's request log stands now: a bound for `requestsBetween`. */
export function requestMark(sim: Simulator): number {
  return sim.requests.length;
}

/** The requests recorded from mark `from` to mark `to` (default: now), counted; the log must not be cleared in between. */
export function requestsBetween(sim: Simulator, from: number, to = sim.requests.length): RequestCounts {
  return countRequests(sim.requests.slice(from, to));
}

/**
 * How long after the success message the bench keeps listening, to report (apart, outside the
 * target) what the success set off: a status refresh, say.
 */
export const AFTER_SUCCESS_MS = 300;

/** An action's effort: its interactions and time, and the requests before, during and after it. */
export interface MeasuredAction {
  interactions: number;
  wallTimeMs: number;
  /** The API requests from the start of the action (see each flow) to its success message. */
  requests: RequestCounts;
  /**
   * The requests before that start, not part of the action: opening the popup until its status
   * shows (helper), loading the Swagger page until it is rendered (manual).
   */
  beforeStart: RequestCounts;
  /** The requests in the AFTER_SUCCESS_MS after the success message, not part of the action either. */
  afterSuccess: RequestCounts;
}

/**
 * Closes one measured action at its success message: the time and request mark are taken first,
 * then the bench listens AFTER_SUCCESS_MS longer for what the success set off.
 */
export async function finishAction(
  page: Page,
  sim: Simulator,
  measured: { interactions: number; started: number; actionStart: number },
): Promise<MeasuredAction> {
  const wallTimeMs = performance.now() - measured.started;
  const actionEnd = requestMark(sim);
  await page.waitForTimeout(AFTER_SUCCESS_MS);
  return {
    interactions: measured.interactions,
    wallTimeMs,
    requests: requestsBetween(sim, measured.actionStart, actionEnd),
    beforeStart: requestsBetween(sim, 0, measured.actionStart),
    afterSuccess: requestsBetween(sim, actionEnd),
  };
}
