import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './settings-migrations';
import { createSettingsStore, defineSettingsItem, SETTINGS_KEY } from './settings-store';

/** `local:settings` → the key in browser.storage.local; @wxt-dev/storage keeps the version in `<key>$`. */
const KEY = SETTINGS_KEY.slice('local:'.length);
const META_KEY = `${KEY}$`;

/** Exactly what version 1 of the extension writes. */
const V1_DATA = { callerChecklist: ['Called back on the number in HR records', 'Ticket from the manager'] };

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the settings from version 1 to 2', () => {
  it('keeps the checklist and opens on Reset, as version 1 always did', async () => {
    await fakeBrowser.storage.local.set({ [KEY]: V1_DATA, [META_KEY]: { v: 1 } });
    await expect(createSettingsStore().load()).resolves.toEqual({ ...V1_DATA, lastTab: 'reset', language: 'auto' });
    // Migrated in storage too, so the next read does not run it again.
    const stored = await fakeBrowser.storage.local.get([KEY, META_KEY]);
    expect(stored).toEqual({ [KEY]: { ...V1_DATA, lastTab: 'reset' }, [META_KEY]: { v: SETTINGS_VERSION } });
  });

  it('migrates version 1 settings stored without a version mark (read as version 1)', async () => {
    await fakeBrowser.storage.local.set({ [KEY]: V1_DATA });
    await expect(createSettingsStore().load()).resolves.toEqual({ ...V1_DATA, lastTab: 'reset', language: 'auto' });
  });

  it('leaves a stored value that is not a settings object for the reader to ignore', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(SETTINGS_MIGRATIONS[2]?.(['not', 'settings'])).toEqual(['not', 'settings']);
    await fakeBrowser.storage.local.set({ [KEY]: 'garbage', [META_KEY]: { v: 1 } });
    await expect(createSettingsStore().load()).resolves.toEqual({ callerChecklist: [], lastTab: 'reset', language: 'auto' });
    expect(warn).toHaveBeenCalled();
  });

  it('marks settings saved before anything was stored with the current version', async () => {
    await createSettingsStore().save({ lastTab: 'bulk' });
    await expect(fakeBrowser.storage.local.get(META_KEY)).resolves.toEqual({ [META_KEY]: { v: SETTINGS_VERSION } });
  });
});

describe('the settings after version 2', () => {
  it('reads version 2 settings, saved before the language setting existed, as following the browser: no migration needed', async () => {
    await fakeBrowser.storage.local.set({ [KEY]: { ...V1_DATA, lastTab: 'bulk' }, [META_KEY]: { v: 2 } });
    await expect(createSettingsStore().load()).resolves.toEqual({ ...V1_DATA, lastTab: 'bulk', language: 'auto' });
  });

  it('runs a later version’s migration over stored version 2 settings before the first read', async () => {
    await fakeBrowser.storage.local.set({ [KEY]: { ...V1_DATA, lastTab: 'opt-out' }, [META_KEY]: { v: 2 } });
    // The shape of a future change: v3 adds a field next to the others.
    const toV3 = vi.fn((stored: unknown) => ({ ...(stored as object), confirmByDefault: false }));
    const item = defineSettingsItem({ version: 3, migrations: { ...SETTINGS_MIGRATIONS, 3: toV3 } });
    await expect(item.getValue()).resolves.toEqual({ ...V1_DATA, lastTab: 'opt-out', confirmByDefault: false });
    expect(toV3).toHaveBeenCalledTimes(1);
  });
});
