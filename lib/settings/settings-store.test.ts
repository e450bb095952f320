import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checklistFromText, defaultSettings } from './settings-schema';
import { createSettingsStore, SETTINGS_KEY, SETTINGS_VERSION } from './settings-store';

/** `local:settings` → the key in browser.storage.local; @wxt-dev/storage keeps the version in `<key>$`. */
const KEY = SETTINGS_KEY.slice('local:'.length);
const META_KEY = `${KEY}$`;

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the settings store', () => {
  it('gives no checklist before anything is saved', async () => {
    const settings = await createSettingsStore().load();
    expect(settings).toEqual(defaultSettings());
    expect(settings.callerChecklist).toEqual([]);
  });

  it('saves and loads a checklist, marked with the current version', async () => {
    const store = createSettingsStore();
    await store.save({ callerChecklist: ['Called back on the number in HR records'] });
    await expect(createSettingsStore().load()).resolves.toEqual({
      callerChecklist: ['Called back on the number in HR records'],
      lastTab: 'reset',
      language: 'auto',
    });
    await expect(fakeBrowser.storage.local.get(META_KEY)).resolves.toEqual({ [META_KEY]: { v: SETTINGS_VERSION } });
  });

  it('keeps an empty checklist empty (the admin chose no checklist)', async () => {
    await createSettingsStore().save({ callerChecklist: [] });
    await expect(createSettingsStore().load()).resolves.toEqual({ callerChecklist: [], lastTab: 'reset', language: 'auto' });
  });

  it('changes only the settings given, keeping the others as stored', async () => {
    const store = createSettingsStore();
    await store.save({ callerChecklist: ['Checked ID'] });
    await store.save({ lastTab: 'opt-out' });
    await expect(createSettingsStore().load()).resolves.toEqual({ callerChecklist: ['Checked ID'], lastTab: 'opt-out', language: 'auto' });
    await store.save({ callerChecklist: [] });
    await expect(createSettingsStore().load()).resolves.toEqual({ callerChecklist: [], lastTab: 'opt-out', language: 'auto' });
  });

  it('reads a tab it does not know (saved by a later version) as Reset, keeping the checklist', async () => {
    await fakeBrowser.storage.local.set({ [KEY]: { callerChecklist: ['Checked ID'], lastTab: 'from-the-future' } });
    await expect(createSettingsStore().load()).resolves.toEqual({ callerChecklist: ['Checked ID'], lastTab: 'reset', language: 'auto' });
  });

  it('saves the language, keeping the other settings', async () => {
    const store = createSettingsStore();
    await store.save({ callerChecklist: ['Checked ID'], lastTab: 'bulk' });
    await store.save({ language: 'fr' });
    await expect(createSettingsStore().load()).resolves.toEqual({ callerChecklist: ['Checked ID'], lastTab: 'bulk', language: 'fr' });
  });

  it('reads a language it does not speak (saved by a later version) as the browser’s, keeping the checklist', async () => {
    await fakeBrowser.storage.local.set({ [KEY]: { callerChecklist: ['Checked ID'], lastTab: 'opt-out', language: 'de' }, [META_KEY]: { v: SETTINGS_VERSION } });
    await expect(createSettingsStore().load()).resolves.toEqual({ callerChecklist: ['Checked ID'], lastTab: 'opt-out', language: 'auto' });
  });

  it('refuses settings that break the schema and keeps what was stored', async () => {
    const store = createSettingsStore();
    await store.save({ callerChecklist: ['One'] });
    await expect(store.save({ callerChecklist: ['x'.repeat(201)] })).rejects.toThrow();
    await expect(store.load()).resolves.toEqual({ callerChecklist: ['One'], lastTab: 'reset', language: 'auto' });
  });

  it('reads an unreadable stored value as the defaults, warning without its content', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ [KEY]: { callerChecklist: 'secret-ish text' } });
    await expect(createSettingsStore().load()).resolves.toEqual(defaultSettings());
    expect(JSON.stringify(warn.mock.calls)).not.toContain('secret-ish');
  });

  it('tells watchers about a save made elsewhere', async () => {
    const seen: string[][] = [];
    const stop = createSettingsStore().watch((settings) => seen.push(settings.callerChecklist));
    await createSettingsStore().save({ callerChecklist: ['A', 'B'] });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['A', 'B']));
    stop();
  });
});

describe('the checklist as text', () => {
  it('takes one item per line, trimmed, without blank lines', () => {
    expect(checklistFromText('  First check \r\n\n Second check\n  \n')).toEqual(['First check', 'Second check']);
    expect(checklistFromText('\n \n')).toEqual([]);
  });
});
