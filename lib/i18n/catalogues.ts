/** Every catalogue by language, without the choice of one (index.ts) so the build config can read them too. */
import { en } from './en/index';
import { fr } from './fr/index';
import type { Language } from './languages';

/** A catalogue: every English key, each with its text. */
export type Messages = { readonly [K in keyof typeof en]: string };
export type MessageKey = keyof Messages;

/**
 * One area of another language's catalogue, mirroring the English area `T`: a key missing or
 * added there is a compile error in that area's own file.
 */
export type Translation<T> = { readonly [K in keyof T]: string };

export const CATALOGUES: Readonly<Record<Language, Messages>> = { en, fr };
