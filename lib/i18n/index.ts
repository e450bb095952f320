/**
 * The one messages module: every user-facing sentence comes from here, in the language chosen
 * for this context. Each catalogue (en/, fr/) holds every key (the `Messages` type makes a missing
 * one a compile error).
 *
 * A context shows one language, so it loads only that one's catalogue. English is bundled: it
 * defines the keys and is the language until a choice is applied. Every other catalogue is its own
 * chunk, loaded the first time it is chosen; that is why `setLanguage` is asynchronous while `t`
 * stays a plain synchronous function everywhere.
 *
 * The language starts as English, not the browser's: the browser's catalogue may not be loaded
 * yet, and each extension context applies the admin's choice ('auto' meaning the browser's) from
 * the settings before its first render (language-setting.ts, components/ChosenLanguage.tsx).
 */
import { browser } from 'wxt/browser';
import { en } from './en/index';
import { languageOf, type Language, type LanguageChoice } from './languages';
import type { MessageKey, Messages } from './messages';

export type { MessageKey, Messages } from './messages';
export { LANGUAGE_NAMES, LANGUAGES, languageOf, type Language, type LanguageChoice } from './languages';

/** Each language's catalogue: a dynamic import, so the bundler puts each other language in its own chunk. */
const LOADERS: Readonly<Record<Language, () => Promise<Messages>>> = {
  en: () => Promise.resolve(en),
  fr: () => import('./fr/index').then((module) => module.fr),
};

/** Catalogues loaded or loading, so each is fetched once however often it is chosen. */
const catalogues = new Map<Language, Promise<Messages>>();

function catalogue(language: Language): Promise<Messages> {
  let loading = catalogues.get(language);
  if (loading === undefined) {
    loading = LOADERS[language]();
    catalogues.set(language, loading);
    // Forgotten if it failed (a chunk that could not be fetched): choosing it again tries again.
    loading.catch(() => catalogues.delete(language));
  }
  return loading;
}

/**
 * The browser's UI language: `i18n.getUILanguage()` in every extension context (content scripts
 * included). Outside one (unit tests, where the fake browser does not implement it; Node, where
 * there is no browser at all) the page's `navigator.language`, else English.
 */
export function browserLanguage(): Language {
  try {
    return languageOf(browser.i18n.getUILanguage());
  } catch {
    return languageOf(globalThis.navigator?.language);
  }
}

let current: Language = 'en';
let messages: Messages = en;
/**
 * The latest choice's switch: an earlier one still loading must not override it. Unset until a
 * choice is made, so that importing this module does nothing (the background imports it, through
 * the request errors, without ever switching).
 */
let latest: Promise<Language> | undefined;

/** What `switched` resolves with: the language now used, or what a later choice leaves once applied. */
function outcome(switched: Promise<Language>): Language | Promise<Language> {
  return latest === undefined || latest === switched ? current : latest;
}

/**
 * Switches this context's language once its catalogue is loaded: 'auto' follows the browser's UI
 * language. Resolves with the language then used, never rejects: a catalogue that cannot be loaded
 * leaves the language as it was. Of calls made meanwhile the last one wins, whichever load ends
 * first, and each resolves with the language that last one leaves.
 */
export function setLanguage(choice: LanguageChoice): Promise<Language> {
  const language = choice === 'auto' ? browserLanguage() : choice;
  const switched: Promise<Language> = catalogue(language).then(
    (loaded) => {
      if (latest === switched) {
        current = language;
        messages = loaded;
      }
      return outcome(switched);
    },
    () => outcome(switched),
  );
  latest = switched;
  return switched;
}

export function currentLanguage(): Language {
  return current;
}

/** Replaces `{name}` placeholders with the given values. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
