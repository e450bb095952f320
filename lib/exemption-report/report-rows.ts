/**
 * The report's rows: each exempt user with what this browser's audit history and opt-out reminders
 * know of their opt-out (who, when, why, when the reminder falls due). Only the latest successful
 * opt-out action on that user in the same environment and org counts, and only when it opted them
 * out: a later opt-in followed by an opt-out elsewhere is not this browser's to explain.
 */
import type { AuditAdminSchema, AuditEntry } from '../audit/audit-schema';
import { reminderId, type OptOutReminder } from '../opt-out-reminders/reminder-schema';
import type * as z from 'zod/mini';
import type { ExemptUser, Scan } from './report-schema';

export interface OptOutHistory {
  by: z.infer<typeof AuditAdminSchema> | null;
  /** ISO 8601. */
  at: string;
  reason: string | null;
}

export interface ReportRow extends ExemptUser {
  /** Null when this browser's history holds no opt-out of this user by which it is still exempt. */
  history: OptOutHistory | null;
  /** ISO 8601 on Resolver's clock; null when no reminder is set. */
  reminderDue: string | null;
}

/** `history` newest first, as the audit store lists it. */
export function reportRows(scan: Pick<Scan, 'origin' | 'org' | 'exempt'>, history: readonly AuditEntry[], reminders: readonly OptOutReminder[]): ReportRow[] {
  const wanted = new Set(scan.exempt.map((user) => user.id));
  const latest = new Map<number, AuditEntry>();
  for (const entry of history) {
    const userId = entry.target?.userId;
    if (userId === undefined || !wanted.has(userId) || latest.has(userId)) continue;
    if (entry.action !== 'setMfaOptOut' || !entry.outcome.ok || entry.origin !== scan.origin || entry.org?.id !== scan.org.id) continue;
    latest.set(userId, entry);
  }
  const due = new Map(reminders.map((reminder) => [reminder.id, reminder.expiresAt]));
  return scan.exempt.map((user) => {
    const entry = latest.get(user.id);
    const history = entry?.optOut === true ? { by: entry.admin, at: entry.time, reason: entry.reason ?? null } : null;
    return { ...user, history, reminderDue: due.get(reminderId({ origin: scan.origin, orgId: scan.org.id, userId: user.id })) ?? null };
  });
}
