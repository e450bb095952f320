/**
 * The shape of a catalogue, taken from the English one: types only, so another language's
 * catalogue can name it without pulling the English text (or every catalogue) into its chunk.
 */
import type { en } from './en/index';

/** A catalogue: every English key, each with its text. */
export type Messages = { readonly [K in keyof typeof en]: string };
export type MessageKey = keyof Messages;

/**
 * One area of another language's catalogue, mirroring the English area `T`: a key missing or
 * added there is a compile error in that area's own file.
 */
export type Translation<T> = { readonly [K in keyof T]: string };
