/**
 * What the organisation's policy refuses, decided in one place for the forms (which say so before
 * anything is confirmed) and for the tab's services (which refuse the command itself: a page, a
 * stale popup or another extension page cannot get round a form).
 */
import { t } from '../i18n';
import type { Failure } from '../protocol';
import type { ActionName } from '../resolver/knowledge';
import { fail } from '../result';
import type { Restrictions } from './effective-settings';
import { patternMatches } from './environment-pattern';

export type PolicyRefusal = 'environment' | 'enforce-off' | 'bulk-off' | 'reason-required';

export function environmentAllowed(restrictions: Restrictions, hostname: string): boolean {
  const allowed = restrictions.allowedEnvironments;
  return allowed === null || allowed.some((pattern) => patternMatches(pattern, hostname));
}

/**
 * Whether the action needs a reason: resets, and opting a user out (what weakens an account's
 * protection). Opting a user back in and enforcing MFA strengthen it and need none.
 */
export function needsReason(restrictions: Restrictions, action: ActionName, optOut: boolean | undefined): boolean {
  if (!restrictions.requireReason) return false;
  return action === 'resetUserMfa' || (action === 'setMfaOptOut' && optOut === true);
}

export interface ActionAsked {
  action: ActionName;
  optOut?: boolean;
  reason?: string;
}

/** Why the policy refuses this single action on `hostname`, or null. */
export function actionRefusal(restrictions: Restrictions, hostname: string, asked: ActionAsked): PolicyRefusal | null {
  if (!environmentAllowed(restrictions, hostname)) return 'environment';
  if (asked.action === 'enforceOrgMfa' && !restrictions.allowEnforce) return 'enforce-off';
  if (needsReason(restrictions, asked.action, asked.optOut) && !asked.reason?.trim()) return 'reason-required';
  return null;
}

/** Why the policy refuses a bulk run (its dry run, start, resume or retry) on `hostname`, or null. */
export function bulkRefusal(restrictions: Restrictions, hostname: string, asked: ActionAsked | null): PolicyRefusal | null {
  if (!environmentAllowed(restrictions, hostname)) return 'environment';
  if (!restrictions.allowBulkRuns) return 'bulk-off';
  if (asked && needsReason(restrictions, asked.action, asked.optOut) && !asked.reason?.trim()) return 'reason-required';
  return null;
}

/** The failure a refused command answers: nothing was sent. */
export function policyFailure(refusal: PolicyRefusal, hostname: string): Failure {
  return fail('policy', { detail: t(`policy.refused.${refusal}`, { host: hostname }) });
}
