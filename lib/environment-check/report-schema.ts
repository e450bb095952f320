/**
 * "Check this environment": what the helper finds in a Resolver tab, as a report an admin can copy
 * into a support ticket. It crosses a context boundary (tab → popup, panel or options page), so
 * this schema is the single source of truth for its shape.
 *
 * By design it holds no token, no cookie and no other user's data: the session is named by its
 * source only, URLs lose their credentials-like query parameters (redact-url.ts), and example
 * bodies are described by their shape, never their values.
 */
import * as z from 'zod/mini';
import {
  ActionNameSchema,
  BodySourceSchema,
  DescriptionRefSchema,
  DescriptionSourceSchema,
  DESCRIPTION_URL_MAX,
  EnvironmentSchema,
  FailureKindSchema,
  OrgSchema,
  resultSchema,
  SessionSourceSchema,
  type Result,
} from '../protocol';

/** What came of looking in one place for an API description. */
export const LookupOutcomeSchema = z.enum([
  'found', // an API description, kept
  'not-a-description', // answered, but neither Swagger 2.0 nor OpenAPI 3
  'too-large', // longer than the helper reads
  'other-origin', // on another origin: never fetched
  'failed', // Resolver answered with an error, or could not be reached
  'nothing', // the source had nothing to offer (no Swagger UI on the page, no config found…)
]);
export type LookupOutcome = z.infer<typeof LookupOutcomeSchema>;

export const LookupSchema = z.object({
  source: DescriptionSourceSchema,
  /** Where (credentials-like query parameters removed); null for what has no URL (inline, the page's own state). */
  url: z.nullable(z.string().check(z.maxLength(DESCRIPTION_URL_MAX))),
  outcome: LookupOutcomeSchema,
  /** The HTTP status of a failed fetch. */
  status: z.optional(z.int()),
});
export type Lookup = z.infer<typeof LookupSchema>;

export const DescriptionFormatSchema = z.enum(['swagger2', 'openapi3']);
export type DescriptionFormat = z.infer<typeof DescriptionFormatSchema>;

export const ReportedDescriptionSchema = z.object({
  source: DescriptionSourceSchema,
  /** null: inline in the page (no URL). */
  url: z.nullable(z.string().check(z.maxLength(DESCRIPTION_URL_MAX))),
  format: DescriptionFormatSchema,
  /** As the document declares it: "2.0", "3.0.3"… */
  version: z.string().check(z.maxLength(20)),
  /** How many of the three MFA operations it holds. */
  mfaOperations: z.int().check(z.minimum(0), z.maximum(3)),
});

export const ReportedActionSchema = z.object({
  action: ActionNameSchema,
  /** Whether an API description (live or remembered) holds the operation. */
  operationFound: z.boolean(),
  /** The route that would be sent to, from the origin root. */
  path: z.string().check(z.maxLength(500)),
  /** Where the body would come from; null when no body can be built without the admin's help. */
  bodySource: z.nullable(BodySourceSchema),
  description: z.optional(DescriptionRefSchema),
  /** The example's shape, values left out: `{"userId": number}`, `[number]`… */
  bodyShape: z.nullable(z.string().check(z.maxLength(500))),
  /** What would stop this action, in plain words. */
  problem: z.optional(z.string().check(z.maxLength(500))),
});
export type ReportedAction = z.infer<typeof ReportedActionSchema>;

export const EnvironmentReportSchema = z.object({
  checkedAt: z.iso.datetime(),
  extension: z.object({ version: z.string().check(z.maxLength(50)), browser: z.string().check(z.maxLength(100)) }),
  page: z.object({
    origin: z.string().check(z.maxLength(300)),
    environment: EnvironmentSchema,
    swaggerUi: z.nullable(z.enum(['2', '3+'])),
  }),
  session: z.object({
    /** null: no session found in any source. */
    source: z.nullable(SessionSourceSchema),
    /** null: unknown (the source does not tell) or no session. */
    secondsLeft: z.nullable(z.int()),
    isAdmin: z.nullable(z.boolean()),
    org: z.nullable(OrgSchema),
    /** Why the session could not be checked (Resolver unreachable…). */
    problem: z.optional(FailureKindSchema),
  }),
  descriptions: z.array(ReportedDescriptionSchema).check(z.maxLength(20)),
  lookups: z.array(LookupSchema).check(z.maxLength(60)),
  actions: z.array(ReportedActionSchema).check(z.maxLength(3)),
  /** Everything that would stop an action, in plain words. */
  blockers: z.array(z.string().check(z.maxLength(500))).check(z.maxLength(20)),
});
export type EnvironmentReport = z.infer<typeof EnvironmentReportSchema>;

export const CheckEnvironmentRequestSchema = z.undefined();
export const CheckEnvironmentResultSchema = resultSchema(EnvironmentReportSchema);

/** What a Resolver tab answers to "Check this environment" (GETs only: lib/page/environment-check.ts). */
export interface EnvironmentCheckBridge {
  checkEnvironment(): Promise<Result<EnvironmentReport>>;
}
