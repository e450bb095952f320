/**
 * Test fixtures: the operation blocks the "Example Value" reader looks at, as Chromium rendered
 * them from the simulator's Swagger page (PUT /user/users/mfa/reset and PUT
 * /user/users/{id}/membership, expanded by clicking their summaries):
 * - MODERN_*: swagger-ui-dist 5.35.0 over the OpenAPI 3 document;
 * - LEGACY_*: the legacy Swagger UI 2.2.10 over the Swagger 2.0 document.
 * Trimmed only of what the reader never looks at: SVG icons, the copy-path and authorise
 * buttons, the responses tables, and 2.x's table headers and content-type selects. The wrappers
 * keep the ancestors' classes and ids as rendered.
 */

/** swagger-ui-dist 5's mount point down to the tag section an operation block sits in. */
export function modernPage(...blocks: string[]): string {
  const operations = blocks.map((block) => `<span>${block}</span>`).join('');
  return `<div id="swagger-ui"><div class="swagger-ui"><div><main id="operations" tabindex="-1"><div class="wrapper"><section class="block col-12 block-desktop col-12-desktop"><div><span><div class="opblock-tag-section is-open"><div class="no-margin"><div class="operation-tag-content">${operations}</div></div></div></span></div></section></div></main></div></div></div>`;
}

/** 3+: the reset operation before anyone expands it (its body is not rendered at all). */
export const MODERN_RESET_COLLAPSED = `<div class="opblock opblock-put" id="operations-user-resetUserMfa"><div class="opblock-summary"><button aria-expanded="false" class="opblock-summary-control"><span class="opblock-summary-method">PUT</span><div class="opblock-summary-path-description-wrapper"><span class="opblock-summary-path" data-path="/user/users/mfa/reset"><a class="nostyle" href="#/user/resetUserMfa"><span>/user<wbr>/users<wbr>/mfa<wbr>/reset</span></a></span><div class="opblock-summary-description">Reset a user's MFA</div></div></button><button aria-label="put \u200b/user\u200b/users\u200b/mfa\u200b/reset" class="opblock-control-arrow" aria-expanded="false" tabindex="-1"></button></div><noscript></noscript></div>`;

/** 3+: the read-only "Example Value" box of the reset operation. */
const RESET_EXAMPLE_BOX = `<div class="highlight-code"><pre class="body-param__example microlight" style="display: block; overflow-x: auto; padding: 0.5em; background: rgb(51, 51, 51); color: white;"><code class="language-json" style="white-space: pre;"><span>{
</span><span>  </span><span class="hljs-attr">"userId"</span><span>: </span><span style="color: rgb(211, 99, 99);">0</span><span>
</span>}</code></pre></div>`;

/** 3+: the reset operation expanded. */
export const MODERN_RESET = `<div class="opblock opblock-put is-open" id="operations-user-resetUserMfa"><div class="opblock-summary"><button aria-expanded="true" class="opblock-summary-control"><span class="opblock-summary-method">PUT</span><div class="opblock-summary-path-description-wrapper"><span class="opblock-summary-path" data-path="/user/users/mfa/reset"><a class="nostyle" href="#/user/resetUserMfa"><span>/user<wbr>/users<wbr>/mfa<wbr>/reset</span></a></span><div class="opblock-summary-description">Reset a user's MFA</div></div></button><button aria-label="put \u200b/user\u200b/users\u200b/mfa\u200b/reset" class="opblock-control-arrow" aria-expanded="true" tabindex="-1"></button></div><div class="no-margin"> <div class="opblock-body"><div class="opblock-section"><div class="opblock-section-header"><div class="tab-header"><div class="tab-item active"><h4 class="opblock-title"><span>Parameters</span></h4></div></div><div class="try-out"><button class="btn try-out__btn">Try it out </button></div></div><div class="parameters-container"><div class="opblock-description-wrapper"><p>No parameters</p></div></div><div class="opblock-section opblock-section-request-body"><div class="opblock-section-header"><h4 class="opblock-title parameter__name required">Request body</h4><label id="put_user_users_mfa_reset_requests_select"><div class="content-type-wrapper body-param-content-type"><select aria-label="Request content type" class="content-type" id="put_user_users_mfa_reset_requests_select"><option value="application/json">application/json</option></select></div></label></div><div class="opblock-description-wrapper"><div><div class="model-example"><ul class="tab" role="tablist"><li class="tabitem active" role="presentation"><button aria-controls="1rykDZk=" aria-selected="true" class="tablinks" data-name="example" id="qus2w1E=" role="tab">Example Value</button></li><li class="tabitem" role="presentation"><button aria-controls="0SB/MhQ=" aria-selected="false" class="tablinks" data-name="model" id="mejGNfA=" role="tab">Schema</button></li></ul><div aria-hidden="false" aria-labelledby="qus2w1E=" data-name="examplePanel" id="1rykDZk=" role="tabpanel" tabindex="0">${RESET_EXAMPLE_BOX}</div></div></div></div></div></div><div class="execute-wrapper"></div></div> </div></div>`;

