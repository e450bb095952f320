/**
 * A URL fit to be stored or shown in a report. Resolver's client opened Swagger as
 * `…?access_token=<token>` (client-2022), and a page may pass other credentials in a query: any
 * query parameter whose name suggests one is removed. Fragments go too.
 */
const CREDENTIAL_LIKE = /token|key|auth|secret|session|pass|sig|code|jwt|bearer/i;

export function redactUrl(url: string): string {
  if (!URL.canParse(url)) return '';
  const parsed = new URL(url);
  // forEach, not the keys() iterator: in a Firefox content script that iterator is not iterable
  // (the URL object is the page's, seen through the script's X-ray wrapper), and spreading it threw.
  const names: string[] = [];
  parsed.searchParams.forEach((_value, name) => names.push(name));
  for (const name of names) {
    if (CREDENTIAL_LIKE.test(name)) parsed.searchParams.delete(name);
  }
  parsed.hash = '';
  return parsed.href;
}
