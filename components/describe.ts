/**
 * Plain-words descriptions of who and where an action applies to, shared by the confirmation and
 * the outcome so both name the target the same way.
 */
import { t } from '@/lib/i18n';
import type { Org, TabStatus, UserSummary } from '@/lib/protocol';
import type { PendingAction } from './use-action-flow';

export function describeUser(user: UserSummary): string {
  return t('ui.user.describe', { name: user.name, email: user.email, id: user.id });
}

/** The org may be unknown when Resolver's "who am I?" answer lacks it. */
export function describeOrg(org: Org | null): string {
  return org ? org.name : t('ui.org.unknown');
}

export function environmentWord(environment: TabStatus['environment']): string {
  return environment === 'production' ? t('ui.environment.production') : t('ui.environment.sandbox');
}

/** The placeholders every confirmation and success sentence uses. */
export function describeTarget(pending: PendingAction): { user: string; org: string; environment: string } {
  return {
    user: pending.target ? describeUser(pending.target) : '',
    org: describeOrg(pending.status.session.org),
    environment: environmentWord(pending.status.environment),
  };
}
