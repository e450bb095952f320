/** Middleware on API requests: record them, then apply injected latency and faults. */
import type { MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { SimContext, SimEnv } from './context';
import { apiError } from './errors';
import { isApiPath, recordRequest } from './recorder';

export function apiTraffic(ctx: SimContext): MiddlewareHandler<SimEnv> {
  return async (c, next) => {
    if (!isApiPath(c.req.path, ctx.description)) return next();
    ctx.requests.push(await recordRequest(c, ctx.clock.now()));
    if (ctx.faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, ctx.faults.latencyMs));

    const fault = ctx.faults.take(c.req.path, c.req.method);
    if (fault?.kind === 'drop') {
      // Destroying the socket is what a client sees when a proxy or the server dies mid-request.
      c.env.incoming.socket.destroy();
      return c.body(null, 500);
    }
    if (fault?.kind === 'fail') {
      if (fault.retryAfter !== undefined) c.header('Retry-After', String(fault.retryAfter));
      // failNext() only accepts 400-599, all of which carry a body.
      return apiError(c, fault.status as ContentfulStatusCode, fault.message);
    }
    await next();
  };
}