/** 3+: the membership operation expanded. */
export const MODERN_MEMBERSHIP = `<div class="opblock opblock-put is-open" id="operations-user-updateMembership"><div class="opblock-summary"><button aria-expanded="true" class="opblock-summary-control"><span class="opblock-summary-method">PUT</span><div class="opblock-summary-path-description-wrapper"><span class="opblock-summary-path" data-path="/user/users/{id}/membership"><a class="nostyle" href="#/user/updateMembership"><span>/user<wbr>/users<wbr>/{id}<wbr>/membership</span></a></span><div class="opblock-summary-description">Update the user's membership in the current org</div></div></button><button aria-label="put \u200b/user\u200b/users\u200b/{id}\u200b/membership" class="opblock-control-arrow" aria-expanded="true" tabindex="-1"></button></div><div class="no-margin"> <div class="opblock-body"><div class="opblock-section"><div class="opblock-section-header"><div class="tab-header"><div class="tab-item active"><h4 class="opblock-title"><span>Parameters</span></h4></div></div><div class="try-out"><button class="btn try-out__btn">Try it out </button></div></div><div class="parameters-container"><div class="table-container"><table class="parameters"><thead><tr><th class="col_header parameters-col_name">Name</th><th class="col_header parameters-col_description">Description</th></tr></thead><tbody><tr data-param-name="id" data-param-in="path"><td class="parameters-col_name"><div class="parameter__name required">id<span>&nbsp;*</span></div><div class="parameter__type">integer</div><div class="parameter__deprecated"></div><div class="parameter__in">(path)</div></td><td class="parameters-col_description"><div class="renderedMarkdown"><p>User id</p></div><input type="text" class="" title="" placeholder="id" disabled="" value=""></td></tr></tbody></table></div></div><div class="opblock-section opblock-section-request-body"><div class="opblock-section-header"><h4 class="opblock-title parameter__name required">Request body</h4><label id="put_user_users__id__membership_requests_select"><div class="content-type-wrapper body-param-content-type"><select aria-label="Request content type" class="content-type" id="put_user_users__id__membership_requests_select"><option value="application/json">application/json</option></select></div></label></div><div class="opblock-description-wrapper"><div><div class="model-example"><ul class="tab" role="tablist"><li class="tabitem active" role="presentation"><button aria-controls="Faw90Gc=" aria-selected="true" class="tablinks" data-name="example" id="e6nXbjM=" role="tab">Example Value</button></li><li class="tabitem" role="presentation"><button aria-controls="fsNDjpQ=" aria-selected="false" class="tablinks" data-name="model" id="G/QfK0g=" role="tab">Schema</button></li></ul><div aria-hidden="false" aria-labelledby="e6nXbjM=" data-name="examplePanel" id="Faw90Gc=" role="tabpanel" tabindex="0"><div class="highlight-code"><pre class="body-param__example microlight" style="display: block; overflow-x: auto; padding: 0.5em; background: rgb(51, 51, 51); color: white;"><code class="language-json" style="white-space: pre;"><span>{
</span><span>  </span><span class="hljs-attr">"isAdmin"</span><span>: </span><span style="color: rgb(252, 194, 140);">true</span><span>,
</span><span>  </span><span class="hljs-attr">"isActive"</span><span>: </span><span style="color: rgb(252, 194, 140);">true</span><span>,
</span><span>  </span><span class="hljs-attr">"allAccess"</span><span>: </span><span style="color: rgb(252, 194, 140);">true</span><span>,
</span><span>  </span><span class="hljs-attr">"mfaOptOut"</span><span>: </span><span style="color: rgb(252, 194, 140);">true</span><span>,
</span><span>  </span><span class="hljs-attr">"ssoBypass"</span><span>: </span><span style="color: rgb(252, 194, 140);">true</span><span>,
</span><span>  </span><span class="hljs-attr">"roles"</span><span>: [
</span><span>    </span><span style="color: rgb(211, 99, 99);">0</span><span>
</span>  ],
<span>  </span><span class="hljs-attr">"userGroups"</span><span>: [
</span><span>    </span><span style="color: rgb(211, 99, 99);">0</span><span>
</span>  ]
}</code></pre></div></div></div></div></div></div></div><div class="execute-wrapper"></div></div> </div></div>`;

