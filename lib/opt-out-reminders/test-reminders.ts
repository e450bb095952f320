/** Test fixture: a valid reminder, varied field by field through overrides. */
import type { OptOutReminder } from './reminder-schema';
import { reminderId } from './reminder-schema';

export const ORIGIN = 'https://acme.resolver.com';

export function reminderFor(overrides: Partial<OptOutReminder> = {}): OptOutReminder {
  const base: Omit<OptOutReminder, 'id'> = {
    origin: ORIGIN,
    environment: 'production',
    org: { id: 11, name: 'Acme Corp' },
    user: { id: 3, name: 'Bob Sample', email: 'bob@example.com' },
    expiresAt: '2025-03-11T10:00:00.000Z',
    createdAt: '2025-03-04T10:00:00.000Z',
    admin: { id: 1, name: 'Ada Admin', email: 'ada@example.com' },
    ...overrides,
  };
  return { id: reminderId({ origin: base.origin, orgId: base.org.id, userId: base.user.id }), ...base, ...overrides };
}
