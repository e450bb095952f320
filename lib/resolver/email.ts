/**
 * True when the text is shaped like an email address: one `@` between a non-empty local part and
 * a domain containing a dot, no spaces. Deliberately loose: it only decides whether a person typed
 * an email (search users by it) rather than an id; the server decides what matches.
 */
export function looksLikeEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@.][^\s@]*\.[^\s@]+$/.test(text.trim());
}
