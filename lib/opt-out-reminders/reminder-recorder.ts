/**
 * Keeps the reminders in step with what the admin did, by watching what the audit history records
 * (single actions and a bulk run's rows alike): a successful opt-out with a reminder adds or
 * replaces that user's reminder; a successful opt-out without one, or opting the user back in,
 * removes it. Failed actions change nothing: the user's state did not change either.
 */
import type { AuditDraft } from '../audit/audit-schema';
import type { AuditRecorder } from '../audit/audit-store';
import { reminderId, type ReminderSubject } from './reminder-schema';
import type { ReminderChange, ReminderStore } from './reminder-store';

export interface ReminderRecorderOptions {
  now?: () => Date;
}

export function withOptOutReminders(
  recorder: AuditRecorder,
  store: Pick<ReminderStore, 'apply'>,
  { now = () => new Date() }: ReminderRecorderOptions = {},
): AuditRecorder {
  async function recordMany(drafts: readonly AuditDraft[]): Promise<void> {
    const createdAt = now().toISOString();
    const changes = drafts.flatMap((draft) => reminderChange(draft, createdAt) ?? []);
    // Both are written even when one fails: the history and the reminders are separate promises to the admin.
    const [history, reminders] = await Promise.allSettled([recorder.recordMany(drafts), store.apply(changes)]);
    if (reminders.status === 'rejected') {
      // The message names the failure only (a storage quota, say), never the reminder, which names people.
      const reason: unknown = reminders.reason;
      console.warn('Resolver MFA helper: the opt-out reminders could not be updated.', reason instanceof Error ? reason.message : '');
    }
    if (history.status === 'rejected') throw history.reason;
  }
  return { record: (draft) => recordMany([draft]), recordMany };
}

/** What one recorded action means for the reminders; null when nothing. */
export function reminderChange(draft: AuditDraft, createdAt: string): ReminderChange | null {
  if (draft.action !== 'setMfaOptOut' || !draft.outcome.ok || draft.optOut === undefined) return null;
  if (draft.target === null || draft.org === null) return null;
  const subject: ReminderSubject = { origin: draft.origin, orgId: draft.org.id, userId: draft.target.userId };
  // The latest opt-out decides: one made without a reminder drops an older reminder for that user.
  if (draft.optOut === false || draft.optOutUntil === undefined) return { remove: subject };
  const { userId, name, email } = draft.target;
  return {
    upsert: {
      id: reminderId(subject),
      origin: draft.origin,
      environment: draft.environment,
      org: draft.org,
      user: { id: userId, ...(name === undefined ? {} : { name }), ...(email === undefined ? {} : { email }) },
      expiresAt: draft.optOutUntil,
      createdAt,
      admin: draft.admin,
    },
  };
}
