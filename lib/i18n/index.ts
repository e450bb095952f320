/**
 * The one messages module: every user-facing sentence comes from here.
 * English ships now; French is planned: add `fr.ts` with the same keys (the `Messages` type
 * makes a missing key a compile error) and pick the catalogue from the browser's UI language.
 */
import { en } from './en/index';

export type Messages = typeof en;
export type MessageKey = keyof Messages;

const catalogue: Messages = en;

/** Replaces `{name}` placeholders with the given values. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
