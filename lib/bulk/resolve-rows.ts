/**
 * The dry run: looks every entry up in Resolver and says what would happen to it, sending nothing.
 *
 * A user id is fetched directly (404 → unknown); an email is searched and only an exact
 * (case-insensitive) email match counts, since a search also returns near matches; anything else
 * is refused, because a name is too loose to pick the right user for a change to many users.
 * Lookups run at the run's concurrency with the same 429 wait and backoff as the sends.
 */
import type { ApiClient } from '../page/api-client';
import { outcomeOf } from '../audit/action-record';
import { endpointPath } from '../page/endpoint-path';
import { t } from '../i18n';
import type { Failure, Result, UserSummary } from '../protocol';
import { looksLikeEmail, parseUserId, RequestBuildError } from '../resolver';
import { ENDPOINTS } from '../resolver/knowledge';
import { ResolverUserSchema, UserListSchema } from '../resolver/schemas';
import { ok } from '../result';
import { toUserSummary } from '../page/user-summary';
import { unexpectedResponse } from '../page/who-am-i';
import type { BulkRow, RowResolution } from './bulk-schema';
import type { BulkEntry } from './parse-bulk-input';
import { createRateGate, verdictFor } from './retry-policy';

/** A lookup's finding, before rows are compared with each other (duplicates) and the admin (self). */
type Lookup =
  | { kind: 'user'; user: UserSummary }
  | Extract<RowResolution, { kind: 'invalid' | 'unknown' | 'ambiguous' | 'lookup-failed' }>;

const CANDIDATES_MAX = 10;
const DETAIL_MAX = 300;

export interface RowResolverDeps {
  client: ApiClient;
  /** The signed-in admin's user id: their own row is never changed by a bulk run. */
  adminId: number;
  concurrency: number;
  now?: () => number;
  random?: () => number;
}

export interface RowResolver {
  /** The rows looked up so far, in input order, classified. */
  rows(): BulkRow[];
  /**
   * Looks every entry up, calling `onLookup` after each. Fails, leaving the rest unlooked, when
   * Resolver refuses the session, the admin or the org (401, 403, maintenance): every further
   * lookup would fail the same way.
   */
  resolveAll(onLookup: () => void): Promise<Result<BulkRow[]>>;
}

export function createRowResolver(entries: readonly BulkEntry[], deps: RowResolverDeps): RowResolver {
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const gate = createRateGate(now);
  const lookups: (Lookup | undefined)[] = new Array<Lookup | undefined>(entries.length);
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

  /** One GET with the run's retry policy; `stop` when it should end the whole dry run. */
  async function get(path: string): Promise<{ result: Result<{ status: number; body: unknown }>; stop: boolean }> {
    for (let tries = 1; ; tries += 1) {
      while (gate.remainingMs() > 0) await sleep(gate.remainingMs());
      const result = await deps.client.get(path);
      const verdict = verdictFor(result, tries, random);
      if (verdict.kind === 'rate-limited') {
        gate.closeFor(verdict.waitMs);
        tries -= 1;
      } else if (verdict.kind === 'retry') await sleep(verdict.waitMs);
      else return { result, stop: verdict.kind === 'pause' };
    }
  }

  async function lookUp(input: string): Promise<{ lookup: Lookup } | { stop: Failure }> {
    const id = userIdIn(input);
    if (id.kind === 'id') {
      const { result, stop } = await get(endpointPath(ENDPOINTS.user, { id: id.id }));
      if (!result.ok) {
        if (stop) return { stop: result };
        return { lookup: result.kind === 'not-found' ? { kind: 'unknown' } : failed(result) };
      }
      const user = ResolverUserSchema.safeParse(result.value.body);
      return { lookup: user.success ? { kind: 'user', user: toUserSummary(user.data) } : failed(unexpectedResponse(result.value.status)) };
    }
    if (id.kind === 'not-id' && looksLikeEmail(input)) {
      const { result, stop } = await get(`${ENDPOINTS.users}?search=${encodeURIComponent(input)}`);
      if (!result.ok) return stop ? { stop: result } : { lookup: failed(result) };
      const list = UserListSchema.safeParse(result.value.body);
      if (!list.success) return { lookup: failed(unexpectedResponse(result.value.status)) };
      const found = list.data.data.flatMap((entry) => {
        const user = ResolverUserSchema.safeParse(entry);
        return user.success ? [toUserSummary(user.data)] : [];
      });
      const wanted = input.toLowerCase();
      const exact = found.filter((user) => user.email.trim().toLowerCase() === wanted);
      const [only] = exact;
      if (exact.length === 1 && only) return { lookup: { kind: 'user', user: only } };
      const candidates = (exact.length > 1 ? exact : found).slice(0, CANDIDATES_MAX);
      return { lookup: candidates.length === 0 ? { kind: 'unknown' } : { kind: 'ambiguous', candidates } };
    }
    const detail = id.kind === 'bad-id' ? id.detail : t('bulk.row.not-id-or-email');
    return { lookup: { kind: 'invalid', detail: detail.slice(0, DETAIL_MAX) } };
  }

  return {
    rows: () => classify(entries, lookups, deps.adminId),
    async resolveAll(onLookup) {
      let next = 0;
      let stopped: Failure | null = null;
      const worker = async () => {
        while (stopped === null && next < entries.length) {
          const index = next++;
          const found = await lookUp((entries[index] as BulkEntry).input);
          if ('stop' in found) stopped ??= found.stop;
          else lookups[index] = found.lookup;
          onLookup();
        }
      };
      await Promise.all(Array.from({ length: Math.min(deps.concurrency, entries.length) }, worker));
      return stopped ?? ok(classify(entries, lookups, deps.adminId));
    },
  };
}

/** Digits only are an id attempt, whose problem (leading zero, too large) is worth naming. */
function userIdIn(input: string): { kind: 'id'; id: number } | { kind: 'bad-id'; detail: string } | { kind: 'not-id' } {
  try {
    return { kind: 'id', id: parseUserId(input) };
  } catch (error) {
    if (!(error instanceof RequestBuildError)) throw error;
    return /^\d+$/.test(input) ? { kind: 'bad-id', detail: error.message } : { kind: 'not-id' };
  }
}

function failed(failure: Failure): Lookup {
  return { kind: 'lookup-failed', outcome: outcomeOf(failure) };
}

/**
 * Rows in input order, skipping entries not looked up yet. The admin's own row is `self` and an
 * SSO user's is `sso` wherever they appear; otherwise a user's first row is `ready` and any later
 * row for the same user `duplicate`, so each user is sent at most once.
 */
function classify(entries: readonly BulkEntry[], lookups: readonly (Lookup | undefined)[], adminId: number): BulkRow[] {
  const firstLine = new Map<number, number>();
  const rows: BulkRow[] = [];
  entries.forEach((entry, index) => {
    const lookup = lookups[index];
    if (lookup === undefined) return;
    rows.push({ ...entry, resolution: resolutionOf(lookup, entry.line), state: 'skipped', attempts: 0 });
  });
  function resolutionOf(lookup: Lookup, line: number): RowResolution {
    if (lookup.kind !== 'user') return lookup;
    const { user } = lookup;
    if (user.id === adminId) return { kind: 'self', user };
    if (user.isSSO === true) return { kind: 'sso', user };
    const first = firstLine.get(user.id);
    if (first !== undefined) return { kind: 'duplicate', user, firstLine: first };
    firstLine.set(user.id, line);
    return { kind: 'ready', user };
  }
  for (const row of rows) if (row.resolution.kind === 'ready') row.state = 'pending';
  return rows;
}
