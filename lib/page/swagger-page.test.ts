// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://acme.resolver.com/api?access_token=abc"}
import { afterEach, describe, expect, it } from 'vitest';
import { detectSwagger, specUrlFromPage, waitForSwagger } from './swagger-page';
import {
  LEGACY_BEFORE_RENDER,
  LEGACY_RENDERED,
  MODERN_BEFORE_RENDER,
  modernEmbedded,
  modernRendered,
  RESOLVER_HOME,
} from './swagger-fixtures';

function showPage(html: string) {
  document.body.innerHTML = html;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('detectSwagger', () => {
  it.each([
    ['Swagger UI 3+ before it renders', MODERN_BEFORE_RENDER, '3+'],
    ['Swagger UI 3+ rendered', modernRendered(), '3+'],
    ['Swagger UI 3+ embedded in an app screen', modernEmbedded('/api/openapi.json'), '3+'],
    ['Swagger UI 2.x before it renders', LEGACY_BEFORE_RENDER, '2'],
    ['Swagger UI 2.x rendered', LEGACY_RENDERED, '2'],
    ['a Resolver page that is not Swagger', RESOLVER_HOME, null],
  ] as const)('recognises %s', (_name, html, expected) => {
    showPage(html);
    expect(detectSwagger(document)).toBe(expected);
  });

  it('recognises an operation of Swagger UI 3+ by its buttons alone', () => {
    showPage('<div class="opblock"><button class="btn execute opblock-control__btn">Execute</button></div>');
    expect(detectSwagger(document)).toBe('3+');
  });

  it('recognises Swagger UI 2.x by its translated "Try it out!" button alone', () => {
    showPage('<form class="sandbox"><div class="sandbox_header"><input class="submit" type="submit" value="Essayer !"></div></form>');
    expect(detectSwagger(document)).toBe('2');
  });
});

describe('waitForSwagger', () => {
  it('answers at once when the page is already a Swagger page', async () => {
    showPage(LEGACY_RENDERED);
    await expect(waitForSwagger(document, { timeoutMs: 50 })).resolves.toBe('2');
  });

  it('waits for a UI that is still rendering', async () => {
    showPage('<div class="app-loading"></div>');
    const waiting = waitForSwagger(document, { timeoutMs: 2_000 });
    setTimeout(() => showPage(modernEmbedded('/api/openapi.json')), 20);
    await expect(waiting).resolves.toBe('3+');
  });

  it('gives up with null at the deadline on a page that never shows Swagger', async () => {
    showPage(RESOLVER_HOME);
    const started = Date.now();
    await expect(waitForSwagger(document, { timeoutMs: 60 })).resolves.toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
  });

  it('stops waiting when the content script is invalidated', async () => {
    showPage(RESOLVER_HOME);
    const controller = new AbortController();
    const waiting = waitForSwagger(document, { timeoutMs: 10_000, signal: controller.signal });
    controller.abort();
    await expect(waiting).resolves.toBeNull();
  });
});

describe('specUrlFromPage', () => {
  it('reads the document URL Swagger UI 3+ shows under the title, resolved against the page', () => {
    showPage(modernRendered('/api/openapi.json'));
    expect(specUrlFromPage(document)).toBe('https://acme.resolver.com/api/openapi.json');
  });

  it('reads it from an embedded Swagger UI 3+ without a top bar', () => {
    showPage(modernEmbedded('docs/resolver.json'));
    expect(specUrlFromPage(document)).toBe('https://acme.resolver.com/docs/resolver.json');
  });

  it('falls back to the top bar input when the info block has no link yet', () => {
    showPage(modernRendered('/api/openapi.json'));
    document.querySelector('.info .url')?.closest('a')?.remove();
    const input = document.querySelector<HTMLInputElement>('#download-url-input');
    if (input) input.value = '/api/v2/openapi.json';
    expect(specUrlFromPage(document)).toBe('https://acme.resolver.com/api/v2/openapi.json');
  });

  it('falls back to the definition the top bar selector shows when the page lists several', () => {
    showPage(`<div id="swagger-ui"><section class="swagger-ui swagger-container"><header class="topbar" role="banner"><div class="wrapper"><div class="topbar-wrapper"><form class="download-url-wrapper"><label class="select-label" for="select"><span>Select a definition</span><select id="select"><option value="/api/user.json">user</option><option value="/api/org.json">org</option></select></label></form></div></div></header></section></div>`);
    const select = document.querySelector<HTMLSelectElement>('#select');
    if (select) select.value = '/api/org.json';
    expect(specUrlFromPage(document)).toBe('https://acme.resolver.com/api/org.json');
  });

  it('reads the URL Swagger UI 2.x put in its header input', () => {
    showPage(LEGACY_RENDERED);
    const input = document.querySelector<HTMLInputElement>('#input_baseUrl');
    // Swagger UI 2 sets the property with jQuery's .val(), not the attribute.
    if (input) input.value = 'https://acme.resolver.com/api/swagger.json';
    expect(specUrlFromPage(document)).toBe('https://acme.resolver.com/api/swagger.json');
  });

  it('refuses a document on another origin', () => {
    showPage(modernRendered('https://evil.example/openapi.json'));
    expect(specUrlFromPage(document)).toBeNull();
  });

  it('refuses a scheme that is not the page origin, such as javascript:', () => {
    showPage(modernEmbedded('javascript:alert(1)'));
    expect(specUrlFromPage(document)).toBeNull();
  });

  it('is null on a page that is not Swagger, even if it links to the document', () => {
    showPage(`${RESOLVER_HOME}<div class="info"><a href="/api/openapi.json"><span class="url">/api/openapi.json</span></a></div>`);
    expect(specUrlFromPage(document)).toBeNull();
  });

  it('is null while Swagger UI 2.x has not named a document yet', () => {
    showPage(LEGACY_BEFORE_RENDER);
    expect(specUrlFromPage(document)).toBeNull();
  });
});
