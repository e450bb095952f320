/**
 * A bulk run as every context sees it: the content script of the Resolver tab resolves and runs
 * it and persists it in extension storage after every change; the popup and the in-page panel
 * watch that stored copy to draw the summary and the progress. This schema is the single source
 * of truth for the stored run and for the bulk messages.
 *
 * Never the session token: a run names the admin, the org and the users it acts on, as the audit
 * history does.
 */
import * as z from 'zod/mini';
import { AuditAdminSchema, AuditEntrySchema, AuditOutcomeSchema, AUDIT_NAME_MAX } from '../audit/audit-schema';
import { ActionReasonSchema, EnvironmentSchema, OrgSchema, UserSummarySchema } from '../protocol';

/** Most rows in one run: large enough for any org clean-up, small enough for storage and the UI. */
export const BULK_ROW_LIMIT = 5_000;

/** What a run does to every row. Opt-out runs carry the direction in `optOut`. */
export const BulkOperationSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('resetUserMfa') }),
  z.object({ action: z.literal('setMfaOptOut'), optOut: z.boolean() }),
]);
export type BulkOperation = z.infer<typeof BulkOperationSchema>;

/** What the dry run found for one input line. Only `ready` rows are ever sent. */
export const RowResolutionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ready'), user: UserSummarySchema }),
  /** Neither a user id nor a searchable email/name (e.g. `12a`, `007`). */
  z.object({ kind: z.literal('invalid'), detail: z.string().check(z.maxLength(300)) }),
  z.object({ kind: z.literal('unknown') }),
  z.object({ kind: z.literal('ambiguous'), candidates: z.array(UserSummarySchema).check(z.maxLength(10)) }),
  /** The same user as an earlier row (1-based line number): sent once, for that row. */
  z.object({ kind: z.literal('duplicate'), user: UserSummarySchema, firstLine: z.int().check(z.positive()) }),
  /** The signed-in admin: a bulk run never changes the admin's own MFA (self-lockout guard). */
  z.object({ kind: z.literal('self'), user: UserSummarySchema }),
  /** MFA does not apply to users who sign in through SSO. */
  z.object({ kind: z.literal('sso'), user: UserSummarySchema }),
  /** The lookup itself failed (server error, network…) after its retries. */
  z.object({ kind: z.literal('lookup-failed'), outcome: AuditOutcomeSchema }),
]);
export type RowResolution = z.infer<typeof RowResolutionSchema>;

export const BulkRowStateSchema = z.enum([
  'skipped', // not `ready`: never sent
  'pending', // waiting (or in flight; a resumed run sends it again: these PUTs are idempotent)
  'done',
  'failed', // final after its retries; "Retry failed rows" makes it pending again
  'cancelled', // the run was cancelled before this row was sent
]);
export type BulkRowState = z.infer<typeof BulkRowStateSchema>;

export const BulkRowSchema = z.object({
  /** 1-based line of the pasted text or CSV data row. */
  line: z.int().check(z.positive()),
  /** The line as given (trimmed), for the summary and the export. */
  input: z.string().check(z.maxLength(AUDIT_NAME_MAX)),
  resolution: RowResolutionSchema,
  state: BulkRowStateSchema,
  /** PUTs sent for this row so far, retries included. */
  attempts: z.int().check(z.nonnegative()),
  /** The last attempt's outcome; absent until one ended. */
  outcome: z.optional(AuditOutcomeSchema),
  /** ISO 8601 time the row reached its current final state. */
  finishedAt: z.optional(z.iso.datetime()),
  /**
   * What the last attempt sent, without its body (the audit entry's `request`; null when nothing
   * could be built), set on every done or failed row, so the row's audit entry can be rebuilt from
   * the stored run alone. Optional, like `recorded`: runs stored before these fields existed still
   * parse as they are, with no migration of their own (BULK_RUNS_VERSION 2 only moved the rows
   * into chunks: run-chunks.ts). Their final rows, without `request`, were recorded before they
   * were saved final (that version's order) and are not recorded again.
   */
  request: z.optional(AuditEntrySchema.shape.request),
  /**
   * Set once the row's current final state is in the audit history. A done or failed row without
   * it is recorded by the next executor of the run (see run-persistence.ts).
   */
  recorded: z.optional(z.literal(true)),
});
export type BulkRow = z.infer<typeof BulkRowSchema>;

