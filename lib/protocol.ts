/**
 * The contract between the extension's contexts (popup ↔ content script on a Resolver tab).
 *
 * Every shape that crosses a context boundary is a zod schema here; TypeScript types are derived
 * from them, never written twice. Receivers parse with these schemas before acting.
 *
 * The session token never appears in any of these shapes: it stays in the content script, read
 * from the page's localStorage at the moment a request is sent.
 */
import * as z from 'zod/mini';
import { ACTION_NAMES } from './resolver/knowledge';

export const ActionNameSchema = z.enum(ACTION_NAMES);

/** A user id as the API uses it: a positive safe integer. */
export const UserIdSchema = z.int().check(z.positive(), z.maximum(Number.MAX_SAFE_INTEGER));

/** Longest Example Value an admin may paste (Resolver's example bodies are a few lines). */
export const PASTED_EXAMPLE_MAX = 20_000;

export const ActionInputSchema = z.object({
  userId: z.optional(UserIdSchema),
  optOut: z.optional(z.boolean()),
  /**
   * The operation's Example Value as the admin pasted it (JSON text), for when this environment's
   * API description cannot be found: it takes the place of the description's example, labelled "pasted".
   */
  pastedExample: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(PASTED_EXAMPLE_MAX))),
  /** The admin acknowledged that the body is the extension's built-in guess (refused in production). */
  acceptDefault: z.optional(z.literal(true)),
});
export type ActionInput = z.infer<typeof ActionInputSchema>;

export const EnvironmentSchema = z.enum(['production', 'sandbox']);

export const UserSummarySchema = z.object({
  id: UserIdSchema,
  name: z.string(),
  email: z.string(),
  isActive: z.optional(z.boolean()),
  isAdmin: z.optional(z.boolean()),
  isSSO: z.optional(z.boolean()),
});
export type UserSummary = z.infer<typeof UserSummarySchema>;

export const OrgSchema = z.object({ id: z.int(), name: z.string() });
export type Org = z.infer<typeof OrgSchema>;

/**
 * Where the tab's session token was read (never the token itself): the web app's own sign-in in the
 * origin's localStorage, the Swagger page's `access_token` address parameter, or the authorisation
 * Swagger UI holds (what its "Try it out" sends).
 */
export const SessionSourceSchema = z.enum(['web-app', 'access-token', 'swagger-ui']);
export type SessionSource = z.infer<typeof SessionSourceSchema>;

/** What the content script knows about its tab. */
export const TabStatusSchema = z.object({
  origin: z.string(),
  environment: EnvironmentSchema,
  /** null when the page holds no session (signed out) or the session has expired. */
  session: z.nullable(
    z.object({
      /** Unix seconds; null when the source does not tell (only the web app's sign-in does). */
      expiresAt: z.nullable(z.number()),
      source: SessionSourceSchema,
      user: z.nullable(UserSummarySchema),
      org: z.nullable(OrgSchema),
      isAdmin: z.boolean(),
    }),
  ),
  swagger: z.nullable(z.enum(['2', '3+'])),
  /** Writes (outcomes, run progress) this tab holds that the extension's background has not taken yet. */
  unsavedWrites: z.optional(z.int().check(z.nonnegative())),
});
export type TabStatus = z.infer<typeof TabStatusSchema>;

/** The user's membership in the current org, as far as the API returns it. */
export const MembershipStateSchema = z.object({
  mfaOptOut: z.nullable(z.boolean()),
  isAdmin: z.nullable(z.boolean()),
  isActive: z.nullable(z.boolean()),
});
export type MembershipState = z.infer<typeof MembershipStateSchema>;

/**
 * Where a request's body came from:
 * - `spec`: this environment's API description (see DescriptionRef for which one);
 * - `documented`: the body is fixed by Resolver's documentation (opting out: only `mfaOptOut`);
 * - `example-box`: the operation's "Example Value" as rendered on the Swagger page;
 * - `pasted`: the Example Value the admin pasted;
 * - `default`: the extension's built-in guess (never sent to production).
 */
export const BodySourceSchema = z.enum(['spec', 'documented', 'example-box', 'pasted', 'default']);
export type BodySource = z.infer<typeof BodySourceSchema>;

/** How an API description was found (lib/page/description/). */
export const DescriptionSourceSchema = z.enum([
  'swagger-ui', // the document Swagger UI loaded on this page, read in the page's world
  'page-config', // the Swagger UI configuration in the page's scripts, read as text
  'page-requests', // a document the page itself fetched (resource timing)
  'page-inputs', // the URL the Swagger page shows
  'discovery', // the Swagger page `/discover/discover` names (docUrl)
  'remembered', // found earlier on this origin, kept in extension storage
  'common-location', // a usual location, probed
]);
export type DescriptionSource = z.infer<typeof DescriptionSourceSchema>;

export const DESCRIPTION_URL_MAX = 2_000;

/** Which description an operation came from: its URL (null: inline in the page), and when it was remembered. */
export const DescriptionRefSchema = z.object({
  found: DescriptionSourceSchema,
  url: z.nullable(z.string().check(z.maxLength(DESCRIPTION_URL_MAX))),
  /** For `remembered`: when the description was last read from the page or its URL (ISO 8601). */
  checkedAt: z.optional(z.iso.datetime()),
});
export type DescriptionRef = z.infer<typeof DescriptionRefSchema>;

export const PreparedRequestSchema = z.object({
  method: z.literal('PUT'),
  path: z.string(),
  body: z.unknown(),
  source: BodySourceSchema,
  /** For the path or body taken from an API description: which one. */
  description: z.optional(DescriptionRefSchema),
});
export type PreparedRequest = z.infer<typeof PreparedRequestSchema>;

