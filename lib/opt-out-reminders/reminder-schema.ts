/**
 * One expiring opt-out as the extension keeps it: who was opted out, where, until when, and by
 * whom. This schema is the single source of truth for stored reminders and every view of them.
 */
import * as z from 'zod/mini';
import { AuditAdminSchema } from '../audit/audit-schema';
import { EnvironmentSchema, OrgSchema, UserIdSchema } from '../protocol';
import { parseStoredList } from '../versioned-item';

export const ReminderUserSchema = z.object({
  id: UserIdSchema,
  name: z.optional(z.string().check(z.maxLength(300))),
  email: z.optional(z.string().check(z.maxLength(300))),
});

export const OptOutReminderSchema = z.object({
  /** One reminder per Resolver origin, org and user: the id is built from them (reminderId). */
  id: z.string().check(z.minLength(1), z.maxLength(400)),
  origin: z.string().check(z.maxLength(300)),
  environment: EnvironmentSchema,
  org: OrgSchema,
  user: ReminderUserSchema,
  /** ISO 8601 on Resolver's clock: compare it with local time plus that origin's clock offset. */
  expiresAt: z.iso.datetime(),
  /** ISO 8601, local clock: when the reminder was recorded. */
  createdAt: z.iso.datetime(),
  /** The admin who opted the user out, as Resolver named them; null when it did not answer. */
  admin: z.nullable(AuditAdminSchema),
});
export type OptOutReminder = z.infer<typeof OptOutReminderSchema>;

/** Which user in which org of which environment a reminder is about. */
export interface ReminderSubject {
  origin: string;
  orgId: number;
  userId: number;
}

export function reminderId({ origin, orgId, userId }: ReminderSubject): string {
  return `${origin} ${orgId} ${userId}`;
}

/**
 * Reads stored reminders: invalid ones are dropped with a warning that holds none of their data
 * (they name people), and anything that is not a list reads as none. Never throws.
 */
export function parseStoredReminders(stored: unknown): OptOutReminder[] {
  return parseStoredList(stored, OptOutReminderSchema, {
    unreadable: 'Resolver MFA helper: the stored opt-out reminders are unreadable and were ignored.',
    skipped: (count) => `Resolver MFA helper: ${count} unreadable opt-out reminders were skipped.`,
  });
}
