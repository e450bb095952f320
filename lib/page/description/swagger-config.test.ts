import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CONFIG_FINDINGS, MAX_CONFIG_TEXT_CHARS, readSwaggerConfig } from './swagger-config';

/** The stock files as their packages ship them, read where they are installed. */
const require = createRequire(import.meta.url);
function installed(pkg: string, file: string): string {
  return readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), file), 'utf8');
}

const NOTHING = { documents: [], inline: [], scripts: [] };

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Resolver Core API', version: '1.0', description: 'Braces } { and "quotes" in text; // not a comment; /* nor this */' },
  servers: [{ url: '/user' }],
  paths: { '/users/mfa/reset': { put: { requestBody: { content: { 'application/json': { example: { userId: 0 } } } } } } },
  'x-config': { url: '/nested/not-a-config-url.json' },
};

describe('readSwaggerConfig on the stock Swagger UI pages', () => {
  it('swagger-ui-dist’s index.html: no configuration of its own, and its initializer script to read next', () => {
    expect(readSwaggerConfig(installed('swagger-ui-dist', 'index.html'))).toEqual({
      documents: [],
      inline: [],
      scripts: ['./swagger-initializer.js'],
    });
  });

  it('swagger-ui-dist’s swagger-initializer.js: the petstore URL', () => {
    expect(readSwaggerConfig(installed('swagger-ui-dist', 'swagger-initializer.js'))).toEqual({
      documents: [{ url: 'https://petstore.swagger.io/v2/swagger.json' }],
      inline: [],
      scripts: [],
    });
  });

  it('swagger-ui 2.x’s index.html: `url = "…"` then `url: url`, and none of its libraries', () => {
    expect(readSwaggerConfig(installed('swagger-ui-legacy', 'dist/index.html'))).toEqual({
      documents: [{ url: 'http://petstore.swagger.io/v2/swagger.json' }],
      inline: [],
      scripts: [],
    });
  });
});

