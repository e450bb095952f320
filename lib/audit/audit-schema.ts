/**
 * One admin action as the audit history keeps it: who acted, where, on whom, what was sent and
 * how it ended. This schema is the single source of truth for stored entries, the options page
 * and the exports.
 *
 * Never the session token and never request headers: an entry holds only what the admin saw.
 * Text fields are bounded so 10,000 entries stay well inside the browser's storage quota.
 */
import * as z from 'zod/mini';
import {
  ActionNameSchema,
  ActionReasonSchema,
  ActionTargetSchema,
  EnvironmentSchema,
  FailureKindSchema,
  OrgSchema,
  PreparedRequestSchema,
  UserIdSchema,
} from '../protocol';
import { parseStoredList, type StoredListWarnings } from '../versioned-item';

/** How many entries the history keeps; older ones are dropped first. */
export const AUDIT_HISTORY_LIMIT = 10_000;

/** Longest server message kept in an entry (Resolver's messages are short keys like `access.denied`). */
export const AUDIT_DETAIL_MAX = 500;

/** Longest admin name or email kept (the same bound as the UI's target summary). */
export const AUDIT_NAME_MAX = 300;

export const AuditAdminSchema = z.object({
  id: UserIdSchema,
  name: z.string().check(z.maxLength(AUDIT_NAME_MAX)),
  email: z.string().check(z.maxLength(AUDIT_NAME_MAX)),
});

export const AuditOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), status: z.int() }),
  z.object({
    ok: z.literal(false),
    kind: FailureKindSchema,
    status: z.optional(z.int()),
    detail: z.optional(z.string().check(z.maxLength(AUDIT_DETAIL_MAX))),
  }),
]);
export type AuditOutcome = z.infer<typeof AuditOutcomeSchema>;

/** Longest entry id. */
export const AUDIT_ID_MAX = 100;

export const AuditEntrySchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(AUDIT_ID_MAX)),
  /** ISO 8601, UTC. */
  time: z.iso.datetime(),
  /** As Resolver's "who am I?" named them; null when it did not answer (signed out, nothing sent). */
  admin: z.nullable(AuditAdminSchema),
  origin: z.string().check(z.maxLength(300)),
  environment: EnvironmentSchema,
  /** As "who am I?" named it (name '' when Resolver gave none); null when it did not answer. */
  org: z.nullable(OrgSchema),
  action: ActionNameSchema,
  /** null for org-wide actions, and when no valid user id was given. */
  target: z.nullable(ActionTargetSchema),
  reason: z.optional(ActionReasonSchema),
  /** Only for the opt-out action: true = opted out, false = opted back in. */
  optOut: z.optional(z.boolean()),
  /**
   * Only for a successful opt-out with a reminder: when the admin asked to be reminded to opt the
   * user back in (ISO 8601, on Resolver's clock). Optional, so entries stored before it existed
   * still parse as they are: no new version or migration is needed.
   */
  optOutUntil: z.optional(z.iso.datetime()),
  /** What was (or would have been) sent, without its body; null when nothing could be built. */
  request: z.nullable(
    z.extend(z.pick(PreparedRequestSchema, { method: true, source: true }), { path: z.string().check(z.maxLength(500)) }),
  ),
  outcome: AuditOutcomeSchema,
  /** Set for a bulk run's rows: which run, and the row's 1-based line in its input. */
  run: z.optional(z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)), line: z.int().check(z.positive()) })),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/**
 * An entry before the history stamps it with its time, and with a random id unless it names its
 * own: a bulk row's entry does (row-audit.ts), so that an executor recording it again after a
 * takeover writes the same entry, which the history then keeps once.
 */
export type AuditDraft = Omit<AuditEntry, 'id' | 'time'> & { id?: string };

/**
 * Reads a stored list of entries (a page, see audit-pages.ts): invalid entries are dropped (with a
 * warning that holds no entry data, as entries name people), and anything that is not a list reads
 * as empty. Never throws.
 */
export function parseStoredHistory(stored: unknown): AuditEntry[] {
  return parseStoredList(stored, AuditEntrySchema, HISTORY_WARNINGS);
}

/**
 * A stored page of the history (see audit-pages.ts) as it is, unparsed (appends keep stored
 * entries as they are: readers drop invalid ones). A missing page, or one that is not a list,
 * holds nothing, with a warning.
 */
export function storedHistoryPage(stored: unknown): unknown[] {
  if (Array.isArray(stored)) return stored;
  console.warn(HISTORY_WARNINGS.unreadablePage);
  return [];
}

/** They name what is stored, never what it holds. */
export const HISTORY_WARNINGS = {
  unreadable: 'Resolver MFA helper: the stored audit history is unreadable and was ignored.',
  unreadablePage: 'Resolver MFA helper: a page of the stored audit history is missing or unreadable and was skipped.',
  skipped: (count: number) => `Resolver MFA helper: ${count} unreadable audit history entries were skipped.`,
} satisfies StoredListWarnings & { unreadablePage: string };
