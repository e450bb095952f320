import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSettingsStore } from '../settings/settings-store';
import { currentLanguage, setLanguage, t } from './index';
import type { LanguageChoice } from './languages';
import { followLanguageSetting, type LanguageSettingSource } from './language-setting';

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
  setLanguage('en');
});

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
  it('applies the stored language once loaded', async () => {
    const settings = settingsHolding('fr');
    const followed = followLanguageSetting(settings.source);
    expect(currentLanguage()).toBe('en');
    settings.answer();
    await expect(followed.ready).resolves.toBe('fr');
    expect(t('settings.save')).toBe('Enregistrer');
  });

  it('follows the browser’s UI language for “auto”', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr-CA');
    const settings = settingsHolding('auto');
    const followed = followLanguageSetting(settings.source);
    settings.answer();
    await expect(followed.ready).resolves.toBe('fr');
  });

  it('switches at each later change and tells whoever shows text', async () => {
    const settings = settingsHolding('en');
    const heard: string[] = [];
    const followed = followLanguageSetting(settings.source, (language) => heard.push(language));
    settings.answer();
    await followed.ready;
    settings.change('fr');
    expect(t('settings.save')).toBe('Enregistrer');
    settings.change('en');
    expect(t('settings.save')).toBe('Save');
    expect(heard).toEqual(['fr', 'en']);
  });

  it('keeps a change seen before the load answered: it is the newer', async () => {
    const settings = settingsHolding('en');
    const followed = followLanguageSetting(settings.source);
    settings.change('fr');
    settings.answer();
    await expect(followed.ready).resolves.toBe('fr');
    expect(currentLanguage()).toBe('fr');
  });

  it('keeps the browser’s language when the settings cannot be read', async () => {
    const settings = settingsHolding('fr');
    const followed = followLanguageSetting(settings.source);
    settings.refuse();
    await expect(followed.ready).resolves.toBe('en');
  });

  it('stops following when told', async () => {
    const settings = settingsHolding('en');
    const followed = followLanguageSetting(settings.source);
    settings.answer();
    await followed.ready;
    followed.stop();
    expect(settings.listening()).toBe(0);
  });

  it('reads the choice the options page saved in the settings store', async () => {
    await createSettingsStore().save({ language: 'fr' });
    await expect(followLanguageSetting(createSettingsStore()).ready).resolves.toBe('fr');
    const changed = new Promise<string>((resolve) => followLanguageSetting(createSettingsStore(), resolve));
    await createSettingsStore().save({ language: 'en' });
    await expect(changed).resolves.toBe('en');
  });
});
