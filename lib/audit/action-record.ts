/**
 * Turns one runAction call into the audit history's draft entry: what the admin asked for, what
 * was built, and how it ended. Reads the request leniently, because failures before sending
 * (a request that does not validate, for instance) are recorded too, as far as they can be named.
 */
import * as z from 'zod/mini';
import {
  ActionNameSchema,
  ActionReasonSchema,
  ActionTargetSchema,
  OptOutReminderDaysSchema,
  UserIdSchema,
  type ActionOutcome,
  type ActionTarget,
  type Org,
  type PreparedRequest,
  type Result,
  type TabStatus,
  type UserSummary,
} from '../protocol';
import { AUDIT_DETAIL_MAX, AUDIT_NAME_MAX, type AuditDraft, type AuditOutcome } from './audit-schema';

/** Where and as whom the action ran. */
export interface ActionContext {
  origin: string;
  environment: TabStatus['environment'];
  admin: UserSummary | null;
  org: Org | null;
  /**
   * The `Date` header of Resolver's answer to the action (its clock), null when there was none. An
   * opt-out reminder counts from it, so a wrong clock on the admin's machine moves no expiry.
   */
  resolverTime?: string | null;
}

/** Each part on its own: one invalid field must not hide the others from the record. */
const RecordableRequestSchema = z.object({
  action: ActionNameSchema,
  input: z.catch(
    z.object({
      userId: z.catch(z.optional(UserIdSchema), undefined),
      optOut: z.catch(z.optional(z.boolean()), undefined),
    }),
    {},
  ),
  target: z.catch(z.optional(ActionTargetSchema), undefined),
  reason: z.catch(z.optional(ActionReasonSchema), undefined),
  optOutReminderDays: z.catch(z.optional(OptOutReminderDaysSchema), undefined),
});

/** null when the request does not even name an action: there is nothing to record it as. */
export function auditDraft(
  request: unknown,
  context: ActionContext,
  prepared: PreparedRequest | null,
  result: Result<ActionOutcome>,
): AuditDraft | null {
  const parsed = RecordableRequestSchema.safeParse(request);
  if (!parsed.success) return null;
  const { action, input, target, reason, optOutReminderDays } = parsed.data;
  const draft: AuditDraft = {
    admin: context.admin && { id: context.admin.id, name: clip(context.admin.name), email: clip(context.admin.email) },
    origin: context.origin,
    environment: context.environment,
    org: context.org,
    action,
    target: action === 'enforceOrgMfa' ? null : targetOf(input.userId, target),
    request: prepared && { method: prepared.method, path: prepared.path, source: prepared.source },
    outcome: outcomeOf(result),
  };
  if (reason) draft.reason = reason;
  if (action === 'setMfaOptOut' && input.optOut !== undefined) draft.optOut = input.optOut;
  // A reminder exists only once the opt-out itself succeeded.
  if (action === 'setMfaOptOut' && input.optOut === true && optOutReminderDays !== undefined && result.ok) {
    draft.optOutUntil = reminderTime(context.resolverTime ?? null, optOutReminderDays);
  }
  return draft;
}

/**
 * `days` after Resolver's time of the answer. Without a readable Date header (every HTTP server
 * with a clock sends one, RFC 9110 §6.6.1) the local clock is the only estimate left.
 */
function reminderTime(resolverTime: string | null, days: number): string {
  const answered = resolverTime === null ? Number.NaN : Date.parse(resolverTime);
  const from = Number.isNaN(answered) ? Date.now() : answered;
  return new Date(from + days * DAY_MS).toISOString();
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The user id is the one the request was built from; the UI's display fields are kept only when
 * they describe that same user, so the record cannot name someone the action did not touch.
 */
function targetOf(userId: number | undefined, shown: ActionTarget | undefined): ActionTarget | null {
  if (userId === undefined) return null;
  if (shown?.userId !== userId) return { userId };
  const target: ActionTarget = { userId };
  if (shown.name !== undefined) target.name = shown.name;
  if (shown.email !== undefined) target.email = shown.email;
  return target;
}

/** Names and emails beyond the schema's bound are cut rather than losing the whole entry. */
function clip(text: string): string {
  return text.slice(0, AUDIT_NAME_MAX);
}

export function outcomeOf(result: Result<ActionOutcome>): AuditOutcome {
  if (result.ok) return { ok: true, status: result.value.status };
  const outcome: AuditOutcome = { ok: false, kind: result.kind };
  if (result.status !== undefined) outcome.status = result.status;
  if (result.detail !== undefined) outcome.detail = result.detail.slice(0, AUDIT_DETAIL_MAX);
  return outcome;
}
