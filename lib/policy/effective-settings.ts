/**
 * The settings the helper acts by: the admin's own (extension storage) with the organisation's
 * policy (managed storage) over them. Managed values always win; a value the organisation does
 * not set, or sets badly (see parsePolicy), keeps the admin's choice or the helper's default.
 */
import type { Settings } from '../settings/settings-schema';
import type { ManagedPolicy, PolicyKey } from './policy-schema';

/** What only the organisation can set; the defaults restrict nothing. */
export interface Restrictions {
  /** null: every Resolver environment. */
  allowedEnvironments: readonly string[] | null;
  requireReason: boolean;
  allowBulkRuns: boolean;
  allowEnforce: boolean;
  /** null: the history keeps everything (until storage is full: the quota rule). */
  auditRetentionDays: number | null;
}

export interface EffectiveSettings extends Settings, Restrictions {
  /** The values the organisation set (and that hold): the options page shows them as managed, read-only. */
  managed: ReadonlySet<PolicyKey>;
}

/** No policy: nothing restricted. */
export const NO_RESTRICTIONS: Restrictions = {
  allowedEnvironments: null,
  requireReason: false,
  allowBulkRuns: true,
  allowEnforce: true,
  auditRetentionDays: null,
};

export function restrictionsOf(policy: ManagedPolicy): Restrictions {
  const { values } = policy;
  return {
    allowedEnvironments: values.allowedEnvironments ?? NO_RESTRICTIONS.allowedEnvironments,
    requireReason: values.requireReason ?? NO_RESTRICTIONS.requireReason,
    allowBulkRuns: values.allowBulkRuns ?? NO_RESTRICTIONS.allowBulkRuns,
    allowEnforce: values.allowEnforce ?? NO_RESTRICTIONS.allowEnforce,
    auditRetentionDays: values.auditRetentionDays ?? NO_RESTRICTIONS.auditRetentionDays,
  };
}

export function effectiveSettings(settings: Settings, policy: ManagedPolicy): EffectiveSettings {
  return {
    ...settings,
    callerChecklist: policy.values.callerChecklist ?? settings.callerChecklist,
    ...restrictionsOf(policy),
    managed: new Set(Object.keys(policy.values) as PolicyKey[]),
  };
}
