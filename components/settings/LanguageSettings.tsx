/**
 * The options page's language setting: the browser's language or one the helper speaks, for the
 * popup, the panel on Resolver pages and the options page. Saved as soon as it is chosen; every
 * open view then shows itself again in it (components/ChosenLanguage.tsx).
 */
import { useId, useState } from 'react';
import { browserLanguage, LANGUAGE_NAMES, LANGUAGES, t } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/settings-schema';
import type { SettingsStore } from '@/lib/settings/settings-store';
import { useSettings } from '../use-settings';

const CHOICES: readonly Settings['language'][] = ['auto', ...LANGUAGES];

function isChoice(value: string): value is Settings['language'] {
  return (CHOICES as readonly string[]).includes(value);
}

export function LanguageSettings({ store }: { store: SettingsStore }) {
  const id = useId();
  const settings = useSettings(store);
  const [failed, setFailed] = useState(false);

  async function choose(value: string) {
    if (!isChoice(value)) return;
    try {
      setFailed(false);
      await store.save({ language: value });
    } catch {
      setFailed(true);
    }
  }

  return (
    <section className="mfa-helper mfa-history" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="mfa-title">
        {t('settings.language.label')}
      </h2>
      {settings === null ? (
        <p aria-live="polite">{t('settings.loading')}</p>
      ) : (
        <div className="mfa-field">
          <select
            className="mfa-input"
            aria-labelledby={`${id}-title`}
            aria-describedby={`${id}-hint`}
            value={settings.language}
            onChange={(event) => void choose(event.target.value)}
          >
            <option value="auto">{t('settings.language.auto', { language: LANGUAGE_NAMES[browserLanguage()] })}</option>
            {LANGUAGES.map((language) => (
              // Each language named in itself, and marked so, for screen readers to say it right.
              <option key={language} value={language} lang={language}>
                {LANGUAGE_NAMES[language]}
              </option>
            ))}
          </select>
          <p id={`${id}-hint`} className="mfa-hint">
            {t('settings.language.hint')}
          </p>
        </div>
      )}
      <p aria-live="polite" className="mfa-error">
        {failed && t('settings.saveFailed')}
      </p>
    </section>
  );
}