describe('readSwaggerConfig on Resolver-like pages', () => {
  it('a branded 2.x page without the explore input, naming a relative URL', () => {
    const page = `<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>Resolver Core API</title>
  <link href='css/screen.css' media='screen' rel='stylesheet' type='text/css'/>
  <script src='lib/jquery-1.8.0.min.js' type='text/javascript'></script>
  <script src='lib/swagger-oauth-config.js' type='text/javascript'></script>
  <script src='swagger-ui.js' type='text/javascript'></script>
  <script type="text/javascript">
    $(function () {
      window.swaggerUi = new SwaggerUi({
        url: '/user/api-docs/swagger.json',
        dom_id: 'swagger-ui-container',
        supportedSubmitMethods: ['get', 'post', 'put', 'delete'],
        onComplete: function () { window.swaggerUi.api.clientAuthorizations.add('key', new SwaggerClient.ApiKeyAuthorization('Authorization', token, 'header')); },
        docExpansion: 'none'
      });
      window.swaggerUi.load();
    });
  </script>
</head>
<body class="swagger-section">
<div id="header"><div class="swagger-ui-wrap"><span class="logo__title">Resolver Core API</span></div></div>
<div id="swagger-ui-container" class="swagger-ui-wrap"></div>
</body></html>`;
    expect(readSwaggerConfig(page)).toEqual({ documents: [{ url: '/user/api-docs/swagger.json' }], inline: [], scripts: [] });
  });

  it('a 3+ page listing one document per service, with `urls.primaryName`', () => {
    const page = `<!DOCTYPE html><html><head><title>Admin: Help</title></head><body>
<div id="swagger-ui"></div>
<script src="/api/ui/swagger-ui-bundle.js"></script>
<script src="/api/ui/swagger-ui-standalone-preset.js"></script>
<script>
  window.ui = SwaggerUIBundle({
    urls: [
      { url: "/user/docs/swagger.json", name: "user" },
      { name: 'org', url: '/org/docs/swagger.json' },
      { url: \`/session/docs/swagger.json\` },
    ],
    "urls.primaryName": "user",
    dom_id: '#swagger-ui',
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: "StandaloneLayout",
  });
</script></body></html>`;
    expect(readSwaggerConfig(page)).toEqual({
      documents: [
        { url: '/user/docs/swagger.json', name: 'user' },
        { url: '/org/docs/swagger.json', name: 'org' },
        { url: '/session/docs/swagger.json' },
      ],
      inline: [],
      scripts: [],
    });
  });

  it('a 3+ page with `layout: "BaseLayout"` and the description inline as JSON', () => {
    const page = `<html><body><div id="swagger-ui"></div>
<script src="/api/ui/swagger-ui-bundle.js"></script>
<script>
  const ui = SwaggerUIBundle({
    spec: ${JSON.stringify(SPEC, null, 2)},
    dom_id: '#swagger-ui',
    layout: 'BaseLayout',
  });
</script></body></html>`;
    expect(readSwaggerConfig(page)).toEqual({ documents: [], inline: [SPEC], scripts: [] });
  });

  it('an inline spec bound to a name, and one that is a JavaScript object rather than JSON (left out)', () => {
    const script = `
const resolverSpec = ${JSON.stringify(SPEC)};
SwaggerUIBundle({ spec: resolverSpec, dom_id: '#a' });
SwaggerUIBundle({ spec: { openapi: '3.0.3', paths: {} }, dom_id: '#b' });`;
    expect(readSwaggerConfig(script)).toEqual({ documents: [], inline: [SPEC], scripts: [] });
  });

  it('a page whose only URLs are in comments finds nothing', () => {
    const page = `<html><body>
<!-- <script>SwaggerUIBundle({ url: '/commented/swagger.json' })</script> -->
<script>
  // window.ui = SwaggerUIBundle({ url: '/old/swagger.json' });
  /* window.ui = SwaggerUIBundle({
       url: "/older/swagger.json",
     }); */
  window.ui = SwaggerUIBundle({ dom_id: '#swagger-ui' /* , url: '/x.json' */ });
</script></body></html>`;
    expect(readSwaggerConfig(page)).toEqual(NOTHING);
  });

  it('URLs built from the page’s origin, given as their path', () => {
    const script = `
window.ui = SwaggerUIBundle({ url: window.location.origin + '/user/swagger.json' });
SwaggerUI({ urls: [{ url: location.origin + "/org/swagger.json", name: 'org' }, { url: location.origin + '//evil.example/x.json' }] });
SwaggerUIBundle({ url: location.origin + docPath });
SwaggerUIBundle({ url: location.origin + '/a.json' + '?v=2' });`;
    expect(readSwaggerConfig(script).documents).toEqual([{ url: '/user/swagger.json' }, { url: '/org/swagger.json', name: 'org' }]);
  });

  it('a page with two scripts: a name bound in the first, the configuration in the second', () => {
    const page = `<html><head>
<script>var specUrl = "/api/v1/swagger.json"; var theme = 'dark';</script>
<script type="application/json" id="boot">{"SwaggerUIBundle": 1} SwaggerUIBundle({url: '/json-script.json'})</script>
</head><body><div id="swagger-ui"></div>
<script type="module">
  const config = { url: specUrl, dom_id: '#swagger-ui' };
  window.ui = SwaggerUIBundle(config);
</script></body></html>`;
    expect(readSwaggerConfig(page)).toEqual({ documents: [{ url: '/api/v1/swagger.json' }], inline: [], scripts: [] });
  });

  it('every literal a name is given, in order; never an expression or a template with substitutions', () => {
    const script = `
var url = window.location.search.match(/url=([^&]+)/);
if (url && url.length > 1) { url = decodeURIComponent(url[1]); } else if (dev) { url = '/dev/swagger.json'; } else { url = "/api/swagger.json"; }
base = '/api/' + version;
SwaggerUIBundle({ url: url });
SwaggerUIBundle({ url: base });
SwaggerUIBundle({ url: \`\${base}/swagger.json\` });
obj.other = '/member.json';
SwaggerUIBundle({ url: other });
docs = '/svc/docs.json'
continued = '/svc/continued'
  + suffix
SwaggerUIBundle({ "url": docs });
SwaggerUIBundle({ url: continued });`;
    expect(readSwaggerConfig(script).documents).toEqual([
      { url: '/dev/swagger.json' },
      { url: '/api/swagger.json' },
      { url: '/svc/docs.json' },
    ]);
  });

  it('finds nothing in HTML attributes, raw-text elements or non-JavaScript scripts', () => {
    const page = `<html><body>
<div data-config="SwaggerUIBundle({url: '/attribute.json'})" onload="SwaggerUIBundle({url: '/handler.json'})"></div>
<a title='<script>SwaggerUIBundle({url: "/in-attribute.json"})</script>'>help</a>
<textarea><script>SwaggerUIBundle({url: '/in-textarea.json'})</script></textarea>
<script type="text/template"><script>SwaggerUIBundle({url: '/template.json'})</script>
<p>Set url: '/prose.json' in SwaggerUIBundle({url: '/prose.json'})</p>
</body></html>`;
    expect(readSwaggerConfig(page)).toEqual(NOTHING);
  });

  it('names only initializer and config scripts to read next, as written, once each', () => {
    const sources = [
      './swagger-ui-bundle.js',
      './swagger-ui-standalone-preset.js',
      'swagger-ui.js',
      'lib/jquery-1.8.0.min.js',
      'jquery.initialize.js',
      'lib/swagger-oauth-config.js',
      '/api/ui/swagger-initializer.js?v=5',
      '/static/drf-yasg/swagger-ui-init.js',
      'js/api-config.mjs',
      'init.css',
      'https://cdn.example.net/app-config.js',
      'boot-init.js?a=1&amp;b=2',
      '/api/ui/swagger-initializer.js?v=5',
    ];
    const page = `<html><body>${sources.map((src) => `<script src="${src}"></script>`).join('\n')}
<script type="text/template" src="template-init.js"></script><script src=unquoted-config.js></script></body></html>`;
    expect(readSwaggerConfig(page).scripts).toEqual([
      '/api/ui/swagger-initializer.js?v=5',
      '/static/drf-yasg/swagger-ui-init.js',
      'js/api-config.mjs',
      'https://cdn.example.net/app-config.js',
      'boot-init.js?a=1&b=2',
      'unquoted-config.js',
    ]);
  });

  it('reads a JavaScript file as script, never as a page', () => {
    const script = `document.write('<script src="swagger-initializer.js"></script>');\nSwaggerUIBundle({ url: "/api/openapi.json" });`;
    expect(readSwaggerConfig(script)).toEqual({ documents: [{ url: '/api/openapi.json' }], inline: [], scripts: [] });
  });

  it(`gives at most ${MAX_CONFIG_FINDINGS} documents`, () => {
    const urls = Array.from({ length: 30 }, (_, index) => `{ url: '/svc${index}/swagger.json' }`);
    const found = readSwaggerConfig(`SwaggerUIBundle({ urls: [${urls.join(', ')}] })`).documents;
    expect(found).toHaveLength(MAX_CONFIG_FINDINGS);
    expect(found.at(-1)).toEqual({ url: `/svc${MAX_CONFIG_FINDINGS - 1}/swagger.json` });
  });
});

