import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '../i18n';
import { browserMessagesIn } from '../i18n/test-browser-messages';
import { REMINDER_ALARM, refreshReminderBadge, startReminderBadge } from './badge';
import { createClockOffsetStore } from './clock-offsets';
import { createReminderStore } from './reminder-store';
import { ORIGIN, reminderFor } from './test-reminders';

const EXPIRY = Date.parse('2025-03-11T10:00:00.000Z');
const HOUR = 60 * 60 * 1000;

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

function stores() {
  // The badge's title comes from the built _locales files, in the browser's language (English here).
  return { reminders: createReminderStore(), offsets: createClockOffsetStore(), message: browserMessagesIn('en') };
}

const later = reminderFor({ user: { id: 5 }, expiresAt: '2025-03-20T10:00:00.000Z' });

describe('the toolbar badge', () => {
  it('is empty with the plain title while nothing is due, with an alarm at the next expiry', async () => {
    const options = stores();
    await options.reminders.apply([{ upsert: reminderFor() }]);
    await refreshReminderBadge({ ...options, now: () => EXPIRY - 1 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe(t('app.name'));
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toMatchObject({ scheduledTime: EXPIRY });
  });

  it('counts the due reminders of every origin, says so in its title, and sets the alarm for the next one', async () => {
    const options = stores();
    const sandbox = reminderFor({ origin: 'https://acme-sandbox.resolver.com', environment: 'sandbox' });
    await options.reminders.apply([{ upsert: reminderFor() }, { upsert: sandbox }, { upsert: later }]);
    await refreshReminderBadge({ ...options, now: () => EXPIRY });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getTitle({})).toBe(t('reminders.badge.many', { count: 2 }));
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xb3, 0x26, 0x1e, 255]);
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toMatchObject({ scheduledTime: Date.parse(later.expiresAt) });
  });

  it('goes by Resolver’s clock: due an hour early when that origin runs an hour ahead', async () => {
    const options = stores();
    await options.reminders.apply([{ upsert: reminderFor() }]);
    await options.offsets.learn(ORIGIN, HOUR);
    await refreshReminderBadge({ ...options, now: () => EXPIRY - HOUR });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getTitle({})).toBe(t('reminders.badge.one'));
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });

  it('updates on storage changes and on its alarm once started', async () => {
    let now = EXPIRY - HOUR;
    const options = stores();
    const stop = startReminderBadge({ ...options, now: () => now });
    await options.reminders.apply([{ upsert: reminderFor() }]);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toMatchObject({ scheduledTime: EXPIRY }));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');

    now = EXPIRY;
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: EXPIRY });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));

    await options.reminders.dismiss(reminderFor().id);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''));
    stop();
  });
});
