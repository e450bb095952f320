import { describe, expect } from 'vitest';
import { simTest as test, withSimulator } from './fixtures';
import { simRequest } from './http-client';

describe('web pages', () => {
  test('the login page has labelled inputs for every step', async ({ sim }) => {
    for (const path of ['/', '/login']) {
      const res = await simRequest(sim, { path });
      expect(res.headers['content-type']).toMatch(/text\/html/);
      for (const id of ['email', 'password', 'org', 'mfa-code']) {
        expect(res.text).toContain(`<label for="${id}">`);
        expect(res.text).toMatch(new RegExp(`id="${id}" name="`));
      }
      expect(res.text).toContain('Remember this device for 30 days');
      expect(res.text).toContain('id="mfa-qr"');
    }
  });

  test('the home page links to the Swagger Docs', async ({ sim }) => {
    const res = await simRequest(sim, { path: '/home' });
    expect(res.text).toMatch(/<a id="swagger-docs" href="\/api">Swagger Docs<\/a>/);
  });

  test('pages keep the session under the web app\'s localStorage keys', async ({ sim }) => {
    const res = await simRequest(sim, { path: '/' });
    expect(res.text).toContain('"token":"token"');
    expect(res.text).toContain('"expiresAt":"tokenExpiresAt"');
    expect(res.text).toContain('"currentOrg":"last-selected-org"');
  });

  test('/api serves Swagger UI 3+ with the filter box and bearer auth', async ({ sim }) => {
    const page = await simRequest(sim, { path: '/api' });
    expect(page.status).toBe(200);
    expect(page.text).toContain('SwaggerUIBundle(');
    expect(page.text).toContain('filter: true');
    expect(page.text).toContain('url: "/api/openapi.json"');
    expect(page.text).toContain('requestInterceptor');
    const bundle = await simRequest(sim, { path: '/api/ui/swagger-ui-bundle.js' });
    expect(bundle.status).toBe(200);
    expect(bundle.headers['content-type']).toMatch(/javascript/);
    expect(bundle.text.length).toBeGreaterThan(100_000);
    expect((await simRequest(sim, { path: '/api/ui/swagger-ui.css' })).headers['content-type']).toMatch(/css/);
  });

  test('legacy mode serves swagger-ui 2.2.10 over /api/swagger.json', async () => {
    await withSimulator({ swaggerUi: '2' }, async (sim) => {
      const page = await simRequest(sim, { path: '/api' });
      expect(page.text).toContain('new SwaggerUi(');
      expect(page.text).toContain('url: "/api/swagger.json"');
      expect(page.text).toContain('ApiKeyAuthorization');
      const ui = await simRequest(sim, { path: '/api/ui/swagger-ui.js' });
      expect(ui.status).toBe(200);
      expect(ui.text).toContain('2.2.10');
      expect((await simRequest(sim, { path: '/api/ui/lib/jquery-1.8.0.min.js' })).status).toBe(200);
    });
  });

  test('static files cannot escape the Swagger UI package', async ({ sim }) => {
    for (const path of ['/api/ui/%2e%2e/package.json', '/api/ui/..%2f..%2fpackage.json', '/api/ui/../../package.json']) {
      const res = await simRequest(sim, { path });
      expect(res.status, path).toBe(404);
      expect(res.text).not.toContain('"name"');
    }
  });
});
