/**
 * The legacy Swagger page (swagger-ui 2.2.10, "Try it out!"), as older Resolver articles show
 * it, without the header's URL input. Authorised with `?access_token=` or else the signed-in
 * session, given to the 2.x client as an API-key header (again after each renewal).
 */
import { SECURITY_SCHEME } from '../spec/operations';
import { accessTokenScript } from './access-token';
import { page, scriptJson } from './layout';
import { specSourceConfig, type SwaggerPageOptions } from './spec-source';

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

/** Swagger UI 2.x writes "fetching resource list: <url>" here while loading, so a page hiding
 *  its description's URL has none. */
const MESSAGE_BAR = '<div id="message-bar" class="swagger-ui-wrap">&nbsp;</div>';

export function swagger2Page({ source, assets, stripAccessToken }: SwaggerPageOptions): string {
  return page({
    title: 'Swagger UI',
    bare: true,
    head: [
      ...CSS.map((file) => `<link href="${assets}/css/${file}" media="screen" rel="stylesheet">`),
      ...LIBS.map((file) => `<script src="${assets}/${file}"></script>`),
    ].join('\n'),
    body: `<div id="header"><div class="swagger-ui-wrap"><span class="logo__title">Resolver API</span></div></div>
${source.kind === 'hidden-url' ? '' : MESSAGE_BAR}
<div id="swagger-ui-container" class="swagger-ui-wrap"></div>`,
    script: `
(function () {
  var S = window.SIM;
  ${accessTokenScript(stripAccessToken)}
  function authorise() {
    var auth = accessToken ? S.scheme + ' ' + accessToken : window.simSession.authHeader();
    if (auth && window.swaggerUi.api) {
      window.swaggerUi.api.clientAuthorizations.add(
        ${scriptJson(SECURITY_SCHEME)}, new SwaggerClient.ApiKeyAuthorization('Authorization', auth, 'header'));
    }
  }
  window.swaggerUi = new SwaggerUi({
    ${specSourceConfig(source)}
    dom_id: 'swagger-ui-container',
    supportedSubmitMethods: ['get', 'post', 'put', 'delete', 'patch'],
    onComplete: function () {
      authorise();
      hideAccessToken();
    },
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
