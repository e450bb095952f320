import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '@/lib/i18n';
import { createSettingsStore, type SettingsStore } from '@/lib/settings/settings-store';
import { LanguageSettings } from './LanguageSettings';

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('LanguageSettings', () => {
  it('offers the browser’s language, named, then each language in itself, showing the stored choice', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr-FR');
    await createSettingsStore().save({ language: 'en' });
    render(<LanguageSettings store={createSettingsStore()} />);
    const select = await screen.findByRole('combobox', { name: 'Language' });
    expect(select).toHaveValue('en');
    expect(select).toHaveAccessibleDescription(t('settings.language.hint'));
    const options = within(select).getAllByRole('option');
    expect(options.map((option) => [option.textContent, option.getAttribute('lang')])).toEqual([
      ['Browser language (Français)', null],
      ['English', 'en'],
      ['Français', 'fr'],
    ]);
  });

  it('saves the choice at once, for every context to read', async () => {
    const user = userEvent.setup();
    render(<LanguageSettings store={createSettingsStore()} />);
    const select = await screen.findByRole('combobox', { name: 'Language' });
    expect(select).toHaveValue('auto');
    await user.selectOptions(select, 'fr');
    await vi.waitFor(() => expect(select).toHaveValue('fr'));
    await expect(createSettingsStore().load()).resolves.toMatchObject({ language: 'fr' });
  });

  it('says so when the browser’s storage refuses the change', async () => {
    const store = createSettingsStore();
    const refusing: SettingsStore = { ...store, save: () => Promise.reject(new Error('quota')) };
    const user = userEvent.setup();
    render(<LanguageSettings store={refusing} />);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'fr');
    expect(await screen.findByText(t('settings.saveFailed'))).toBeVisible();
    await expect(store.load()).resolves.toMatchObject({ language: 'auto' });
  });
});
