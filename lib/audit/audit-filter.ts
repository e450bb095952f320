/** The options page's filters over the audit history, as one pure function. */
import type { Environment, ActionName } from '../resolver/knowledge';
import type { AuditEntry } from './audit-schema';

export interface AuditFilter {
  action: ActionName | 'all';
  outcome: 'all' | 'ok' | 'failed';
  environment: Environment | 'all';
  /** Matched case-insensitively against the target, admin, org and reason. */
  text: string;
  /** Calendar days as `<input type="date">` gives them (YYYY-MM-DD, local time); '' = open-ended. */
  from: string;
  to: string;
}

export const NO_FILTER: AuditFilter = { action: 'all', outcome: 'all', environment: 'all', text: '', from: '', to: '' };

/** Local midnight at the start of `day`, or null for an empty or unreadable day. */
function startOfDay(day: string, addDays = 0): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = new Date(`${day}T00:00:00`);
  date.setDate(date.getDate() + addDays);
  return Number.isNaN(date.getTime()) ? null : date.getTime();
}

function searchableText(entry: AuditEntry): string {
  const { target, admin, org } = entry;
  return [
    target?.userId,
    target?.name,
    target?.email,
    admin?.id,
    admin?.name,
    admin?.email,
    org?.name,
    entry.reason,
  ]
    .filter((part) => part !== undefined && part !== null && part !== '')
    .join('\n')
    .toLowerCase();
}

export function filterEntries(entries: readonly AuditEntry[], filter: AuditFilter): AuditEntry[] {
  const needle = filter.text.trim().toLowerCase();
  const from = startOfDay(filter.from);
  // "To" includes the whole of that day.
  const until = startOfDay(filter.to, 1);
  return entries.filter((entry) => {
    if (filter.action !== 'all' && entry.action !== filter.action) return false;
    if (filter.outcome !== 'all' && entry.outcome.ok !== (filter.outcome === 'ok')) return false;
    if (filter.environment !== 'all' && entry.environment !== filter.environment) return false;
    const time = Date.parse(entry.time);
    if (from !== null && time < from) return false;
    if (until !== null && time >= until) return false;
    return needle === '' || searchableText(entry).includes(needle);
  });
}