describe('readSwaggerConfig on huge or hostile text', () => {
  const initializer = `window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: '#swagger-ui' });\n`;

  it(`reads the first ${MAX_CONFIG_TEXT_CHARS.toLocaleString('en')} characters only, quickly`, () => {
    const filler = `var x${'y'.repeat(60)} = { "a": [1, 2, "}"], b: /re'/g, c: 'q' }; // {\n`.repeat(80_000);
    expect(filler.length).toBeGreaterThan(MAX_CONFIG_TEXT_CHARS * 2);
    const started = performance.now();
    expect(readSwaggerConfig(initializer + filler).documents).toEqual([{ url: '/api/openapi.json' }]);
    expect(readSwaggerConfig(filler + initializer)).toEqual(NOTHING);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it.each([
    ['unclosed braces', '{'.repeat(MAX_CONFIG_TEXT_CHARS)],
    ['unclosed strings', `"\n`.repeat(MAX_CONFIG_TEXT_CHARS / 2)],
    ['nested template literals', '`${'.repeat(MAX_CONFIG_TEXT_CHARS / 3)],
    ['calls without end', 'SwaggerUIBundle({spec:'.repeat(MAX_CONFIG_TEXT_CHARS / 22)],
    ['unclosed tags', `<a ${'b="'.repeat(MAX_CONFIG_TEXT_CHARS / 3)}`],
    ['unclosed scripts', '<script>'.repeat(MAX_CONFIG_TEXT_CHARS / 8)],
  ])('stays linear on %s', (_name, text) => {
    const started = performance.now();
    expect(readSwaggerConfig(text)).toEqual(NOTHING);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
