/**
 * Every response carries the simulator's clock as its `Date` header, as a real server sends its
 * own: the extension reads Resolver's clock from it, so moving the simulated clock (tests of
 * expiring opt-outs) is seen by the extension exactly as a server clock ahead of the laptop's.
 */
import type { MiddlewareHandler } from 'hono';
import type { SimClock } from './clock';
import type { SimEnv } from './context';

export function clockDateHeader(clock: SimClock): MiddlewareHandler<SimEnv> {
  return async (c, next) => {
    await next();
    // An IMF-fixdate (RFC 9110 §5.6.7), which toUTCString() produces.
    c.res.headers.set('Date', new Date(clock.now() * 1000).toUTCString());
  };
}
