/**
 * What a Resolver tab can do for the UI (the ResolverBridge), run inside the tab's content script
 * so every request goes to the tab's own origin with the admin's own session. The popup reaches it
 * through extension messages (lib/messaging.ts); the in-page panel calls it directly.
 *
 * Every method answers with a Result and validates its input itself: the same service serves
 * messages from another context, so nothing it receives is trusted as already checked.
 */
import type { ActionSender } from './action-sender';
import type { ApiClient } from './api-client';
import { auditDraft } from '../audit/action-record';
import type { AuditRecorder } from '../audit/audit-store';
import type { EnvironmentCheckBridge } from '../environment-check/report-schema';
import { endpointPath } from './endpoint-path';
import {
  RequestSchemas,
  type ActionOutcome,
  type PreparedRequest,
  type ResolverBridge,
  type Result,
} from '../protocol';
import { parseUserId, RequestBuildError } from '../resolver';
import { ENDPOINTS, environmentOf } from '../resolver/knowledge';
import { ResolverUserSchema, type Me } from '../resolver/schemas';
import { fail, invalidRequest, ok } from '../result';
import { t } from '../i18n';
import { NO_RESTRICTIONS, type Restrictions } from '../policy/effective-settings';
import { actionRefusal, policyFailure } from '../policy/policy-rules';
import { checkEnvironment, type ReportContext } from './environment-check';
import type { TabSession } from './session/tab-session';
import { readSession } from './session/web-app-session';
import { detectSwagger } from './swagger-page';
import { readMembership } from './membership';
import { usersInList } from './user-list';
import { toUserSummary } from './user-summary';
import { orgOf, unexpectedResponse as unexpected } from './who-am-i';

export interface TabServiceOptions {
  client: ApiClient;
  /** The tab's session, found among its sources and checked with "who am I?" (session/tab-session.ts). */
  session: TabSession;
  location: Pick<Location, 'origin' | 'hostname'>;
  document: Document;
  /** The origin's localStorage: the web app's current org, when "who am I?" does not name it. */
  storage: Storage;
  /** Unix seconds. */
  now: () => number;
  /** Every runAction is recorded here once its outcome is known, whatever the outcome. */
  recorder: AuditRecorder;
  /** Shared with the bulk runs of the same page, so both use one API description. */
  sender: ActionSender;
  /** The extension's version and the browser, for "Check this environment". */
  about: ReportContext['about'];
  /** How many writes have waited for the stores' owner in this tab at least `olderThanMs` (lib/store-owner/intent-outbox.ts). */
  unsavedWrites?: (olderThanMs: number) => number;
  /**
   * The organisation's policy (managed storage), read afresh for every action: the tab refuses
   * what it forbids whatever the form did (lib/policy/). None by default.
   */
  restrictions?: () => Promise<Restrictions>;
}

/**
 * How long runAction waits for its outcome to reach the history before answering without it: the
 * background answers in milliseconds, or is starting (well under this), or cannot be reached, and
 * then the admin hears so rather than waiting. The outcome stays queued in the tab either way.
 */
export const HISTORY_WAIT_MS = 2_000;

/** What one runAction did, for its answer and its audit record. */
interface Attempt {
  result: Result<ActionOutcome>;
  prepared: PreparedRequest | null;
  /** "Who am I?" as answered alongside the request; null when not asked or not answered. */
  me: Me | null;
  /** The Date header of Resolver's answer to the action; null when none came. */
  resolverTime: string | null;
}