/** Why a call failed, in terms the UI turns into plain words. */
export const FailureKindSchema = z.enum([
  'invalid-input', // rejected before sending
  'signed-out', // no session in the tab
  'session-ended', // 401
  'forbidden', // 403
  'not-found', // 404
  'maintenance', // 503 org.is.in.maintenance.mode
  'rejected', // other 4xx
  'server', // 5xx
  'network', // fetch failed
  'timeout',
  'no-description', // the body would be a guess: no usable example in this environment's API description
  'no-resolver-tab', // popup: the active tab is not a Resolver tab with our content script
  'policy', // refused by the organisation's policy (managed storage); nothing sent
]);
export type FailureKind = z.infer<typeof FailureKindSchema>;

export const FailureSchema = z.object({
  ok: z.literal(false),
  kind: FailureKindSchema,
  status: z.optional(z.int()),
  /** The server's message or the validation problem, shown verbatim after our own sentence. */
  detail: z.optional(z.string()),
  /** Seconds the server asked to wait (429 Retry-After). */
  retryAfter: z.optional(z.number().check(z.nonnegative())),
});
export type Failure = z.infer<typeof FailureSchema>;

export function resultSchema<T extends z.core.$ZodType>(value: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), FailureSchema]);
}
export type Result<T> = { ok: true; value: T } | Failure;

export const ActionOutcomeSchema = z.object({
  status: z.int(),
  request: PreparedRequestSchema,
  /**
   * Absent once the outcome is in the audit history. 'pending': the extension's background has
   * not taken it yet; it waits in the tab and is saved when the background answers. 'refused':
   * the background could not store it (storage full with nothing left to drop, see the quota rule).
   */
  unsaved: z.optional(z.enum(['pending', 'refused'])),
});
export type ActionOutcome = z.infer<typeof ActionOutcomeSchema>;

/**
 * Who an action targets, as the admin picked them, sent along with runAction for the audit
 * history only: the request itself is built from `input.userId` alone.
 */
export const ActionTargetSchema = z.object({
  userId: UserIdSchema,
  name: z.optional(z.string().check(z.maxLength(300))),
  email: z.optional(z.string().check(z.maxLength(300))),
});
export type ActionTarget = z.infer<typeof ActionTargetSchema>;

/** Longest reason kept (the reason field holds no more). */
export const ACTION_REASON_MAX = 500;

/** Why the admin acted (e.g. a support ticket), kept in the audit history. */
export const ActionReasonSchema = z.string().check(z.trim(), z.maxLength(ACTION_REASON_MAX));

/** The choices of "Remind me to opt back in", in days after the opt-out (on Resolver's clock). */
export const OPT_OUT_REMINDER_DAYS = [1, 3, 7, 14, 30, 90] as const;
export const OptOutReminderDaysSchema = z.literal(OPT_OUT_REMINDER_DAYS);
export type OptOutReminderDays = z.infer<typeof OptOutReminderDaysSchema>;

export const RequestSchemas = {
  /** `fresh`: ask Resolver "who am I?" again even for the token already checked (the admin's Refresh). */
  getStatus: z.optional(z.object({ fresh: z.optional(z.boolean()) })),
  findUsers: z.object({ query: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)) }),
  getMembership: z.object({ userId: UserIdSchema }),
  prepareAction: z.object({ action: ActionNameSchema, input: ActionInputSchema }),
  runAction: z
    .object({
      action: ActionNameSchema,
      input: ActionInputSchema,
      target: z.optional(ActionTargetSchema),
      reason: z.optional(ActionReasonSchema),
      /** Only when opting a user out: remind the admin this many days later to opt them back in. */
      optOutReminderDays: z.optional(OptOutReminderDaysSchema),
      /**
       * The request the admin confirmed. It is never sent as such: the tab builds the request again
       * and refuses to send one that differs from it.
       */
      expected: z.optional(PreparedRequestSchema),
    })
    .check(
      z.refine(
        (request) => request.optOutReminderDays === undefined || (request.action === 'setMfaOptOut' && request.input.optOut === true),
        { path: ['optOutReminderDays'], message: 'A reminder only goes with opting a user out.' },
      ),
    ),
} as const;

export const ResponseSchemas = {
  getStatus: resultSchema(TabStatusSchema),
  findUsers: resultSchema(z.array(UserSummarySchema)),
  getMembership: resultSchema(MembershipStateSchema),
  prepareAction: resultSchema(PreparedRequestSchema),
  runAction: resultSchema(ActionOutcomeSchema),
} as const;

type Req<K extends keyof typeof RequestSchemas> = z.infer<(typeof RequestSchemas)[K]>;
type Res<K extends keyof typeof ResponseSchemas> = z.infer<(typeof ResponseSchemas)[K]>;

/**
 * What the UI can ask of a Resolver tab. The popup implements it with extension messages to the
 * tab's content script; the in-page panel implements it with direct calls. Components depend on
 * this interface only.
 */
export interface ResolverBridge {
  getStatus(req?: Req<'getStatus'>): Promise<Res<'getStatus'>>;
  findUsers(req: Req<'findUsers'>): Promise<Res<'findUsers'>>;
  getMembership(req: Req<'getMembership'>): Promise<Res<'getMembership'>>;
  prepareAction(req: Req<'prepareAction'>): Promise<Res<'prepareAction'>>;
  runAction(req: Req<'runAction'>): Promise<Res<'runAction'>>;
}
