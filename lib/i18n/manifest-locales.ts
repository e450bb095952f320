/**
 * The extension's name and description in each language, as browsers read them for the manifest:
 * `_locales/<language>/messages.json`, made from the catalogues at build (wxt.config.ts) so the
 * name the toolbar and the extensions page show has one source with the one the panel shows.
 */
import { CATALOGUES } from './catalogues';
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

/** In messages.json a `$` starts a placeholder; written `$$` it is a dollar sign. */
export function chromeMessage(text: string): { message: string } {
  return { message: text.replaceAll('$', () => '$$') };
}

/** Every language's messages.json, as a path in the build and its text. */
export function localeFiles(): { relativeDest: string; contents: string }[] {
  return LANGUAGES.map((language) => ({
    relativeDest: `_locales/${language}/messages.json`,
    contents: `${JSON.stringify(
      {
        name: chromeMessage(CATALOGUES[language]['app.name']),
        description: chromeMessage(CATALOGUES[language]['app.description']),
      },
      null,
      2,
    )}\n`,
  }));
}
