import { describe, expect, it } from 'vitest';
import { expiredReminders, isExpired, nextExpiry } from './expiry';
import { ORIGIN, reminderFor } from './test-reminders';

const EXPIRY = Date.parse('2025-03-11T10:00:00.000Z');
const HOUR = 60 * 60 * 1000;

describe('when a reminder is due', () => {
  it('is due from its expiry on, by the local clock when the origin’s offset is unknown', () => {
    const reminder = reminderFor();
    expect(isExpired(reminder, {}, EXPIRY - 1)).toBe(false);
    expect(isExpired(reminder, {}, EXPIRY)).toBe(true);
  });

  it('follows Resolver’s clock: a laptop an hour slow is not late, one an hour fast is not early', () => {
    const reminder = reminderFor();
    // Resolver is an hour ahead of this laptop: local 09:00 is Resolver's 10:00.
    expect(isExpired(reminder, { [ORIGIN]: HOUR }, EXPIRY - HOUR)).toBe(true);
    // Resolver is an hour behind: local 10:30 is only Resolver's 09:30.
    expect(isExpired(reminder, { [ORIGIN]: -HOUR }, EXPIRY + HOUR / 2)).toBe(false);
    // Another origin's offset does not apply.
    expect(isExpired(reminder, { 'https://other.resolver.com': HOUR }, EXPIRY - HOUR)).toBe(false);
  });

  it('lists the due ones, longest due first', () => {
    const late = reminderFor({ user: { id: 4 }, expiresAt: '2025-03-10T10:00:00.000Z' });
    const due = reminderFor();
    const later = reminderFor({ user: { id: 5 }, expiresAt: '2025-03-20T10:00:00.000Z' });
    expect(expiredReminders([due, later, late], {}, EXPIRY).map((r) => r.user.id)).toEqual([4, 3]);
  });

  it('tells the local time of the next expiry still to come, or null', () => {
    const due = reminderFor();
    const later = reminderFor({ user: { id: 5 }, expiresAt: '2025-03-20T10:00:00.000Z' });
    expect(nextExpiry([due, later], {}, EXPIRY)).toBe(Date.parse('2025-03-20T10:00:00.000Z'));
    expect(nextExpiry([due, later], { [ORIGIN]: HOUR }, EXPIRY - 2 * HOUR)).toBe(EXPIRY - HOUR);
    expect(nextExpiry([due], {}, EXPIRY)).toBeNull();
    expect(nextExpiry([], {}, EXPIRY)).toBeNull();
  });
});
