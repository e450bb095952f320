/**
 * The one messages module: every user-facing sentence comes from here, in the language chosen
 * for this context. Each catalogue (en/, fr/) holds every key (the `Messages` type makes a missing
 * one a compile error).
 *
 * The language starts as the browser's UI language. Each extension context then applies the
 * admin's choice from the settings (language-setting.ts) before its first render, so `t` stays a
 * plain synchronous function everywhere.
 */
import { browser } from 'wxt/browser';
import { CATALOGUES, type MessageKey } from './catalogues';
import { languageOf, type Language, type LanguageChoice } from './languages';

export type { MessageKey, Messages } from './catalogues';
export { LANGUAGE_NAMES, LANGUAGES, languageOf, type Language, type LanguageChoice } from './languages';

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

let current: Language = browserLanguage();

/** Switches this context's language: 'auto' follows the browser's UI language. Returns the language now used. */
export function setLanguage(choice: LanguageChoice): Language {
  current = choice === 'auto' ? browserLanguage() : choice;
  return current;
}

export function currentLanguage(): Language {
  return current;
}

/** Replaces `{name}` placeholders with the given values. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return CATALOGUES[current][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
