import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserLanguage, currentLanguage, languageOf, setLanguage, t } from './index';

// Only navigator is stubbed here. Not vi.unstubAllGlobals(): it would also remove the fake
// `browser` and `chrome` WXT's test setup stubs, which extension storage reads after this test.
const realNavigator = globalThis.navigator;
afterEach(() => {
  vi.restoreAllMocks();
  vi.stubGlobal('navigator', realNavigator);
  setLanguage('en');
});

describe('t', () => {
  it('returns the English text for a key', () => {
    expect(t('app.name')).toBe('Resolver MFA helper');
  });

  it('returns the chosen language’s text, placeholders filled', () => {
    setLanguage('fr');
    expect(t('app.name')).toBe('Assistant MFA pour Resolver');
    expect(t('bulkUi.users.other', { count: 3 })).toBe('3 utilisateurs');
    setLanguage('en');
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
  it('follows the browser’s UI language for “auto”, regional variants included', () => {
    const ui = vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr-CA');
    expect(setLanguage('auto')).toBe('fr');
    expect(t('settings.title')).toBe('Paramètres');
    ui.mockReturnValue('de');
    expect(setLanguage('auto')).toBe('en');
    expect(t('settings.title')).toBe('Settings');
  });

  it('overrides the browser’s UI language with the admin’s choice', () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr-FR');
    expect(setLanguage('en')).toBe('en');
    expect(currentLanguage()).toBe('en');
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    expect(setLanguage('fr')).toBe('fr');
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
