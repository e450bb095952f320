/**
 * The languages the helper speaks, apart from their catalogues so the settings schema can name
 * them without pulling every message into what imports it.
 */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What the admin chooses on the options page: a language, or the browser's own. */
export type LanguageChoice = 'auto' | Language;

/** Each language's name in itself, so an admin who switched by mistake still finds their own. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français' };

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The helper's language for a BCP 47 tag such as the browser's UI language: its primary subtag,
 * so every regional variant (fr-CA, fr-BE, fr_CH) reads as French. English for anything else.
 */
export function languageOf(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLanguage(primary) ? primary : 'en';
}
