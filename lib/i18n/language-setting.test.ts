import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSettingsStore } from '../settings/settings-store';
import type { LanguageChoice } from './languages';
import type { LanguageSettingSource } from './language-setting';
import { freshMessages } from './test-fresh-messages';

beforeEach(() => {
  fakeBrowser.reset();
});

// Each test takes fresh messages modules (freshMessages): only English loaded, as a context starts.
afterEach(() => {
  vi.restoreAllMocks();
});

/** Lets every load and switch that could end by now end: more than one turn of promises. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Whether `promise` has settled by now. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await settle();
  return done;
}

/** Fresh messages following settings that hold English, loaded: what each language heard is kept. */
async function followingEnglish() {
  const messages = await freshMessages();
  const settings = settingsHolding('en');
  const heard: string[] = [];
  const followed = messages.followLanguageSetting(settings.source, (language) => heard.push(language));
  settings.answer();
  await followed.ready;
  return { ...messages, settings, heard };
}

/** Settings held in memory: `load` answers when the test says, `change` plays a save made elsewhere. */
function settingsHolding(language: LanguageChoice) {
  const listeners = new Set<(settings: { language: LanguageChoice }) => void>();
  let answer: (value: { language: LanguageChoice }) => void = () => undefined;
  let refuse: (error: Error) => void = () => undefined;
  const loaded = new Promise<{ language: LanguageChoice }>((resolve, reject) => {
    answer = resolve;
    refuse = reject;
  });
  const source: LanguageSettingSource = {
    load: () => loaded,
    watch(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
  return {
    source,
    answer: () => answer({ language }),
    refuse: () => refuse(new Error('storage unavailable')),
    change: (next: LanguageChoice) => listeners.forEach((listener) => listener({ language: next })),
    listening: () => listeners.size,
  };
}

describe('following the language setting', () => {
  it('is ready once the stored language’s catalogue is loaded and applied, not before', async () => {
    const { followLanguageSetting, currentLanguage, t, french } = await freshMessages();
    const settings = settingsHolding('fr');
    french.hold();
    const followed = followLanguageSetting(settings.source);
    settings.answer();
    expect(await settled(followed.ready)).toBe(false);
    expect(currentLanguage()).toBe('en');
    french.release();
    await expect(followed.ready).resolves.toBe('fr');
    expect(t('settings.save')).toBe('Enregistrer');
  });

  it('loads French for “auto” when the browser’s UI language is French', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr-CA');
    const { followLanguageSetting, t, french } = await freshMessages();
    const settings = settingsHolding('auto');
    const followed = followLanguageSetting(settings.source);
    settings.answer();
    await expect(followed.ready).resolves.toBe('fr');
    expect(french.loads()).toBe(1);
    expect(t('settings.save')).toBe('Enregistrer');
  });

  it('switches at each later change once its catalogue is loaded, and then tells whoever shows text', async () => {
    const { t, french, settings, heard } = await followingEnglish();
    french.hold();
    settings.change('fr');
    await settle();
    expect(heard).toEqual([]);
    expect(t('settings.save')).toBe('Save');
    french.release();
    await vi.waitFor(() => expect(heard).toEqual(['fr']));
    expect(t('settings.save')).toBe('Enregistrer');
    settings.change('en');
    await vi.waitFor(() => expect(heard).toEqual(['fr', 'en']));
    expect(t('settings.save')).toBe('Save');
  });

  it('tells the language still used when a change’s catalogue cannot be loaded', async () => {
    const { t, french, settings, heard } = await followingEnglish();
    french.failNext();
    settings.change('fr');
    await vi.waitFor(() => expect(heard).toEqual(['en']));
    expect(t('settings.save')).toBe('Save');
  });

  it('keeps a change seen before the load answered: it is the newer', async () => {
    const { followLanguageSetting, currentLanguage, french } = await freshMessages();
    const settings = settingsHolding('en');
    french.hold();
    const followed = followLanguageSetting(settings.source);
    settings.change('fr');
    settings.answer();
    // Ready once the change is applied, not with the stored language meanwhile.
    expect(await settled(followed.ready)).toBe(false);
    french.release();
    await expect(followed.ready).resolves.toBe('fr');
    expect(currentLanguage()).toBe('fr');
  });

  it('does not let the stored language, loading slowly, override a change seen since', async () => {
    const { followLanguageSetting, currentLanguage, french } = await freshMessages();
    const settings = settingsHolding('fr');
    const heard: string[] = [];
    french.hold();
    const followed = followLanguageSetting(settings.source, (language) => heard.push(language));
    settings.answer();
    await settle();
    settings.change('en');
    french.release();
    await expect(followed.ready).resolves.toBe('en');
    await settle();
    expect(currentLanguage()).toBe('en');
    expect(heard).toEqual(['en']);
  });

  it('ends in the last of two changes, though the earlier one’s catalogue loads last', async () => {
    const { currentLanguage, french, settings, heard } = await followingEnglish();
    french.hold();
    settings.change('fr');
    settings.change('en');
    await vi.waitFor(() => expect(heard).toContain('en'));
    french.release();
    await vi.waitFor(() => expect(heard).toHaveLength(2));
    expect(heard).toEqual(['en', 'en']);
    expect(currentLanguage()).toBe('en');
  });

  it('keeps English when the settings cannot be read', async () => {
    const { followLanguageSetting } = await freshMessages();
    const settings = settingsHolding('fr');
    const followed = followLanguageSetting(settings.source);
    settings.refuse();
    await expect(followed.ready).resolves.toBe('en');
  });

  it('stops following when told', async () => {
    const { followLanguageSetting } = await freshMessages();
    const settings = settingsHolding('en');
    const followed = followLanguageSetting(settings.source);
    settings.answer();
    await followed.ready;
    followed.stop();
    expect(settings.listening()).toBe(0);
  });

  it('reads the choice the options page saved in the settings store', async () => {
    const { followLanguageSetting } = await freshMessages();
    await createSettingsStore().save({ language: 'fr' });
    await expect(followLanguageSetting(createSettingsStore()).ready).resolves.toBe('fr');
    const changed = new Promise<string>((resolve) => followLanguageSetting(createSettingsStore(), resolve));
    await createSettingsStore().save({ language: 'en' });
    await expect(changed).resolves.toBe('en');
  });
});
