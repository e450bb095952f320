/**
 * The environments an organisation lets the helper act on (the `allowedEnvironments` policy):
 * exact hosts (`acme.resolver.com`) or every host under a domain (`*.resolver.com`,
 * `*.eu.resolver.com`). Hosts, not URLs: the helper acts on a tab's own origin, and a scheme or a
 * port in the policy would only be one more way to write a pattern that never matches.
 */
import { RESOLVER_DOMAIN } from '../resolver/knowledge';

/** One host label: what DNS and Resolver's environment names allow. */
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const PATTERN_SHAPE = new RegExp(`^(\\*\\.)?(${LABEL}\\.)*${LABEL}$`);

export type PatternProblem = 'shape' | 'not-resolver';

/** The pattern as matched: trimmed and lower-case (host names are case-insensitive). */
export function normalisePattern(pattern: string): string {
  return pattern.trim().toLowerCase();
}

/**
 * Why `pattern` can never name a Resolver environment, or null when it can. A host outside
 * Resolver's domain is refused rather than ignored: the helper never runs there, so such an entry
 * is a mistake the organisation should hear about (a list of only such entries would block all).
 */
export function patternProblem(pattern: string): PatternProblem | null {
  const normal = normalisePattern(pattern);
  if (!PATTERN_SHAPE.test(normal)) return 'shape';
  const host = normal.startsWith('*.') ? normal.slice(2) : normal;
  // `*.resolver.com` (every environment) is allowed; `resolver.com` itself is no environment.
  if (host === RESOLVER_DOMAIN && normal.startsWith('*.')) return null;
  return host.endsWith(`.${RESOLVER_DOMAIN}`) ? null : 'not-resolver';
}

/** Whether `hostname` is one the pattern names. */
export function patternMatches(pattern: string, hostname: string): boolean {
  const normal = normalisePattern(pattern);
  const host = hostname.toLowerCase();
  if (normal.startsWith('*.')) return host.endsWith(normal.slice(1));
  return host === normal;
}
