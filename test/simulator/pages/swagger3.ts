/**
 * The Swagger page (Swagger UI 3+ from swagger-ui-dist): "Admin: Help" with the filter box.
 * Opened with `?access_token=`, it authorises Swagger UI itself (its own authorisation state,
 * as a real page would); otherwise each request reads the signed-in session, so a renewed token
 * is used.
 */
import type { DescriptionSource } from '../description';
import { SECURITY_SCHEME } from '../spec/operations';
import { accessTokenScript } from './access-token';
import { page, scriptJson } from './layout';
import { specSourceConfig, type SwaggerPageOptions } from './spec-source';

/**
 * The layout each source needs: a hidden URL must not be shown (no top bar; the info block's
 * link to the document renders nothing); several documents need the top bar's definition picker.
 */
function layoutFor(source: DescriptionSource, assets: string): { scripts: string; config: string } {
  switch (source.kind) {
    case 'hidden-url':
      return {
        scripts: '',
        config: `layout: 'BaseLayout',
    plugins: [function () {
      return { wrapComponents: { InfoUrl: function () { return function () { return null; }; } } };
    }],`,
      };
    case 'urls':
      return {
        scripts: `<script src="${assets}/swagger-ui-standalone-preset.js"></script>`,
        config: `presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout',`,
      };
    default:
      return { scripts: '', config: '' };
  }
}

export function swagger3Page({ source, assets, stripAccessToken }: SwaggerPageOptions): string {
  const layout = layoutFor(source, assets);
  return page({
    title: 'Admin: Help · Resolver',
    bare: true,
    head: `<link rel="stylesheet" href="${assets}/swagger-ui.css">`,
    body: `<header style="padding:.5rem 1rem;background:#12355b;color:#fff;font:600 1.25rem system-ui"><h1 style="margin:0;font-size:inherit">Admin: Help</h1></header>
<div id="swagger-ui"></div>
<script src="${assets}/swagger-ui-bundle.js"></script>${layout.scripts}`,
    script: `
(function () {
  var S = window.SIM;
  ${accessTokenScript(stripAccessToken)}
  var config = {
    ${specSourceConfig(source)}
    ${layout.config}
    dom_id: '#swagger-ui',
    filter: true,
    deepLinking: true,
    validatorUrl: null,
    onComplete: function () {
      if (!accessToken) return;
      window.ui.preauthorizeApiKey(${scriptJson(SECURITY_SCHEME)}, S.scheme + ' ' + accessToken);
      hideAccessToken();
    },
  };
  if (!accessToken) {
    config.requestInterceptor = function (req) {
      var auth = window.simSession.authHeader();
      if (auth) req.headers.Authorization = auth;
      return req;
    };
  }
  window.ui = SwaggerUIBundle(config);
  window.simSession.scheduleRenewal();
})();
`,
  });
}
