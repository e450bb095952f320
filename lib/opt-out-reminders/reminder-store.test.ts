import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createReminderStore, OPT_OUT_REMINDERS_KEY, OPT_OUT_REMINDERS_VERSION } from './reminder-store';
import { ORIGIN, reminderFor } from './test-reminders';

/** `local:optOutReminders` → the key in browser.storage.local; @wxt-dev/storage keeps the version in `<key>$`. */
const KEY = OPT_OUT_REMINDERS_KEY.slice('local:'.length);

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

const bob = { origin: ORIGIN, orgId: 11, userId: 3 };

describe('the reminder store', () => {
  it('keeps one reminder per origin, org and user: a later one replaces it', async () => {
    const store = createReminderStore();
    await store.apply([{ upsert: reminderFor() }]);
    await store.apply([{ upsert: reminderFor({ expiresAt: '2025-04-01T00:00:00.000Z' }) }]);
    await store.apply([{ upsert: reminderFor({ org: { id: 12, name: 'Acme Labs' } }) }]);
    const listed = await createReminderStore().list();
    expect(listed.map((r) => [r.org.id, r.expiresAt])).toEqual([
      [11, '2025-04-01T00:00:00.000Z'],
      [12, '2025-03-11T10:00:00.000Z'],
    ]);
    await expect(fakeBrowser.storage.local.get(`${KEY}$`)).resolves.toEqual({ [`${KEY}$`]: { v: OPT_OUT_REMINDERS_VERSION } });
  });

  it('removes a user’s reminder, and dismisses one by id, leaving the others', async () => {
    const store = createReminderStore();
    const carol = reminderFor({ user: { id: 4, name: 'Carol', email: 'carol@example.com' } });
    const dave = reminderFor({ user: { id: 5 } });
    await store.apply([{ upsert: reminderFor() }, { upsert: carol }, { upsert: dave }]);
    await store.apply([{ remove: bob }]);
    await store.dismiss(carol.id);
    expect((await store.list()).map((r) => r.user.id)).toEqual([5]);
  });

  it('applies changes made at once in order, losing none', async () => {
    const store = createReminderStore();
    await Promise.all([
      store.apply([{ upsert: reminderFor() }]),
      store.apply([{ upsert: reminderFor({ user: { id: 4 } }) }]),
      store.apply([{ remove: bob }]),
    ]);
    expect((await store.list()).map((r) => r.user.id)).toEqual([4]);
  });

  it('refuses a reminder that breaks the schema and writes nothing', async () => {
    const store = createReminderStore();
    await expect(store.apply([{ upsert: reminderFor({ expiresAt: 'next week' }) }])).rejects.toThrow();
    expect(await store.list()).toEqual([]);
  });

  it('skips unreadable stored reminders with a warning that names nobody', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ [KEY]: [reminderFor(), { user: 'Secret Person' }] });
    expect(await createReminderStore().list()).toEqual([reminderFor()]);
    expect(JSON.stringify(warn.mock.calls)).not.toContain('Secret Person');
  });

  it('tells watchers about changes made elsewhere', async () => {
    const seen: number[][] = [];
    const stop = createReminderStore().watch((reminders) => seen.push(reminders.map((r) => r.user.id)));
    await createReminderStore().apply([{ upsert: reminderFor() }]);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual([3]));
    stop();
  });
});
