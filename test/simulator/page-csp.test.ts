import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { pageCsp, STRICT_PAGE_CSP } from './page-csp';

function appWith(policy: string | null) {
  const app = new Hono();
  app.use('*', pageCsp(policy));
  app.get('/page', (c) => c.html('<p>page</p>'));
  app.get('/api', (c) => c.json({ ok: true }));
  return app;
}

describe('pageCsp', () => {
  it('sends the policy with HTML pages only', async () => {
    const app = appWith(STRICT_PAGE_CSP);
    expect((await app.request('/page')).headers.get('content-security-policy')).toBe(STRICT_PAGE_CSP);
    expect((await app.request('/api')).headers.get('content-security-policy')).toBeNull();
  });

  it('sends none by default', async () => {
    expect((await appWith(null).request('/page')).headers.get('content-security-policy')).toBeNull();
  });

  it('names no extension scheme: a page that lists none is what the helper must work under', () => {
    expect(STRICT_PAGE_CSP).not.toMatch(/extension:/);
    expect(STRICT_PAGE_CSP).toMatch(/script-src 'self'/);
  });
});
