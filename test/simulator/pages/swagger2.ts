/**
 * The legacy Swagger page (swagger-ui 2.2.10, "Try it out!"), as older Resolver articles show
 * it. Same authorisation as the 3+ page, given to the 2.x client as an API-key header.
 */
import { page, scriptJson } from './layout';

const LIBS = [
  'lib/object-assign-pollyfill.js',
  'lib/jquery-1.8.0.min.js',
  'lib/jquery.slideto.min.js',
  'lib/jquery.wiggle.min.js',
  'lib/jquery.ba-bbq.min.js',
  'lib/handlebars-4.0.5.js',
  'lib/lodash.min.js',
  'lib/backbone-min.js',
  'swagger-ui.js',
  'lib/highlight.9.1.0.pack.js',
  'lib/highlight.9.1.0.pack_extended.js',
  'lib/jsoneditor.min.js',
  'lib/marked.js',
];
const CSS = ['typography.css', 'reset.css', 'screen.css'];

export function swagger2Page(specPath: string, assets: string): string {
  return page({
    title: 'Swagger UI',
    bare: true,
    head: [
      ...CSS.map((file) => `<link href="${assets}/css/${file}" media="screen" rel="stylesheet">`),
      ...LIBS.map((file) => `<script src="${assets}/${file}"></script>`),
    ].join('\n'),
    body: `<div id="header"><div class="swagger-ui-wrap"><span class="logo__title">Resolver API</span></div></div>
<div id="message-bar" class="swagger-ui-wrap">&nbsp;</div>
<div id="swagger-ui-container" class="swagger-ui-wrap"></div>`,
    script: `
(function () {
  var S = window.SIM;
  var accessToken = new URLSearchParams(location.search).get('access_token');
  function authorise() {
    var auth = accessToken ? S.scheme + ' ' + accessToken : window.simSession.authHeader();
    if (auth && window.swaggerUi.api) {
      window.swaggerUi.api.clientAuthorizations.add(
        'bearer', new SwaggerClient.ApiKeyAuthorization('Authorization', auth, 'header'));
    }
  }
  window.swaggerUi = new SwaggerUi({
    url: ${scriptJson(specPath)},
    dom_id: 'swagger-ui-container',
    supportedSubmitMethods: ['get', 'post', 'put', 'delete', 'patch'],
    onComplete: authorise,
    docExpansion: 'none',
    jsonEditor: false,
    defaultModelRendering: 'schema',
    validatorUrl: null,
  });
  window.swaggerUi.load();
  window.simSession.scheduleRenewal(authorise);
})();
`,
  });
}
