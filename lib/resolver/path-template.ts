import { checkUserId } from './user-id';

/** Any origin will do: only the path of the resolved URL is kept. */
const THROWAWAY_ORIGIN = 'https://base.invalid/';

/**
 * The path part of a Swagger 2 `basePath` or OpenAPI 3 server URL, without trailing slash ('' for
 * the root), or undefined when it cannot be parsed. A server URL naming another origin contributes
 * its path only: the admin's session token must never leave the Resolver tab's origin, and the
 * description comes from the page, which could be tampered with. Relative server URLs are taken
 * from the origin root, because the document's own URL is not known here.
 */
export function basePathOf(urlOrPath: string): string | undefined {
  if (!URL.canParse(urlOrPath, THROWAWAY_ORIGIN)) return undefined;
  return new URL(urlOrPath, THROWAWAY_ORIGIN).pathname.replace(/\/+$/, '');
}

const PARAMETER = /^\{[^{}]+\}$/;

function segmentsOf(path: string): string[] | undefined {
  if (!path.startsWith('/')) return undefined;
  return path.replace(/\/+$/, '').split('/').slice(1);
}

/**
 * True when two path templates name the same route: literal segments equal, parameters in the
 * same places whatever they are called (`{id}` or `{userId}`), a trailing slash ignored.
 */
export function sameRoute(candidate: string, template: string): boolean {
  const a = segmentsOf(candidate);
  const b = segmentsOf(template);
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  return a.every((segment, index) => {
    const other = b[index] ?? '';
    return PARAMETER.test(segment) ? PARAMETER.test(other) : segment === other;
  });
}

/**
 * Fills a template's parameters. The only path parameter of the MFA actions is the user id, so it
 * is validated and URL-encoded here, at the point of use: raw text in a path could walk to
 * another endpoint (`1/../../org/mfa`).
 */
export function fillTemplate(template: string, userId: number | undefined): string {
  return template
    .split('/')
    .map((segment) => (PARAMETER.test(segment) ? encodeURIComponent(String(checkUserId(userId))) : segment))
    .join('/');
}