/** What the admin typed into "Try it out"'s textarea in the captures. */
export const EDITED_BODY = '{"EDITED": 999}';

const TRY_OUT_BUTTON = '<div class="try-out"><button class="btn try-out__btn">Try it out </button></div>';

/**
 * 3+: the reset operation after "Try it out" and an edit of the request body: the example box is
 * replaced by the editable textarea, and a "Reset" button appears because the body was edited.
 */
export const MODERN_RESET_TRYING_EDITED = swapped(MODERN_RESET, [
  [
    TRY_OUT_BUTTON,
    '<div class="try-out btn-group"><button class="btn try-out__btn cancel">Cancel</button><button class="btn try-out__btn reset">Reset</button></div>',
  ],
  ['>Example Value</button>', '>Edit Value</button>'],
  ['class="tablinks" data-name="model"', 'class="tablinks inactive" data-name="model"'],
  [RESET_EXAMPLE_BOX, `<div class="body-param"><textarea class="body-param__text" title="">${EDITED_BODY}</textarea></div>`],
  ['<div class="execute-wrapper"></div>', '<div class="execute-wrapper"><button class="btn execute opblock-control__btn">Execute</button></div>'],
]);

/**
 * 3+: the same operation after "Cancel": the read-only box is back, but Swagger UI 5 renders the
 * edited body in it, and keeps the "Reset" button next to "Try it out".
 */
export const MODERN_RESET_AFTER_CANCELLED_EDIT = swapped(MODERN_RESET, [
  [
    TRY_OUT_BUTTON,
    '<div class="try-out btn-group"><button class="btn try-out__btn">Try it out </button><button class="btn try-out__btn reset">Reset</button></div>',
  ],
  [RESET_EXAMPLE_BOX, `<div class="highlight-code"><pre class="body-param__example microlight" style="display: block; overflow-x: auto; padding: 0.5em; background: rgb(51, 51, 51); color: white;"><code class="language-json" style="white-space: pre;"><span>{</span><span class="hljs-attr">"EDITED"</span><span>: </span><span style="color: rgb(211, 99, 99);">999</span><span>}</span></code></pre></div>`],
]);

/** swagger-ui 2.2.10's container down to the list an operation sits in. */
export function legacyPage(...blocks: string[]): string {
  const operations = blocks.map((block) => `<li class="endpoint"><ul class="operations">${block}</ul></li>`).join('');
  return `<div id="swagger-ui-container" class="swagger-ui-wrap"><div class="container" id="resources_container"><ul id="resources"><li id="resource_user" class="resource"><ul class="endpoints" id="user_endpoint_list">${operations}</ul></li></ul></div></div>`;
}

/** 2.x: the reset operation expanded. */
export const LEGACY_RESET = `<li class="put operation" id="user_resetUserMfa">
      <div class="heading">
        <h3>
          <span class="http_method">
          <a href="#!/user/resetUserMfa" class="toggleOperation">put</a>
          </span>
          <span class="path">
          <a href="#!/user/resetUserMfa" class="toggleOperation ">/user/users/mfa/reset</a>
          </span>
        </h3>
        </div>
      <div class="content" id="user_resetUserMfa_content" style="">
        <form accept-charset="UTF-8" class="sandbox">
          <div style="margin:0;padding:0;display:inline"></div>
          <h4 data-sw-translate="">Parameters</h4>
          <table class="fullwidth parameters">
          <tbody class="operation-params">
          <tr><td class="code required"><label for="mbody0.35221472422249767">body</label></td>
<td>
				<textarea class="body-textarea required" placeholder="(required)" name="body" id="mbody0.35221472422249767"></textarea>
				<div class="editor_holder"></div>
				<br>
				</td>
<td>
	<strong><span class="markdown"></span></strong>
</td>
<td>body</td>
<td><span class="model-signature"><div>
<div>
<ul class="signature-nav">
  <li><a class="description-link" href="#" data-sw-translate="">Model</a></li>
  <li><a class="snippet-link selected" href="#" data-sw-translate="">Example Value</a></li>
</ul>
<div>
<div class="signature-container">
  <div class="description" style="display: none;">
      <span class="strong">inline_model_2 {</span><div><span class="propName ">userId</span> (<span class="propType">integer</span>, <span class="propOptKey">optional</span>)</div><span class="strong">}</span>
  </div>
  <div class="snippet" style="display: block;">
      <div class="snippet_json" style="display: block;">
        <pre><code>{
  "userId": 0
}</code></pre>
        <small class="notice" data-sw-translate=""></small>
      </div>
  </div>
</div>
</div></div></div></span></td>
</tr></tbody>
          </table>
          <div style="margin:0;padding:0;display:inline"></div>
          <div class="sandbox_header">
            <input class="submit" type="submit" value="Try it out!" data-sw-translate="">
            <a href="#" class="response_hider" style="display:none" data-sw-translate="">Hide Response</a>
            <span class="response_throbber" style="display:none"></span>
          </div>
        </form>
      </div>
    </li>`;

