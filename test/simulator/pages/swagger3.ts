/**
 * The Swagger page (Swagger UI 3+ from swagger-ui-dist): "Admin: Help" with the filter box,
 * authorised with `?access_token=` (as the 2022 client opened it) or else the signed-in
 * session, read at each request so a renewed token is used.
 */
import { page, scriptJson } from './layout';

export function swagger3Page(specPath: string, assets: string): string {
  return page({
    title: 'Admin: Help · Resolver',
    bare: true,
    head: `<link rel="stylesheet" href="${assets}/swagger-ui.css">`,
    body: `<header style="padding:.5rem 1rem;background:#12355b;color:#fff;font:600 1.25rem system-ui"><h1 style="margin:0;font-size:inherit">Admin: Help</h1></header>
<div id="swagger-ui"></div>
<script src="${assets}/swagger-ui-bundle.js"></script>`,
    script: `
(function () {
  var S = window.SIM;
  var accessToken = new URLSearchParams(location.search).get('access_token');
  window.ui = SwaggerUIBundle({
    url: ${scriptJson(specPath)},
    dom_id: '#swagger-ui',
    filter: true,
    deepLinking: true,
    validatorUrl: null,
    requestInterceptor: function (req) {
      var auth = accessToken ? S.scheme + ' ' + accessToken : window.simSession.authHeader();
      if (auth) req.headers.Authorization = auth;
      return req;
    },
  });
  window.simSession.scheduleRenewal();
})();
`,
  });
}