export function createTabService(options: TabServiceOptions): ResolverBridge & EnvironmentCheckBridge {
  const { client, session, location, document, storage, now, recorder, sender } = options;
  const restrictions = options.restrictions ?? (async () => NO_RESTRICTIONS);

  return {
    async getStatus(request) {
      const parsed = RequestSchemas.getStatus.safeParse(request);
      if (!parsed.success) return invalidRequest();
      // Only writes the owner has not answered within the wait an action gives its history entry:
      // every write waits a few milliseconds, and a tab's first ones are made as its page loads.
      const unsavedWrites = options.unsavedWrites?.(HISTORY_WAIT_MS) ?? 0;
      const base = {
        origin: location.origin,
        environment: environmentOf(location.hostname),
        swagger: detectSwagger(document),
        ...(unsavedWrites > 0 ? { unsavedWrites } : {}),
      };
      // A source whose token Resolver no longer accepts counts as none: that is being signed out.
      const resolved = await session.resolve({ fresh: parsed.data?.fresh === true });
      if (!resolved.ok) return resolved;
      if (resolved.value === null) return ok({ ...base, session: null });
      const { me, source, expiresAt } = resolved.value;
      return ok({
        ...base,
        session: { expiresAt, source, user: toUserSummary(me), org: orgOf(me), isAdmin: me.isAdmin === true },
      });
    },

    async checkEnvironment() {
      return ok(await checkEnvironment({ session, sender, location, document, nowSeconds: now, about: options.about }));
    },

    async findUsers(request) {
      const parsed = RequestSchemas.findUsers.safeParse(request);
      if (!parsed.success) return invalidRequest();
      const { query } = parsed.data;
      const id = userIdIn(query);
      if (id !== null) {
        const response = await client.get(endpointPath(ENDPOINTS.user, { id }));
        if (!response.ok) return response.kind === 'not-found' ? ok([]) : response;
        const user = ResolverUserSchema.safeParse(response.value.body);
        return user.success ? ok([toUserSummary(user.data)]) : unexpected(response.value.status);
      }
      const response = await client.get(`${ENDPOINTS.users}?search=${encodeURIComponent(query)}`);
      if (!response.ok) return response;
      const users = usersInList(response.value.body);
      return users === null ? unexpected(response.value.status) : ok(users);
    },

    async getMembership(request) {
      const parsed = RequestSchemas.getMembership.safeParse(request);
      if (!parsed.success) return invalidRequest();
      // The session's checked answer: no "who am I?" of its own (tab-session.ts).
      const resolved = await session.resolve();
      if (!resolved.ok) return resolved;
      if (resolved.value === null) return fail('signed-out');
      const orgId = orgOf(resolved.value.me)?.id ?? readSession(storage, now())?.orgId;
      if (orgId === undefined || orgId === null) return unexpected();
      return readMembership(client, orgId, parsed.data.userId);
    },

    async prepareAction(request) {
      const parsed = RequestSchemas.prepareAction.safeParse(request);
      if (!parsed.success) return invalidRequest();
      const refusal = actionRefusal(await restrictions(), location.hostname, { action: parsed.data.action, optOut: parsed.data.input.optOut });
      // The reason comes with the confirmation this prepares: only what no reason can lift is refused here.
      if (refusal !== null && refusal !== 'reason-required') return policyFailure(refusal, location.hostname);
      return sender.build(parsed.data.action, parsed.data.input);
    },

    async runAction(request) {
      const attempt = await attemptAction(request);
      // Recorded here, in the tab, before answering: the entry is written even when the popup
      // that asked has closed meanwhile.
      const unsaved = await record(request, attempt);
      const { result } = attempt;
      return result.ok && unsaved !== null ? { ...result, value: { ...result.value, unsaved } } : result;
    },
  };

  async function attemptAction(request: unknown): Promise<Attempt> {
    const parsed = RequestSchemas.runAction.safeParse(request);
    if (!parsed.success) return { result: invalidRequest(), prepared: null, me: null, resolverTime: null };
    const { action, input, reason } = parsed.data;
    const refusal = actionRefusal(await restrictions(), location.hostname, { action, optOut: input.optOut, reason });
    // Before anything is built or sent; recorded like any refusal, so the history shows the attempt.
    if (refusal !== null) return { result: policyFailure(refusal, location.hostname), prepared: null, me: null, resolverTime: null };
    // Built again here from the action and input alone: a request prepared elsewhere is never sent.
    const prepared = await sender.build(parsed.data.action, parsed.data.input);
    if (!prepared.ok) return { result: prepared, prepared: null, me: null, resolverTime: null };
    const { expected } = parsed.data;
    if (expected !== undefined && !sameRequest(expected, prepared.value)) {
      // The admin confirmed another request than this one would be: nothing is sent.
      return { result: fail('invalid-input', { detail: t('failure.detail.request-changed') }), prepared: prepared.value, me: null, resolverTime: null };
    }
    // The session's checked answer for the token the PUT is sent with names the admin and the org
    // the action applied to (a token names one user in one org: tab-session.ts).
    const [{ result, resolverTime }, resolved] = await Promise.all([sender.send(prepared.value), session.resolve()]);
    return { result, prepared: prepared.value, me: resolved.ok ? (resolved.value?.me ?? null) : null, resolverTime };
  }

  /** Records the attempt; answers null once it is in the history, else why not (see ActionOutcome.unsaved). */
  async function record(request: unknown, { result, prepared, me, resolverTime }: Attempt): Promise<'pending' | 'refused' | null> {
    // Admin and org come from Resolver's answer only, never from the web app's stored copy: the
    // page can write its own localStorage, and the history must not name whomever it claims.
    const context = {
      origin: location.origin,
      environment: environmentOf(location.hostname),
      admin: me ? toUserSummary(me) : null,
      org: me ? orgOf(me) : null,
      resolverTime,
    };
    const notRecorded = (error: unknown) => {
      // The admin still gets the outcome. The message names the failure only (e.g. a storage
      // quota), never the entry, which names people.
      console.warn('Resolver MFA helper: the action could not be added to the audit history.', error instanceof Error ? error.message : '');
      return 'refused' as const;
    };
    let recording: Promise<null | 'refused'>;
    try {
      const draft = auditDraft(request, context, prepared, result);
      recording = draft ? recorder.record(draft).then(() => null, notRecorded) : Promise.resolve(null);
    } catch (error) {
      return notRecorded(error);
    }
    // The recording goes on after the wait: the outbox delivers it when the background answers.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waited = new Promise<'pending'>((resolve) => {
      timer = setTimeout(() => resolve('pending'), HISTORY_WAIT_MS);
    });
    try {
      return await Promise.race([recording, waited]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** The same request: method, path, body and the body's source. */
function sameRequest(a: PreparedRequest, b: PreparedRequest): boolean {
  const key = (request: PreparedRequest) => JSON.stringify([request.method, request.path, request.body, request.source]);
  return key(a) === key(b);
}

/** A query that is a user id looks that user up directly; anything else is a search. */
function userIdIn(query: string): number | null {
  try {
    return parseUserId(query);
  } catch (error) {
    if (error instanceof RequestBuildError) return null;
    throw error;
  }
}
