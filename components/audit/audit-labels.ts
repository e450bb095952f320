/** How each audit entry field reads in the history table, in plain words. */
import type { AuditEntry } from '@/lib/audit/audit-schema';
import { t } from '@/lib/i18n';
import type { ActionName } from '@/lib/resolver/knowledge';

export function actionName(action: ActionName): string {
  return t(`audit.action.${action}`);
}

/** The opt-out action names its direction: "opt out" and "opt back in" are different acts. */
export function actionLabel(entry: AuditEntry): string {
  if (entry.action === 'setMfaOptOut' && entry.optOut !== undefined) {
    return t(entry.optOut ? 'audit.action.optedOut' : 'audit.action.optedIn');
  }
  return actionName(entry.action);
}

export function adminLabel(entry: AuditEntry): string {
  const { admin } = entry;
  return admin ? t('ui.user.describe', { name: admin.name, email: admin.email, id: admin.id }) : t('audit.admin.unknown');
}

/** Resolver may name the org without its display name: then it is shown by id. */
export function orgLabel(entry: AuditEntry): string {
  const { org } = entry;
  if (!org) return t('audit.org.unknown');
  return org.name === '' ? t('audit.org.idOnly', { id: org.id }) : org.name;
}

export function targetLabel(entry: AuditEntry): string {
  const { target } = entry;
  if (entry.action === 'enforceOrgMfa') return t('audit.target.wholeEnvironment');
  if (!target) return t('audit.target.unknown');
  if (target.name === undefined && target.email === undefined) return t('audit.target.idOnly', { id: target.userId });
  return t('ui.user.describe', { name: target.name ?? '', email: target.email ?? '', id: target.userId });
}

export function sourceLabel(entry: AuditEntry): string {
  if (!entry.request) return t('audit.source.none');
  return t(`audit.source.${entry.request.source}`);
}

export function outcomeLabel(entry: AuditEntry): string {
  const { outcome } = entry;
  if (outcome.ok) return t('audit.outcome.ok', { status: outcome.status });
  const kind = t(`audit.kind.${outcome.kind}`);
  return outcome.status === undefined
    ? t('audit.outcome.failed', { kind })
    : t('audit.outcome.failedStatus', { kind, status: outcome.status });
}
