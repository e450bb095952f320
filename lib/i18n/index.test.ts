import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserLanguage, currentLanguage, languageOf, setLanguage, t } from './index';
import { freshMessages } from './test-fresh-messages';

// Only navigator is stubbed here. Not vi.unstubAllGlobals(): it would also remove the fake
// `browser` and `chrome` WXT's test setup stubs, which extension storage reads after this test.
const realNavigator = globalThis.navigator;
afterEach(async () => {
  vi.restoreAllMocks();
  vi.stubGlobal('navigator', realNavigator);
  await setLanguage('en');
});

/** Lets every load and switch that could end by now end: more than one turn of promises. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

describe('t', () => {
  it('returns the English text for a key', () => {
    expect(t('app.name')).toBe('Resolver MFA helper');
  });

  it('returns the chosen language’s text, placeholders filled', async () => {
    await setLanguage('fr');
    expect(t('app.name')).toBe('Assistant MFA pour Resolver');
    expect(t('bulkUi.users.other', { count: 3 })).toBe('3 utilisateurs');
    await setLanguage('en');
    expect(t('bulkUi.users.other', { count: 3 })).toBe('3 users');
  });

  it('leaves a placeholder it was given no value for as it is', () => {
    expect(t('bulkUi.users.other')).toBe('{count} users');
  });
});

describe('the language of a tag', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-FR', 'fr'],
    ['fr-CA', 'fr'],
    ['fr_BE', 'fr'],
    ['FR-ch', 'fr'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['de-DE', 'en'],
    ['french', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ] as const)('%j reads as %s', (tag, language) => {
    expect(languageOf(tag)).toBe(language);
  });
});

describe('the language choice', () => {
  it('follows the browser’s UI language for “auto”, regional variants included', async () => {
    const ui = vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr-CA');
    await expect(setLanguage('auto')).resolves.toBe('fr');
    expect(t('settings.title')).toBe('Paramètres');
    ui.mockReturnValue('de');
    await expect(setLanguage('auto')).resolves.toBe('en');
    expect(t('settings.title')).toBe('Settings');
  });

  it('overrides the browser’s UI language with the admin’s choice', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr-FR');
    await expect(setLanguage('en')).resolves.toBe('en');
    expect(currentLanguage()).toBe('en');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    await expect(setLanguage('fr')).resolves.toBe('fr');
    expect(currentLanguage()).toBe('fr');
  });

  it('falls back to the page’s navigator.language where the browser has no i18n API, else English', () => {
    // The fake browser throws for getUILanguage, as a context without the API would.
    vi.stubGlobal('navigator', { language: 'fr-BE' });
    expect(browserLanguage()).toBe('fr');
    vi.stubGlobal('navigator', undefined);
    expect(browserLanguage()).toBe('en');
  });
});

describe('loading a catalogue', () => {
  it('starts in English, the browser’s language’s catalogue not loaded', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr-FR');
    const messages = await freshMessages();
    expect(messages.currentLanguage()).toBe('en');
    expect(messages.t('app.name')).toBe('Resolver MFA helper');
    expect(messages.french.loads()).toBe(0);
  });

  it('loads French when it is chosen, keeping English until it is loaded', async () => {
    const { setLanguage, currentLanguage, t, french } = await freshMessages();
    expect(french.loads()).toBe(0);
    french.hold();
    const switching = setLanguage('fr');
    await settle();
    expect(french.loads()).toBe(1);
    expect(currentLanguage()).toBe('en');
    expect(t('app.name')).toBe('Resolver MFA helper');
    french.release();
    await expect(switching).resolves.toBe('fr');
    expect(currentLanguage()).toBe('fr');
    expect(t('app.name')).toBe('Assistant MFA pour Resolver');
  });

  it('ends in the last of two choices made meanwhile, though the earlier one loads last', async () => {
    const { setLanguage, currentLanguage, t, french } = await freshMessages();
    french.hold();
    const toFrench = setLanguage('fr');
    const toEnglish = setLanguage('en');
    await expect(toEnglish).resolves.toBe('en');
    french.release();
    await expect(toFrench).resolves.toBe('en');
    await settle();
    expect(currentLanguage()).toBe('en');
    expect(t('app.name')).toBe('Resolver MFA helper');
  });

  it('tells an earlier choice the language the last one leaves, once that one is applied', async () => {
    const { setLanguage, t, french } = await freshMessages();
    french.hold();
    const toEnglish = setLanguage('en');
    const toFrench = setLanguage('fr');
    const heard: string[] = [];
    void toEnglish.then((language) => heard.push(language));
    await settle();
    expect(heard).toEqual([]);
    french.release();
    await expect(toEnglish).resolves.toBe('fr');
    await expect(toFrench).resolves.toBe('fr');
    expect(t('app.name')).toBe('Assistant MFA pour Resolver');
  });

  it('stays in the current language when a catalogue cannot be loaded, and tries again at the next choice', async () => {
    const { setLanguage, currentLanguage, t, french } = await freshMessages();
    french.failNext();
    await expect(setLanguage('fr')).resolves.toBe('en');
    expect(currentLanguage()).toBe('en');
    expect(t('app.name')).toBe('Resolver MFA helper');
    await expect(setLanguage('fr')).resolves.toBe('fr');
    expect(french.loads()).toBe(2);
    expect(t('app.name')).toBe('Assistant MFA pour Resolver');
  });

  it('loads French for “auto” when the browser’s UI language is French', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr-CA');
    const { setLanguage, t, french } = await freshMessages();
    await expect(setLanguage('auto')).resolves.toBe('fr');
    expect(french.loads()).toBe(1);
    expect(t('settings.title')).toBe('Paramètres');
  });
});
