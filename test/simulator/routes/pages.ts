/** Web pages (login, home, Swagger) and the API description for the configured Swagger UI mode. */
import { Hono } from 'hono';
import { SWAGGER_PAGE_PATH } from '../../../lib/resolver/knowledge';
import { SPEC_PATHS, type SimContext, type SimEnv } from '../context';
import { apiError } from '../errors';
import { homePage } from '../pages/home';
import { HOSTILE_PATH, hostilePage } from '../pages/hostile';
import { loginPage } from '../pages/login';
import { swaggerUiFile } from '../pages/static-files';
import { swagger2Page } from '../pages/swagger2';
import { swagger3Page } from '../pages/swagger3';
import { openApi3Document } from '../spec/openapi3';
import { operations } from '../spec/operations';
import { swagger2Document } from '../spec/swagger2';

const ASSETS = `${SWAGGER_PAGE_PATH}/ui`;

export function pageRoutes(ctx: SimContext): Hono<SimEnv> {
  const app = new Hono<SimEnv>();
  const specPath = SPEC_PATHS[ctx.swaggerUi];
  const ops = operations(ctx.examples);
  const spec = ctx.swaggerUi === '3' ? openApi3Document(ops) : swagger2Document(ops);
  const swaggerHtml = ctx.swaggerUi === '3' ? swagger3Page(specPath, ASSETS) : swagger2Page(specPath, ASSETS);

  app.get('/', (c) => c.html(loginPage()));
  app.get('/login', (c) => c.html(loginPage()));
  app.get('/home', (c) => c.html(homePage()));
  // Browsers ask for it on every page; an empty answer keeps their consoles free of 404s.
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get(SWAGGER_PAGE_PATH, (c) => c.html(swaggerHtml));
  app.get(`${SWAGGER_PAGE_PATH}/`, (c) => c.html(swaggerHtml));
  // Test pages whose scripts attack the extension (see pages/hostile.ts).
  app.get(`${HOSTILE_PATH}/:attack`, (c) => {
    const html = hostilePage(swaggerHtml, c.req.param('attack'));
    return html === null ? apiError(c, 404, 'not.found') : c.html(html);
  });
  app.get(specPath, (c) => c.json(spec));
  app.get(`${ASSETS}/*`, async (c) => {
    const file = await swaggerUiFile(ctx.swaggerUi, c.req.path.slice(ASSETS.length + 1));
    if (!file) return apiError(c, 404, 'not.found');
    return c.body(new Uint8Array(file.data), 200, { 'Content-Type': file.type, 'Cache-Control': 'max-age=3600' });
  });
  return app;
}
