/**
 * Lists the current org's users for the exemption report, paging only as the list's own answer
 * says (USER_LIST_PAGING in knowledge.ts: nothing public tells whether Resolver's list pages):
 * a next-page link on the same origin is followed; a reported total larger than what was listed,
 * with no way on, marks the listing incomplete, and the report says so.
 */
import type { ApiClient } from '../page/api-client';
import { usersInList } from '../page/user-list';
import { unexpectedResponse } from '../page/who-am-i';
import type { Result, UserSummary } from '../protocol';
import { ENDPOINTS, REPORT_USER_LIMIT, USER_LIST_PAGE_LIMIT, USER_LIST_PAGING } from '../resolver/knowledge';
import { ok } from '../result';
import type { Listing } from './report-schema';

export interface UserListing {
  /** Each user once, in the list's order. */
  users: UserSummary[];
  listing: Listing;
}

export interface ListOptions {
  /** The tab's origin: a next-page link elsewhere is never followed. */
  origin: string;
  /** Fetches one page with the retries the caller wants (GETs: safe to repeat). */
  get?: ApiClient['get'];
}

export async function listOrgUsers(client: ApiClient, options: ListOptions): Promise<Result<UserListing>> {
  const get = options.get ?? client.get;
  const users = new Map<number, UserSummary>();
  let path: string | null = ENDPOINTS.users;
  let pages = 0;
  let reportedTotal: number | null = null;
  const visited = new Set<string>();
  /** A next link this listing would not follow (another origin, unreadable): users are missing. */
  let refused = false;
  while (path !== null && pages < USER_LIST_PAGE_LIMIT && users.size < REPORT_USER_LIMIT) {
    visited.add(path);
    const response = await get(path);
    if (!response.ok) return response;
    const listed = usersInList(response.value.body);
    if (listed === null) return unexpectedResponse(response.value.status);
    pages += 1;
    for (const user of listed) if (!users.has(user.id) && users.size < REPORT_USER_LIMIT) users.set(user.id, user);
    reportedTotal = numberAt(response.value.body, USER_LIST_PAGING.total) ?? reportedTotal;
    const link = stringAt(response.value.body, USER_LIST_PAGING.nextLink);
    // A relative link is relative to the page it came from, as a browser would read it.
    const next = samePath(link, options.origin, path);
    if (link !== null && next === null && listed.length > 0) refused = true;
    // An empty page, or a link back to a page already read, ends the list.
    path = next !== null && listed.length > 0 && !visited.has(next) ? next : null;
  }
  const complete = path === null && !refused && (reportedTotal === null || users.size >= reportedTotal) && users.size < REPORT_USER_LIMIT;
  return ok({ users: [...users.values()], listing: { pages, reportedTotal, complete } });
}

type Paths = readonly (readonly string[])[];

function valueAt(body: unknown, path: readonly string[]): unknown {
  let value = body;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function numberAt(body: unknown, paths: Paths): number | null {
  for (const path of paths) {
    const value = valueAt(body, path);
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  }
  return null;
}

function stringAt(body: unknown, paths: Paths): string | null {
  for (const path of paths) {
    const value = valueAt(body, path);
    if (typeof value === 'string' && value !== '') return value;
  }
  return null;
}

/** The link's path and query when it stays on `origin` (read against the page `from`); null for anything else. */
function samePath(link: string | null, origin: string, from: string): string | null {
  const base = `${origin}${from}`;
  if (link === null || !URL.canParse(link, base)) return null;
  const url = new URL(link, base);
  return url.origin === origin ? `${url.pathname}${url.search}` : null;
}
