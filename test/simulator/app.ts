/** The simulator's Hono application: one per simulator instance. */
import { Hono } from 'hono';
import { selectEnvironment } from './auth';
import type { SimContext, SimEnv } from './context';
import { clockDateHeader } from './date-header';
import { apiError } from './errors';
import { authenticateRoutes } from './routes/authenticate';
import { discoverRoutes } from './routes/discover';
import { mfaActionRoutes } from './routes/mfa-actions';
import { pageCsp } from './page-csp';
import { pageRoutes } from './routes/pages';
import { userRoutes } from './routes/users';
import { apiTraffic } from './traffic';

export function createApp(ctx: SimContext): Hono<SimEnv> {
  const app = new Hono<SimEnv>();
  app.use('*', clockDateHeader(ctx.clock));
  app.use('*', selectEnvironment(ctx));
  app.use('*', apiTraffic(ctx));
  app.use('*', pageCsp(ctx.pageCsp));
  app.route('/', discoverRoutes(ctx));
  app.route('/', authenticateRoutes(ctx));
  app.route('/', userRoutes(ctx));
  app.route('/', mfaActionRoutes(ctx));
  app.route('/', pageRoutes(ctx));
  app.notFound((c) => apiError(c, 404, 'not.found'));
  app.onError((error, c) => {
    console.error(error);
    return apiError(c, 500, 'internal.error');
  });
  return app;
}
