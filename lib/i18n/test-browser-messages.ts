/**
 * Test fixture: the browser's `i18n.getMessage` over the `_locales` files the build writes
 * (manifest-locales.ts), as Chrome reads them: `$name$` is the placeholder's content (`$1`…, the
 * substitutions in order), `$$` a dollar sign. Tests of what the background shows go through it, so
 * they also prove the files hold the sentence.
 */
import type { Language } from './languages';
import { localeFiles, type BrowserMessage } from './manifest-locales';

interface StoredMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export function browserMessagesIn(language: Language): (name: BrowserMessage, substitutions?: string[]) => string {
  const file = localeFiles().find((locale) => locale.relativeDest === `_locales/${language}/messages.json`);
  if (!file) throw new Error(`No _locales file for ${language}.`);
  const messages = JSON.parse(file.contents) as Record<string, StoredMessage>;
  return (name, substitutions = []) => {
    const stored = messages[name];
    if (!stored) return '';
    return stored.message.replace(/\$\$|\$(\w+)\$/g, (whole, placeholder: string | undefined) => {
      if (placeholder === undefined) return '$';
      const content = stored.placeholders?.[placeholder.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (_ref, index: string) => substitutions[Number(index) - 1] ?? '');
    });
  };
}
