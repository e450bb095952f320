/** How the reminder views name a period, a reminded user and the moment an opt-out ended. */
import { t } from '@/lib/i18n';
import { formatDateTime } from '@/lib/i18n/format';
import type { OptOutReminder } from '@/lib/opt-out-reminders/reminder-schema';
import { describeUser } from '../describe';

/** "1 day", "7 days". */
export function periodWords(days: number): string {
  return days === 1 ? t('reminders.period.one') : t('reminders.period.many', { days });
}

/** The full description (name, email, id) when both were kept, the id alone otherwise. */
export function reminderUserWords({ user }: OptOutReminder): string {
  if (user.name !== undefined && user.email !== undefined) {
    return describeUser({ id: user.id, name: user.name, email: user.email });
  }
  return t('reminders.expired.userById', { id: user.id });
}

/** The short name for a button: "Opt Bob Sample back in to MFA". */
export function reminderUserName({ user }: OptOutReminder): string {
  return user.name || user.email || t('reminders.expired.userById', { id: user.id });
}

/** The expiry in the admin's time zone and language (the moment itself is Resolver's). */
export function expiryWords({ expiresAt }: OptOutReminder): string {
  return formatDateTime(expiresAt);
}
