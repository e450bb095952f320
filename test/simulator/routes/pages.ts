/**
 * Web pages (login, home, Swagger) and the API description documents, where the configured
 * placement serves them (description.ts). Without a description ('none') there is no Swagger
 * page: neither it, its Swagger UI files nor the hostile pages built on it exist.
 */
import { Hono } from 'hono';
import { SWAGGER_PAGE_PATH } from '../../../lib/resolver/knowledge';
import type { SimContext, SimEnv } from '../context';
import { apiError } from '../errors';
import { homePage } from '../pages/home';
import { HOSTILE_PATH, hostilePage } from '../pages/hostile';
import { loginPage } from '../pages/login';
import { swaggerUiFile } from '../pages/static-files';
import { swagger2Page } from '../pages/swagger2';
import { swagger3Page } from '../pages/swagger3';

const ASSETS = `${SWAGGER_PAGE_PATH}/ui`;

function swaggerPageHtml(ctx: SimContext): string | null {
  const { source } = ctx.description;
  if (!source) return null;
  const options = { source, assets: ASSETS, stripAccessToken: ctx.stripAccessToken };
  return ctx.swaggerUi === '3' ? swagger3Page(options) : swagger2Page(options);
}

export function pageRoutes(ctx: SimContext): Hono<SimEnv> {
  const app = new Hono<SimEnv>();
  const swaggerHtml = swaggerPageHtml(ctx);

  app.get('/', (c) => c.html(loginPage()));
  app.get('/login', (c) => c.html(loginPage()));
  app.get('/home', (c) => c.html(homePage()));
  // Browsers ask for it on every page; an empty answer keeps their consoles free of 404s.
  app.get('/favicon.ico', (c) => c.body(null, 204));
  for (const [path, document] of ctx.description.documents) app.get(path, (c) => c.json(document));
  if (swaggerHtml === null) return app;

  app.get(SWAGGER_PAGE_PATH, (c) => c.html(swaggerHtml));
  app.get(`${SWAGGER_PAGE_PATH}/`, (c) => c.html(swaggerHtml));
  // Test pages whose scripts attack the extension (see pages/hostile.ts).
  app.get(`${HOSTILE_PATH}/:attack`, (c) => {
    const html = hostilePage(swaggerHtml, c.req.param('attack'));
    return html === null ? apiError(c, 404, 'not.found') : c.html(html);
  });
  app.get(`${ASSETS}/*`, async (c) => {
    const file = await swaggerUiFile(ctx.swaggerUi, c.req.path.slice(ASSETS.length + 1));
    if (!file) return apiError(c, 404, 'not.found');
    return c.body(new Uint8Array(file.data), 200, { 'Content-Type': file.type, 'Cache-Control': 'max-age=3600' });
  });
  return app;
}
