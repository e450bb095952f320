import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLanguage, t } from '@/lib/i18n';
import { freshMessages } from '@/lib/i18n/test-fresh-messages';
import { createSettingsStore } from '@/lib/settings/settings-store';
import { ChosenLanguage } from './ChosenLanguage';
import { CallerChecklistSettings } from './settings/CallerChecklistSettings';
import { LanguageSettings } from './settings/LanguageSettings';
import { sharedSettingsStore } from './use-settings';

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await setLanguage('en');
});

function Title() {
  return <h1>{t('settings.title')}</h1>;
}

describe('ChosenLanguage', () => {
  it('shows its children first in French when French is stored, its catalogue loaded on demand: no English before', async () => {
    await createSettingsStore().save({ language: 'fr' });
    // Fresh modules: the French catalogue is not loaded yet, as in a context that just started.
    const { t: fresh, french } = await freshMessages();
    const { ChosenLanguage: FreshChosenLanguage } = await import('./ChosenLanguage');
    const rendered: string[] = [];
    function LoggedTitle() {
      const title = fresh('settings.title');
      rendered.push(title);
      return <h1>{title}</h1>;
    }
    french.hold();
    const { container } = render(
      <FreshChosenLanguage settings={createSettingsStore()}>
        <LoggedTitle />
      </FreshChosenLanguage>,
    );
    await vi.waitFor(() => expect(french.loads()).toBe(1));
    expect(container).toBeEmptyDOMElement();
    french.release();
    expect(await screen.findByRole('heading', { name: 'Paramètres' })).toBeVisible();
    expect(new Set(rendered)).toEqual(new Set(['Paramètres']));
  });

  it('shows nothing until the stored language is applied, then its children in it', async () => {
    await createSettingsStore().save({ language: 'fr' });
    const { container } = render(
      <ChosenLanguage settings={createSettingsStore()}>
        <Title />
      </ChosenLanguage>,
    );
    expect(container).toBeEmptyDOMElement();
    expect(await screen.findByRole('heading', { name: 'Paramètres' })).toBeVisible();
  });

  it('follows the browser’s UI language while the admin chose none', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr-CA');
    render(
      <ChosenLanguage settings={createSettingsStore()}>
        <Title />
      </ChosenLanguage>,
    );
    expect(await screen.findByRole('heading', { name: 'Paramètres' })).toBeVisible();
  });

  it('shows its children again, from scratch, in a language saved later, and says which', async () => {
    const shown = vi.fn();
    const user = userEvent.setup();
    render(
      <ChosenLanguage settings={createSettingsStore()} onShown={shown}>
        <Title />
        <input aria-label="draft" />
      </ChosenLanguage>,
    );
    await screen.findByRole('heading', { name: 'Settings' });
    await user.type(screen.getByRole('textbox', { name: 'draft' }), 'typed before');
    await createSettingsStore().save({ language: 'fr' });
    expect(await screen.findByRole('heading', { name: 'Paramètres' })).toBeVisible();
    // Remounted: no English text, or state holding it, is left behind.
    expect(screen.getByRole('textbox', { name: 'draft' })).toHaveValue('');
    expect(shown.mock.calls).toEqual([['en'], ['fr']]);
  });
});

describe('the options page’s language', () => {
  it('overrides the browser’s language for the whole page as soon as it is chosen', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    const store = sharedSettingsStore();
    const user = userEvent.setup();
    render(
      <ChosenLanguage settings={store}>
        <LanguageSettings store={store} />
        <CallerChecklistSettings store={store} />
      </ChosenLanguage>,
    );
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'Français');
    expect(await screen.findByRole('heading', { name: 'Paramètres' })).toBeVisible();
    expect(await screen.findByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
    await expect(createSettingsStore().load()).resolves.toMatchObject({ language: 'fr' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Langue' }), 'Langue du navigateur (English)');
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeVisible();
    await expect(createSettingsStore().load()).resolves.toMatchObject({ language: 'auto' });
  });
});