export const BulkPhaseSchema = z.enum([
  'resolving', // looking every row up; nothing is sent
  'review', // dry-run summary shown; nothing sent until the admin confirms
  'running',
  'paused', // see `pause`
  'cancelled',
  'finished', // every row final (done, failed or skipped)
]);
export type BulkPhase = z.infer<typeof BulkPhaseSchema>;

/** The phases of a run the admin has confirmed (the progress view, rather than the dry run). */
export type StartedPhase = Exclude<BulkPhase, 'resolving' | 'review'>;

export const BulkPauseReasonSchema = z.enum([
  'admin', // "Pause" pressed
  'session', // 401: waits for a fresh session of the same admin and org in the tab, then resumes
  'other-session', // the tab is now signed in as another admin or org than the run's
  'forbidden', // 403: the admin lost admin rights; the admin resumes after fixing it
  'maintenance', // 503 maintenance: the admin resumes once it is over
]);
export type BulkPauseReason = z.infer<typeof BulkPauseReasonSchema>;

/**
 * Who executes a stored run and when it last said so (lease.ts); the exemption report's scans use
 * the same lease.
 */
export const LeaseSchema = z.object({
  owner: z.string().check(z.maxLength(100)),
  heartbeatAt: z.iso.datetime(),
  tabId: z.optional(z.int().check(z.nonnegative())),
});

export const BulkRunSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  origin: z.string().check(z.maxLength(300)),
  environment: EnvironmentSchema,
  /** As Resolver's "who am I?" named them when the run was resolved. */
  admin: AuditAdminSchema,
  org: OrgSchema,
  operation: BulkOperationSchema,
  reason: z.optional(ActionReasonSchema),
  /** Requests in flight at once. */
  concurrency: z.int().check(z.minimum(1), z.maximum(16)),
  phase: BulkPhaseSchema,
  pause: z.nullable(BulkPauseReasonSchema),
  /** ISO 8601 times. */
  createdAt: z.iso.datetime(),
  startedAt: z.nullable(z.iso.datetime()),
  updatedAt: z.iso.datetime(),
  /**
   * Which content script instance is executing the run and when it last said so: a second tab on
   * the same origin takes over only once the heartbeat is stale, so a run is never executed twice
   * at once. `tabId` is the executor's tab as the background saw it (see lease.ts): the next page
   * of that same tab takes over at once. Optional, so runs stored before it still parse.
   */
  lease: z.nullable(LeaseSchema),
  rows: z.array(BulkRowSchema).check(z.maxLength(BULK_ROW_LIMIT)),
  /**
   * How many entries the input holds. While `resolving`, `rows` holds only those looked up so
   * far (in input order), so this is the total the lookup progress counts towards.
   */
  inputCount: z.optional(z.int().check(z.nonnegative(), z.maximum(BULK_ROW_LIMIT))),
});
export type BulkRun = z.infer<typeof BulkRunSchema>;

/** Longest input a bulk run reads: pasted text or a CSV file's content (the input box holds no more). */
export const BULK_TEXT_MAX = 1_000_000;

/** Bulk messages from the UI to the tab's content script (see lib/protocol.ts). */
export const BulkRequestSchemas = {
  /** Parses `text` (pasted lines, or a CSV file's content) and looks every row up; sends nothing. */
  bulkResolve: z.object({
    text: z.string().check(z.maxLength(BULK_TEXT_MAX)),
    operation: BulkOperationSchema,
    reason: z.optional(ActionReasonSchema),
  }),
  /** Acts on the run `runId` of this tab's origin. `start` is only ever sent after a confirmation. */
  bulkCommand: z.object({
    runId: z.string().check(z.minLength(1), z.maxLength(100)),
    command: z.enum(['start', 'pause', 'resume', 'cancel', 'retryFailed', 'discard']),
  }),
} as const;

export type BulkCommand = z.infer<(typeof BulkRequestSchemas)['bulkCommand']>['command'];
