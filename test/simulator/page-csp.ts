/**
 * A Content-Security-Policy on the simulator's HTML pages, when a scenario asks for one: Resolver's
 * real pages may well send one, and it names no extension. The helper must load and act under it
 * (its modules are imported at the extension's own address, its styles go into its shadow roots).
 */
import type { MiddlewareHandler } from 'hono';

/**
 * What a locked-down SaaS page might send: its own scripts, inline ones too (the simulator's pages
 * have inline scripts), its own styles and API, nothing from elsewhere, no extension scheme listed.
 */
export const STRICT_PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Adds `policy` to every HTML page; null: no policy, as by default. */
export function pageCsp(policy: string | null): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (policy !== null && c.res.headers.get('content-type')?.startsWith('text/html')) c.res.headers.set('Content-Security-Policy', policy);
  };
}