/** 2.x: the reset operation collapsed: rendered all the same, only hidden. */
export const LEGACY_RESET_COLLAPSED = swapped(LEGACY_RESET, [['style=""', 'style="display:none"']]);

/** 2.x: the membership operation expanded. */
export const LEGACY_MEMBERSHIP = `<li class="put operation" id="user_updateMembership">
      <div class="heading">
        <h3>
          <span class="http_method">
          <a href="#!/user/updateMembership" class="toggleOperation">put</a>
          </span>
          <span class="path">
          <a href="#!/user/updateMembership" class="toggleOperation ">/user/users/{id}/membership</a>
          </span>
        </h3>
        </div>
      <div class="content" id="user_updateMembership_content" style="">
        <form accept-charset="UTF-8" class="sandbox">
          <div style="margin:0;padding:0;display:inline"></div>
          <h4 data-sw-translate="">Parameters</h4>
          <table class="fullwidth parameters">
          <tbody class="operation-params">
          <tr><td class="code required"><label for="mid0.3734444605078656">id</label></td>
<td>
<input class="parameter required" minlength="1" name="id" placeholder="(required)" id="mid0.3734444605078656" type="text" value=""></td>
<td>
	<strong><span class="markdown"><p>User id</p>
</span></strong>
</td>
<td>path</td>
<td><span class="model-signature">integer</span></td>
</tr><tr><td class="code required"><label for="mbody0.9521188576302236">body</label></td>
<td>
				<textarea class="body-textarea required" placeholder="(required)" name="body" id="mbody0.9521188576302236"></textarea>
				<div class="editor_holder"></div>
				<br>
				</td>
<td>
	<strong><span class="markdown"></span></strong>
</td>
<td>body</td>
<td><span class="model-signature"><div>
<div>
<ul class="signature-nav">
  <li><a class="description-link" href="#" data-sw-translate="">Model</a></li>
  <li><a class="snippet-link selected" href="#" data-sw-translate="">Example Value</a></li>
</ul>
<div>
<div class="signature-container">
  <div class="description" style="display: none;">
      <span class="strong">inline_model_1 {</span><div><span class="propName ">isAdmin</span> (<span class="propType">boolean</span>, <span class="propOptKey">optional</span>),</div><div><span class="propName ">isActive</span> (<span class="propType">boolean</span>, <span class="propOptKey">optional</span>),</div><div><span class="propName ">allAccess</span> (<span class="propType">boolean</span>, <span class="propOptKey">optional</span>),</div><div><span class="propName ">mfaOptOut</span> (<span class="propType">boolean</span>, <span class="propOptKey">optional</span>),</div><div><span class="propName ">ssoBypass</span> (<span class="propType">boolean</span>, <span class="propOptKey">optional</span>),</div><div><span class="propName ">roles</span> (<span class="propType">Array[integer]</span>, <span class="propOptKey">optional</span>),</div><div><span class="propName ">userGroups</span> (<span class="propType">Array[integer]</span>, <span class="propOptKey">optional</span>)</div><span class="strong">}</span>
  </div>
  <div class="snippet" style="display: block;">
      <div class="snippet_json" style="display: block;">
        <pre><code>{
  "isAdmin": true,
  "isActive": true,
  "allAccess": true,
  "mfaOptOut": true,
  "ssoBypass": true,
  "roles": [
    0
  ],
  "userGroups": [
    0
  ]
}</code></pre>
        <small class="notice" data-sw-translate=""></small>
      </div>
  </div>
</div>
</div></div></div></span></td>
</tr></tbody>
          </table>
          <div style="margin:0;padding:0;display:inline"></div>
          <div class="sandbox_header">
            <input class="submit" type="submit" value="Try it out!" data-sw-translate="">
            <a href="#" class="response_hider" style="display:none" data-sw-translate="">Hide Response</a>
            <span class="response_throbber" style="display:none"></span>
          </div>
        </form>
      </div>
    </li>`;

/** `html` with each captured fragment replaced; throws when one is missing, so a fixture cannot silently drift. */
function swapped(html: string, swaps: [from: string, to: string][]): string {
  return swaps.reduce((result, [from, to]) => {
    if (!result.includes(from)) throw new Error(`fixture fragment not found: ${from}`);
    return result.replace(from, to);
  }, html);
}
