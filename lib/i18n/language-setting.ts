/**
 * The admin's language choice (the options page's setting) applied to this context's `t`.
 * Settings are read, and a catalogue other than English loaded, asynchronously, so each context
 * applies the stored choice before it shows anything, then follows later changes (the options page
 * saving another language while the popup or a Resolver tab is open).
 */
import { currentLanguage, setLanguage } from './index';
import type { Language, LanguageChoice } from './languages';

/** The part of the settings store this needs (lib/settings/settings-store.ts). */
export interface LanguageSettingSource {
  load(): Promise<{ language: LanguageChoice }>;
  watch(onChange: (settings: { language: LanguageChoice }) => void): () => void;
}

export interface FollowedLanguage {
  /** Resolves once the stored choice is applied, with the language now used. */
  ready: Promise<Language>;
  stop(): void;
}

/**
 * Applies the stored choice now and at every change of the settings, telling `onChange` the
 * language then used (the same one too: several views of one context each hear every change).
 * A change applies once its language's catalogue is loaded, so `onChange` hears it then, with
 * the language actually used (the previous one if that catalogue could not be loaded).
 */
export function followLanguageSetting(settings: LanguageSettingSource, onChange: (language: Language) => void = () => undefined): FollowedLanguage {
  let changed: Promise<Language> | null = null;
  const stop = settings.watch(({ language }) => {
    changed = setLanguage(language);
    void changed.then(onChange);
  });
  const ready = settings.load().then(
    // A change seen meanwhile is newer than what was loaded: ready once it is applied.
    ({ language }) => changed ?? setLanguage(language),
    // Storage that cannot be read leaves the language as it is (English at first): the helper
    // still works.
    () => changed ?? currentLanguage(),
  );
  return { ready, stop };
}
