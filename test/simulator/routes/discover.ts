/**
 * `GET /discover/discover` (client-2022, no auth): service keys → `{url, docUrl}`. Choice: the
 * session, user and org services all live under `/user` (their paths do); docUrl is the
 * Swagger page, left out when the 'none' placement has no Swagger page.
 */
import { Hono } from 'hono';
import { ENDPOINTS, SWAGGER_PAGE_PATH } from '../../../lib/resolver/knowledge';
import type { SimContext, SimEnv } from '../context';

const SERVICE_BASES = {
  session: '/user',
  user: '/user',
  org: '/user',
  object: '/object',
  report: '/report',
  discover: '/discover',
} as const;

export function discoverRoutes(ctx: SimContext): Hono<SimEnv> {
  const app = new Hono<SimEnv>();
  const hasSwaggerPage = ctx.description.source !== null;
  app.get(ENDPOINTS.discover, (c) => {
    const origin = `http://${c.req.header('host') ?? ''}`;
    const docUrl = origin + SWAGGER_PAGE_PATH;
    return c.json(
      Object.fromEntries(
        Object.entries(SERVICE_BASES).map(([key, base]) => [
          key,
          hasSwaggerPage ? { url: origin + base, docUrl } : { url: origin + base },
        ]),
      ),
    );
  });
  return app;
}
