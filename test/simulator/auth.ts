/**
 * Request authentication, as documented: `Authorization: bearer <token>` (scheme
 * case-insensitive). A call without the header is 403 `access.denied` (the API docs say calls
 * without auth are 403); a bad or expired token is 401 (session ended).
 */
import type { MiddlewareHandler } from 'hono';
import { ACCESS_DENIED_MESSAGE, AUTH_SCHEME, environmentOf } from '../../lib/resolver/knowledge';
import type { SimContext, SimEnv } from './context';
import { apiError } from './errors';

const AUTHORIZATION = new RegExp(`^${AUTH_SCHEME}\\s+(\\S+)$`, 'i');

/** Picks the environment from the Host header: a host containing "sandbox" is the sandbox. */
export function selectEnvironment(ctx: SimContext): MiddlewareHandler<SimEnv> {
  return async (c, next) => {
    const hostname = (c.req.header('host') ?? '').replace(/:\d+$/, '');
    c.set('env', ctx.environments[environmentOf(hostname)]);
    await next();
  };
}

export function requireSession(ctx: SimContext): MiddlewareHandler<SimEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header === undefined) return apiError(c, 403, ACCESS_DENIED_MESSAGE, 'No Authorization header.');
    const token = AUTHORIZATION.exec(header.trim())?.[1];
    if (token === undefined) return apiError(c, 401, 'invalid.token', 'Expected "bearer <token>".');
    const check = ctx.tokens.check(token, c.get('env').name);
    if (!check.ok) return apiError(c, 401, check.reason === 'expired' ? 'token.expired' : 'invalid.token');
    c.set('session', check.session);
    await next();
  };
}

/** Admin endpoints: the caller must be an active admin of the session's org. */
export function requireAdmin(): MiddlewareHandler<SimEnv> {
  return async (c, next) => {
    const { userId, orgId } = c.get('session');
    const membership = c.get('env').membership(orgId, userId);
    if (!membership?.isAdmin || !membership.isActive) return apiError(c, 403, ACCESS_DENIED_MESSAGE, 'Admins only.');
    await next();
  };
}
