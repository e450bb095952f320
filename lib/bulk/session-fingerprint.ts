/**
 * A short fingerprint of the page's session token, so the bulk runner can tell "the same session
 * that got the 401" from "a fresh one" without keeping the token: only this fingerprint is held,
 * in memory, and never stored or logged. FNV-1a (64 bits over two 32-bit halves): not a secret,
 * just a comparison.
 */
export function sessionFingerprint(token: string | null): string | null {
  if (token === null) return null;
  let low = 0x811c9dc5;
  let high = 0xcbf29ce4;
  for (let index = 0; index < token.length; index += 1) {
    const code = token.charCodeAt(index);
    low = Math.imul(low ^ code, 0x01000193) >>> 0;
    high = Math.imul(high ^ code ^ (low >>> 7), 0x01000193) >>> 0;
  }
  return `${high.toString(16).padStart(8, '0')}${low.toString(16).padStart(8, '0')}`;
}
