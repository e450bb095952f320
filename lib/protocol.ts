/**
 * The contract between the extension's contexts (popup ↔ content script on a Resolver tab).
 *
 * Every shape that crosses a context boundary is a zod schema here; TypeScript types are derived
 * from them, never written twice. Receivers parse with these schemas before acting.
 *
 * The session token never appears in any of these shapes: it stays in the content script, read
 * from the page's localStorage at the moment a request is sent.
 */
import { z } from 'zod';
import { ACTION_NAMES } from './resolver/knowledge';

export const ActionNameSchema = z.enum(ACTION_NAMES);

/** A user id as the API uses it: a positive safe integer. */
export const UserIdSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const ActionInputSchema = z.object({
  userId: UserIdSchema.optional(),
  optOut: z.boolean().optional(),
});
export type ActionInput = z.infer<typeof ActionInputSchema>;

export const EnvironmentSchema = z.enum(['production', 'sandbox']);

export const UserSummarySchema = z.object({
  id: UserIdSchema,
  name: z.string(),
  email: z.string(),
  isActive: z.boolean().optional(),
  isAdmin: z.boolean().optional(),
  isSSO: z.boolean().optional(),
});
export type UserSummary = z.infer<typeof UserSummarySchema>;

export const OrgSchema = z.object({ id: z.number().int(), name: z.string() });
export type Org = z.infer<typeof OrgSchema>;

/** What the content script knows about its tab. */
export const TabStatusSchema = z.object({
  origin: z.string(),
  environment: EnvironmentSchema,
  /** null when the page holds no session (signed out) or the session has expired. */
  session: z
    .object({
      /** Unix seconds. */
      expiresAt: z.number(),
      user: UserSummarySchema.nullable(),
      org: OrgSchema.nullable(),
      isAdmin: z.boolean(),
    })
    .nullable(),
  swagger: z.enum(['2', '3+']).nullable(),
});
export type TabStatus = z.infer<typeof TabStatusSchema>;

/** The user's membership in the current org, as far as the API returns it. */
export const MembershipStateSchema = z.object({
  mfaOptOut: z.boolean().nullable(),
  isAdmin: z.boolean().nullable(),
  isActive: z.boolean().nullable(),
});
export type MembershipState = z.infer<typeof MembershipStateSchema>;

export const PreparedRequestSchema = z.object({
  method: z.literal('PUT'),
  path: z.string(),
  body: z.unknown(),
  source: z.enum(['spec', 'default']),
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
  'no-resolver-tab', // popup: the active tab is not a Resolver tab with our content script
]);
export type FailureKind = z.infer<typeof FailureKindSchema>;

export const FailureSchema = z.object({
  ok: z.literal(false),
  kind: FailureKindSchema,
  status: z.number().int().optional(),
  /** The server's message or the validation problem, shown verbatim after our own sentence. */
  detail: z.string().optional(),
  /** Seconds the server asked to wait (429 Retry-After). */
  retryAfter: z.number().nonnegative().optional(),
});
export type Failure = z.infer<typeof FailureSchema>;

export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), FailureSchema]);
}
export type Result<T> = { ok: true; value: T } | Failure;

export const ActionOutcomeSchema = z.object({ status: z.number().int(), request: PreparedRequestSchema });
export type ActionOutcome = z.infer<typeof ActionOutcomeSchema>;

/**
 * Who an action targets, as the admin picked them, sent along with runAction for the audit
 * history only: the request itself is built from `input.userId` alone.
 */
export const ActionTargetSchema = z.object({
  userId: UserIdSchema,
  name: z.string().max(300).optional(),
  email: z.string().max(300).optional(),
});
export type ActionTarget = z.infer<typeof ActionTargetSchema>;

/** Why the admin acted (e.g. a support ticket), kept in the audit history. */
export const ActionReasonSchema = z.string().trim().max(500);

/** The choices of "Remind me to opt back in", in days after the opt-out (on Resolver's clock). */
export const OPT_OUT_REMINDER_DAYS = [1, 3, 7, 14, 30, 90] as const;
export const OptOutReminderDaysSchema = z.literal(OPT_OUT_REMINDER_DAYS);
export type OptOutReminderDays = z.infer<typeof OptOutReminderDaysSchema>;

export const RequestSchemas = {
  getStatus: z.undefined(),
  findUsers: z.object({ query: z.string().trim().min(1).max(200) }),
  getMembership: z.object({ userId: UserIdSchema }),
  prepareAction: z.object({ action: ActionNameSchema, input: ActionInputSchema }),
  runAction: z.object({
    action: ActionNameSchema,
    input: ActionInputSchema,
    target: ActionTargetSchema.optional(),
    reason: ActionReasonSchema.optional(),
    /** Only when opting a user out: remind the admin this many days later to opt them back in. */
    optOutReminderDays: OptOutReminderDaysSchema.optional(),
  }).refine(
    (request) => request.optOutReminderDays === undefined || (request.action === 'setMfaOptOut' && request.input.optOut === true),
    { path: ['optOutReminderDays'], message: 'A reminder only goes with opting a user out.' },
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
  getStatus(): Promise<Res<'getStatus'>>;
  findUsers(req: Req<'findUsers'>): Promise<Res<'findUsers'>>;
  getMembership(req: Req<'getMembership'>): Promise<Res<'getMembership'>>;
  prepareAction(req: Req<'prepareAction'>): Promise<Res<'prepareAction'>>;
  runAction(req: Req<'runAction'>): Promise<Res<'runAction'>>;
}
