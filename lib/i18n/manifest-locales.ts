/**
 * The extension's name and description in each language, as browsers read them for the manifest:
 * `_locales/<language>/messages.json`, made from the catalogues at build (wxt.config.ts) so the
 * name the toolbar and the extensions page show has one source with the one the panel shows.
 */
import { CATALOGUES } from './catalogues';
import type { MessageKey } from './index';
import { LANGUAGES, type Language } from './languages';

const DEFAULT_LOCALE: Language = 'en';

/** The manifest's fields that name the messages (a browser in a language we lack shows English). */
export const MANIFEST_LOCALE_FIELDS = {
  name: '__MSG_name__',
  description: '__MSG_description__',
  default_locale: DEFAULT_LOCALE,
};

/** The toolbar button's own name: absent, the browser shows the manifest's, which is localised. */
interface ManifestWithButton {
  action?: { default_title?: string };
  browser_action?: { default_title?: string };
}

/**
 * Names the toolbar button (MV3 `action`, Firefox MV2 `browser_action`) with the localised name:
 * WXT copies the popup page's `<title>` there, which the browser would show as it is, in English.
 */
export function localiseToolbarButton(manifest: ManifestWithButton): void {
  for (const button of [manifest.action, manifest.browser_action]) {
    if (button) button.default_title = MANIFEST_LOCALE_FIELDS.name;
  }
}

/**
 * The sentences the browser itself looks up (`i18n.getMessage`), by message name: the manifest's,
 * and the badge's title, which the background sets without carrying the catalogues (they would
 * more than double its bundle). Message names are letters and digits only.
 */
export const BROWSER_MESSAGES = {
  name: 'app.name',
  description: 'app.description',
  badgeOne: 'reminders.badge.one',
  badgeMany: 'reminders.badge.many',
} as const satisfies Record<string, MessageKey>;
export type BrowserMessage = keyof typeof BROWSER_MESSAGES;

interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * A catalogue sentence as messages.json writes it: a `$` written `$$` (a lone one starts a
 * placeholder), and each `{name}` as `$name$`, filled from the substitutions in order of first use.
 */
export function chromeMessage(text: string): ChromeMessage {
  const names: string[] = [];
  const message = text.replaceAll('$', () => '$$').replace(/\{(\w+)\}/g, (_whole, name: string) => {
    if (!names.includes(name)) names.push(name);
    return `$${name}$`;
  });
  if (names.length === 0) return { message };
  return { message, placeholders: Object.fromEntries(names.map((name, index) => [name, { content: `$${index + 1}` }])) };
}

/** Every language's messages.json, as a path in the build and its text. */
export function localeFiles(): { relativeDest: string; contents: string }[] {
  return LANGUAGES.map((language) => ({
    relativeDest: `_locales/${language}/messages.json`,
    contents: `${JSON.stringify(
      Object.fromEntries(
        Object.entries(BROWSER_MESSAGES).map(([message, key]) => [message, chromeMessage(CATALOGUES[language][key])]),
      ),
      null,
      2,
    )}\n`,
  }));
}
