/**
 * Test fixtures: the markup of Resolver-like Swagger pages, trimmed from what Swagger UI 5
 * (swagger-ui-dist, StandaloneLayout) and the legacy Swagger UI 2.2.10 actually render for a
 * one-operation document (captured from real Chromium renders; SVG icons and repeated
 * operations removed). Shared by tests only.
 */

/** swagger-ui-dist's index.html before the bundle has rendered anything. */
export const MODERN_BEFORE_RENDER = `<div id="swagger-ui"></div>`;

/** The same page after rendering, with the operation expanded and "Try it out" pressed. */
export function modernRendered(specUrl = '/api/openapi.json'): string {
  return `
<div id="swagger-ui"><section class="swagger-ui swagger-container">
  <a href="#operations" class="swagger-ui__skip-link">Skip to operations</a>
  <header class="topbar" role="banner"><div class="wrapper"><div class="topbar-wrapper">
    <a rel="noopener noreferrer" class="link"></a>
    <form class="download-url-wrapper"><input class="download-url-input" type="text" id="download-url-input" value="${specUrl}"><button class="download-url-button button">Explore</button></form>
  </div></div></header>
  <div class="swagger-ui"><div><div class="information-container wrapper"><section class="block col-12"><div>
    <div class="info"><hgroup class="main"><h1 class="title">Resolver Core API<span><small><pre class="version"> 1.0 </pre></small><small class="version-stamp"><pre class="version">OAS 3.0</pre></small></span></h1>
      <a target="_blank" href="${specUrl}" rel="noopener noreferrer" class="link"><span class="url"> ${specUrl}</span></a></hgroup>
      <div class="description"></div>
      <div class="info__tos"><a target="_blank" href="https://www.resolver.com/terms" rel="noopener noreferrer" class="link">Terms of service</a></div>
    </div>
  </div></section></div>
  <div><div class="filter-container"><section class="filter wrapper block col-12"><input class="operation-filter-input" placeholder="Filter by tag or path" type="text" value=""></section></div></div>
  <main id="operations" tabindex="-1"><div class="wrapper"><section class="block col-12">
    <div class="opblock opblock-put is-open" id="operations-org-put_user_org_mfa">
      <div class="opblock-summary"><button aria-expanded="true" class="opblock-summary-control"><span class="opblock-summary-method">PUT</span><span class="opblock-summary-path" data-path="/user/org/mfa">/user/org/mfa</span></button></div>
      <div class="opblock-body">
        <div class="opblock-section-header"><div class="try-out"><button class="btn try-out__btn">Try it out </button></div></div>
        <div class="body-param"><textarea class="body-param__text">{"mfaEnabled": true}</textarea></div>
        <div class="execute-wrapper"><button class="btn execute opblock-control__btn">Execute</button></div>
      </div>
    </div>
  </section></div></main></div></div>
</section></div>`;
}

/** Swagger UI 3+ mounted without the StandaloneLayout top bar, as an app screen might embed it. */
export function modernEmbedded(specUrl: string): string {
  return `<div class="admin-help"><div class="swagger-ui"><div class="information-container wrapper"><div class="info"><hgroup class="main"><h1 class="title">Resolver Core API</h1><a target="_blank" href="${specUrl}" rel="noopener noreferrer" class="link"><span class="url"> ${specUrl}</span></a></hgroup></div></div></div></div>`;
}

/** swagger-ui 2.2.10's dist/index.html body before SwaggerUi has loaded the document. */
export const LEGACY_BEFORE_RENDER = `
<div id="header"><div class="swagger-ui-wrap">
  <a id="logo" href="http://swagger.io"><span class="logo__title">swagger</span></a>
  <form id="api_selector">
    <div class="input"><input placeholder="http://example.com/api" id="input_baseUrl" name="baseUrl" type="text"></div>
    <div id="auth_container"></div>
    <div class="input"><a id="explore" class="header__btn" href="#" data-sw-translate>Explore</a></div>
  </form>
</div></div>
<div id="message-bar" class="swagger-ui-wrap" data-sw-translate>&nbsp;</div>
<div id="swagger-ui-container" class="swagger-ui-wrap"></div>`;

/** The same page rendered: one resource with its operation and "Try it out!" button. */
export const LEGACY_RENDERED = LEGACY_BEFORE_RENDER.replace(
  '<div id="swagger-ui-container" class="swagger-ui-wrap"></div>',
  `<div id="swagger-ui-container" class="swagger-ui-wrap"><div class="info" id="api_info"><div class="info_title">Resolver Core API</div></div>
  <div class="container" id="resources_container"><ul id="resources"><li id="resource_org" class="resource">
    <ul class="endpoints" id="org_endpoint_list"><li class="endpoint"><ul class="operations"><li class="put operation" id="org_put_user_org_mfa">
      <div class="heading"><h3><span class="http_method"><a href="#!/org/put_user_org_mfa" class="toggleOperation">put</a></span><span class="path"><a href="#!/org/put_user_org_mfa" class="toggleOperation ">/user/org/mfa</a></span></h3></div>
      <div class="content" id="org_put_user_org_mfa_content"><form accept-charset="UTF-8" class="sandbox">
        <textarea class="body-textarea" name="body"></textarea>
        <div class="sandbox_header"><input class="submit" type="submit" value="Try it out!" data-sw-translate></div>
      </form></div>
    </li></ul></li></ul>
  </li></ul>
  <div class="footer"><h4 style="color: #999">[ <span style="font-variant: small-caps">base url</span>: / ]</h4></div></div></div>`,
);

/** A Resolver web app page: no Swagger UI at all. */
export const RESOLVER_HOME = `<header><h1>Resolver</h1></header><main><p>Signed in as Ada Admin</p><a href="/api">Swagger Docs</a><button type="button">Execute report</button></main>`;
