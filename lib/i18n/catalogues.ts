/**
 * Every catalogue by language, all at once: for the build (manifest-locales.ts, read by
 * wxt.config.ts) and the tests. Shipped code reaches them through index.ts instead, which loads
 * only the language a context shows.
 */
import { en } from './en/index';
import { fr } from './fr/index';
import type { Language } from './languages';
import type { Messages } from './messages';

export type { MessageKey, Messages, Translation } from './messages';

export const CATALOGUES: Readonly<Record<Language, Messages>> = { en, fr };
