/**
 * A short fingerprint of a text: to tell "the same" from "another" without keeping the text.
 * - The tab's session keeps only the fingerprint of the token it checked, in memory, never stored or
 *   logged (lib/page/session/tab-session.ts), and a bulk run paused by a 401 compares fingerprints
 *   to tell a fresh session from the refused one.
 * - A remembered API description keeps the fingerprint of its content, to tell a changed one.
 * FNV-1a (64 bits over two 32-bit halves), synchronous and fast on megabytes: not a secret, just a
 * comparison.
 */
export function fingerprint(text: string): string {
  let low = 0x811c9dc5;
  let high = 0xcbf29ce4;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    low = Math.imul(low ^ code, 0x01000193) >>> 0;
    high = Math.imul(high ^ code ^ (low >>> 7), 0x01000193) >>> 0;
  }
  return `${high.toString(16).padStart(8, '0')}${low.toString(16).padStart(8, '0')}`;
}
