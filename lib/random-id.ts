/**
 * 128 random bits as hex: the id of an audit entry, a bulk run, a lease holder or a store intent.
 * Not crypto.randomUUID(): content scripts share the page's context, and randomUUID exists only
 * in secure (https) contexts, while getRandomValues exists everywhere.
 */
export function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
