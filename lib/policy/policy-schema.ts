/**
 * What an organisation may set for the helper through enterprise policy (managed storage: Chrome
 * and Edge policy, Firefox's policies.json). This schema is the single source of truth:
 * public/managed_schema.json, which Chrome and Edge validate the policy with, is checked against
 * it (managed-schema.test.ts), and every context reads managed storage through parsePolicy.
 *
 * Each value is optional: a value the organisation does not set leaves the helper as it is.
 */
import * as z from 'zod/mini';
import { CHECKLIST_ITEM_MAX, CHECKLIST_ITEMS_MAX, SettingsSchema } from '../settings/settings-schema';
import { normalisePattern, patternProblem } from './environment-pattern';

/** Most environments in the list: an organisation has a handful, a longer list is a mistake. */
export const ENVIRONMENTS_MAX = 100;
/** Audit retention, in days: at least one day, at most ten years. */
export const RETENTION_DAYS_MIN = 1;
export const RETENTION_DAYS_MAX = 3650;

const EnvironmentListSchema = z.pipe(
  z
    .array(z.string())
    .check(
      z.minLength(1),
      z.maxLength(ENVIRONMENTS_MAX),
      z.refine((patterns) => patterns.every((pattern) => patternProblem(pattern) === null)),
    ),
  z.transform((patterns: string[]) => [...new Set(patterns.map(normalisePattern))]),
);

export const PolicySchema = z.object({
  /** Hosts the helper acts on (`acme.resolver.com`, `*.resolver.com`); any other Resolver host is refused. */
  allowedEnvironments: EnvironmentListSchema,
  /** The caller checklist of the lost-phone reset, locked: the options page shows it read-only. */
  callerChecklist: SettingsSchema.shape.callerChecklist,
  /** Resets and opt-outs need a reason or ticket reference (the forms and the tab both refuse without). */
  requireReason: z.boolean(),
  /** false: no bulk runs (the Bulk tab says so, the tab refuses its commands). */
  allowBulkRuns: z.boolean(),
  /** false: no "Enforce MFA" (the tab says so, the tab service refuses it). */
  allowEnforce: z.boolean(),
  /** The history's entries older than this many days are dropped by its owner (the background). */
  auditRetentionDays: z.int().check(z.minimum(RETENTION_DAYS_MIN), z.maximum(RETENTION_DAYS_MAX)),
});
export type Policy = z.infer<typeof PolicySchema>;
export type PolicyKey = keyof Policy;
export const POLICY_KEYS = Object.keys(PolicySchema.shape) as PolicyKey[];

/**
 * Why a value was not applied, as codes the options page words (lib/i18n `policy.problem.*`), so
 * the message follows the admin's language. `value` quotes the offending entry when there is one.
 */
export type PolicyProblemCode =
  | 'unknown-key'
  | 'environments-type'
  | 'environments-empty'
  | 'environments-too-many'
  | 'environment-shape'
  | 'environment-not-resolver'
  | 'checklist'
  | 'boolean'
  | 'days';
export interface PolicyProblem {
  key: string;
  code: PolicyProblemCode;
  value?: string;
}

/** The policy as read: the values that hold, and why the others were set aside. */
export interface ManagedPolicy {
  values: Partial<Policy>;
  problems: PolicyProblem[];
}

export const NO_POLICY: ManagedPolicy = { values: {}, problems: [] };

/** A quoted entry is cut short: it is shown to the admin, who needs to recognise it, not read it all. */
const QUOTE_MAX = 80;
const quote = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)).slice(0, QUOTE_MAX);

function isPolicyKey(key: string): key is PolicyKey {
  return (POLICY_KEYS as string[]).includes(key);
}

/** The most specific reason the value of `key` breaks the schema. */
function problemOf(key: PolicyKey, value: unknown): PolicyProblem {
  switch (key) {
    case 'allowedEnvironments': {
      if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string')) return { key, code: 'environments-type' };
      if (value.length === 0) return { key, code: 'environments-empty' };
      if (value.length > ENVIRONMENTS_MAX) return { key, code: 'environments-too-many' };
      const bad = value.find((entry) => patternProblem(entry) !== null) as string;
      return { key, code: patternProblem(bad) === 'shape' ? 'environment-shape' : 'environment-not-resolver', value: quote(bad) };
    }
    case 'callerChecklist':
      return { key, code: 'checklist' };
    case 'requireReason':
    case 'allowBulkRuns':
    case 'allowEnforce':
      return { key, code: 'boolean', value: quote(value) };
    case 'auditRetentionDays':
      return { key, code: 'days', value: quote(value) };
  }
}

/**
 * Reads what managed storage holds, key by key: a bad value is set aside with its problem and the
 * helper's default holds for it, while the organisation's other values still apply. Never throws.
 */
export function parsePolicy(stored: unknown): ManagedPolicy {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return NO_POLICY;
  const values: Partial<Record<PolicyKey, unknown>> = {};
  const problems: PolicyProblem[] = [];
  for (const [key, value] of Object.entries(stored)) {
    if (!isPolicyKey(key)) {
      problems.push({ key, code: 'unknown-key' });
      continue;
    }
    const parsed = PolicySchema.shape[key].safeParse(value);
    if (parsed.success) values[key] = parsed.data;
    else problems.push(problemOf(key, value));
  }
  return { values: values as Partial<Policy>, problems };
}
