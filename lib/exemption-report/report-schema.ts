/**
 * An exemption report ("who is exempt from MFA?") as every context sees it: the content script of
 * the Resolver tab lists the org's users, reads each membership and persists the scan in extension
 * storage as it goes; the popup, the in-page panel and the options page watch that stored copy.
 * This schema is the single source of truth for the stored scan and for the report messages.
 *
 * Reads only: a scan never sends anything but GETs. It never holds the session token, and of the
 * users it keeps full details only for the exempt ones; the others are an id and a one-letter state.
 */
import * as z from 'zod/mini';
import { AuditAdminSchema, AuditOutcomeSchema, AUDIT_NAME_MAX } from '../audit/audit-schema';
import { LeaseSchema } from '../bulk/bulk-schema';
import { EnvironmentSchema, OrgSchema, UserIdSchema } from '../protocol';
import { REPORT_USER_LIMIT } from '../resolver/knowledge';

/**
 * One letter per listed user, in `ScanSchema.states`: compact, so a scan of thousands of users is
 * saved in a few kilobytes. Where Resolver did not report `mfaOptOut` the user is `unreported`,
 * never counted as subject to MFA.
 */
export const USER_STATE = {
  pending: '.',
  subject: 's',
  exempt: 'x',
  unreported: '?',
  /** The read failed after its retries (server error, network). "Read again" retries these. */
  failed: '!',
  /** Not a member of the org any more (404 on the membership read): left out of every count. */
  gone: '-',
} as const;
export type UserState = (typeof USER_STATE)[keyof typeof USER_STATE];

/** One letter per listed user, in `ScanSchema.active`: active in the org, inactive, or not reported. */
export const ACTIVE_STATE = { active: 'y', inactive: 'n', unknown: '?' } as const;
export type ActiveState = (typeof ACTIVE_STATE)[keyof typeof ACTIVE_STATE];

/** An exempt user as the report lists them; a flag is null where Resolver did not report it. */
export const ExemptUserSchema = z.object({
  id: UserIdSchema,
  name: z.string().check(z.maxLength(AUDIT_NAME_MAX)),
  email: z.string().check(z.maxLength(AUDIT_NAME_MAX)),
  active: z.nullable(z.boolean()),
  admin: z.nullable(z.boolean()),
  sso: z.nullable(z.boolean()),
});
export type ExemptUser = z.infer<typeof ExemptUserSchema>;

export const ScanPhaseSchema = z.enum([
  'listing', // reading the user list (again, on a resumed scan)
  'scanning', // reading memberships
  'paused', // see `pause`
  'cancelled',
  'finished', // every listed user read (some may have failed: see the counts)
  'failed', // the user list itself could not be read: see `failure`
]);
export type ScanPhase = z.infer<typeof ScanPhaseSchema>;

export const ScanPauseReasonSchema = z.enum([
  'admin', // "Pause" pressed
  'session', // 401: sign in again in the tab, then Resume
  'other-session', // the tab is now signed in as another admin or org than the scan's
  'forbidden', // 403: not (or no longer) an admin of the org
  'maintenance', // 503 maintenance
  'unreachable', // "who am I?" failed (network, 5xx) when the scan started or resumed
]);
export type ScanPauseReason = z.infer<typeof ScanPauseReasonSchema>;

/** How the user list answered: pages followed, the total it reported, and whether every user was listed. */
export const ListingSchema = z.object({
  pages: z.int().check(z.nonnegative()),
  /** The total the list itself reported, when it reported one. */
  reportedTotal: z.nullable(z.int().check(z.nonnegative())),
  /** False when the list said it holds more users than it gave (or more than REPORT_USER_LIMIT). */
  complete: z.boolean(),
});
export type Listing = z.infer<typeof ListingSchema>;

/** A string of the given letters only. */
const lettersOf = (letters: readonly string[]) => {
  const allowed = new Set(letters);
  return z.string().check(
    z.maxLength(REPORT_USER_LIMIT),
    z.refine((text) => [...text].every((letter) => allowed.has(letter)), { message: `only the letters ${letters.join('')}` }),
  );
};

export const ScanSchema = z
  .object({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    origin: z.string().check(z.maxLength(300)),
    environment: EnvironmentSchema,
    /** As Resolver's "who am I?" named them when the scan started. */
    admin: AuditAdminSchema,
    org: OrgSchema,
    phase: ScanPhaseSchema,
    pause: z.nullable(ScanPauseReasonSchema),
    /** Why the user list could not be read (phase `failed`). */
    failure: z.optional(AuditOutcomeSchema),
    /** ISO 8601 times. `finishedAt`: when the last membership was read (the report's "scanned" time). */
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    finishedAt: z.nullable(z.iso.datetime()),
    lease: z.nullable(LeaseSchema),
    listing: z.nullable(ListingSchema),
    /** The listed users' ids, in the list's order; `states` and `active` hold one letter for each. */
    ids: z.array(UserIdSchema).check(z.maxLength(REPORT_USER_LIMIT)),
    states: lettersOf(Object.values(USER_STATE)),
    active: lettersOf(Object.values(ACTIVE_STATE)),
    /** The users found opted out, in the order they were found. */
    exempt: z.array(ExemptUserSchema).check(z.maxLength(REPORT_USER_LIMIT)),
  })
  .check(
    z.refine((scan) => scan.states.length === scan.ids.length && scan.active.length === scan.ids.length, {
      message: 'states and active hold one letter per listed user',
    }),
  );
export type Scan = z.infer<typeof ScanSchema>;

/** Report messages from the UI to the tab's content script (see lib/messaging.ts). */
export const ReportRequestSchemas = {
  /** Starts a new scan of the tab's current org (replacing this origin's finished or cancelled one). */
  reportStart: z.object({}),
  /**
   * Acts on the scan `scanId` of this tab's origin. `recheck` reads one user's membership again
   * (after opting them back in from the report) and updates the report.
   */
  reportCommand: z.discriminatedUnion('command', [
    z.object({
      scanId: z.string().check(z.minLength(1), z.maxLength(100)),
      command: z.enum(['pause', 'resume', 'cancel', 'retryFailed', 'discard']),
    }),
    z.object({ scanId: z.string().check(z.minLength(1), z.maxLength(100)), command: z.literal('recheck'), userId: UserIdSchema }),
  ]),
} as const;

export type ReportCommand = z.infer<(typeof ReportRequestSchemas)['reportCommand']>;
