import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './catalogues';
import { LANGUAGES } from './languages';
import { browserMessagesIn } from './test-browser-messages';
import { chromeMessage, localeFiles, localiseToolbarButton, MANIFEST_LOCALE_FIELDS } from './manifest-locales';

describe('the manifest’s locales', () => {
  it('name the extension and describe it in every language, from the catalogues', () => {
    const files = Object.fromEntries(localeFiles().map((file) => [file.relativeDest, JSON.parse(file.contents) as unknown]));
    expect(Object.keys(files)).toEqual(LANGUAGES.map((language) => `_locales/${language}/messages.json`));
    expect(files['_locales/fr/messages.json']).toMatchObject({
      name: { message: 'Assistant MFA pour Resolver' },
      description: { message: CATALOGUES.fr['app.description'] },
    });
    expect(files['_locales/en/messages.json']).toMatchObject({
      name: { message: 'Resolver MFA helper' },
      description: { message: "Safe one-click forms for Resolver Core's MFA admin actions, sent through your own signed-in session." },
    });
  });

  it('hold the badge’s titles, with the count as a placeholder the browser fills in, in every language', () => {
    for (const language of LANGUAGES) {
      const message = browserMessagesIn(language);
      expect(message('badgeOne')).toBe(CATALOGUES[language]['reminders.badge.one']);
      expect(message('badgeMany', ['7'])).toBe(CATALOGUES[language]['reminders.badge.many'].replace('{count}', '7'));
    }
  });

  it('turns {placeholders} into the browser’s own, in order of first use', () => {
    expect(chromeMessage('{count} of {total}, {count} again')).toEqual({
      message: '$count$ of $total$, $count$ again',
      placeholders: { count: { content: '$1' }, total: { content: '$2' } },
    });
  });

  it('has the manifest name the messages of those files, with English for other browser languages', () => {
    expect(MANIFEST_LOCALE_FIELDS).toEqual({ name: '__MSG_name__', description: '__MSG_description__', default_locale: 'en' });
    expect(localeFiles().map((file) => file.relativeDest)).toContain(`_locales/${MANIFEST_LOCALE_FIELDS.default_locale}/messages.json`);
  });

  it('names the toolbar button with the localised name, in Chrome’s manifest and in Firefox’s', () => {
    const chrome = { action: { default_title: 'Resolver MFA helper', default_popup: 'popup.html' } };
    localiseToolbarButton(chrome);
    expect(chrome).toEqual({ action: { default_title: '__MSG_name__', default_popup: 'popup.html' } });
    const firefox = { browser_action: { default_title: 'Resolver MFA helper' } };
    localiseToolbarButton(firefox);
    expect(firefox).toEqual({ browser_action: { default_title: '__MSG_name__' } });
  });

  it('writes a dollar sign as browsers read one, not as a placeholder', () => {
    expect(chromeMessage('Costs $5, or $$')).toEqual({ message: 'Costs $$5, or $$$$' });
  });
});
