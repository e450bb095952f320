/**
 * Shows its children in the admin's chosen language (the options page's setting): nothing until
 * the stored choice is applied, its catalogue loaded, so the first text shown is already in it;
 * then, at each change, the children again from scratch, since every component reads its text
 * through `t` as it renders and some keep text in their state.
 */
import { Fragment, useEffect, useState, type ReactNode } from 'react';
import type { Language } from '@/lib/i18n';
import { followLanguageSetting, type LanguageSettingSource } from '@/lib/i18n/language-setting';

export interface ChosenLanguageProps {
  settings: LanguageSettingSource;
  /** Told each language shown: where the text sits names it (an extension page's `lang`, the panel's). */
  onShown?: (language: Language) => void;
  children: ReactNode;
}

export function ChosenLanguage({ settings, onShown, children }: ChosenLanguageProps) {
  const [language, setLanguageShown] = useState<Language | null>(null);

  useEffect(() => {
    let live = true;
    const show = (next: Language) => live && setLanguageShown(next);
    const followed = followLanguageSetting(settings, show);
    void followed.ready.then(show);
    return () => {
      live = false;
      followed.stop();
    };
  }, [settings]);

  useEffect(() => {
    if (language !== null) onShown?.(language);
  }, [language, onShown]);

  if (language === null) return null;
  return <Fragment key={language}>{children}</Fragment>;
}

/** An extension page's `onShown`: screen readers and spell checkers read the page in its language. */
export function markDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
}
