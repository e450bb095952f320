/**
 * What the extension may do, in one place: wxt.config.ts builds the manifest from it, and the
 * manifest audit (test/e2e/manifest-audit.test.ts) checks the built manifest against it.
 */
import { RESOLVER_MATCH_PATTERN } from './resolver/knowledge';

export const MANIFEST_POLICY = {
  // Least privilege: `storage` only, for the history of admin actions that the content script
  // records in extension storage and the options page shows (never the session token). The popup
  // learns the active tab's URL through the host permission below (Chrome reveals `tab.url` only
  // for hosts the extension may access), and talks to the tab's content script with
  // tabs.sendMessage, which needs no permission. `alarms` wakes the service worker when an
  // opt-out reminder falls due, to update the badge; Chrome shows no install warning for it.
  // `scripting` loads the helper's content script into a Resolver tab only once the page is idle
  // (or when the popup needs it sooner) instead of at every page load, so the page's own start-up
  // never waits for the helper's bundle (lib/helper-injection.ts); it reaches only hosts granted
  // below, and Chrome shows no install warning for it.
  permissions: ['storage', 'alarms', 'scripting'] as readonly string[],
  // Resolver origins only: every request is made by the content script to its own tab's origin.
  hostPermissions: [RESOLVER_MATCH_PATTERN] as readonly string[],
  // Extension pages (popup, options page, service worker) run only the package's own scripts: no eval, no
  // inline or remote script, no plugins, no <base> redirecting relative URLs. Stricter than
  // Chrome's MV3 default, which still allows 'wasm-unsafe-eval' and object-src 'self'.
  extensionPagesCsp: "script-src 'self'; object-src 'none'; base-uri 'none'",
} as const;

/**
 * The keyboard shortcut that opens the helper, as a toolbar click would: the browser's built-in
 * command for the toolbar button, so no permission, no background code and no listener in the
 * page. `_execute_action` is its name in MV3, which both builds use (wxt.config.ts); MV2 called it
 * `_execute_browser_action`. Alt+Shift+M ("MFA") is none of Chrome's or Firefox's own shortcuts
 * on Windows, Linux or macOS (Option+Shift+M there). Two known overlaps: ChromeOS opens its Files
 * app with it, and Firefox reaches a page's access keys with Alt+Shift, so a page's
 * accesskey="m" would no longer answer to it.
 * Admins can choose another key on chrome://extensions/shortcuts or Firefox's add-ons page.
 */
export const OPEN_HELPER_COMMAND = {
  name: '_execute_action',
  mv2Name: '_execute_browser_action',
  suggestedKey: 'Alt+Shift+M',
} as const;

/**
 * Firefox-only manifest keys (browser_specific_settings.gecko), written into the Firefox build
 * alone (wxt.config.ts). docs/store.md says why each value is what it is.
 */
export const GECKO_SETTINGS = {
  // The add-on's identity on addons.mozilla.org and in every profile's storage: it must never
  // change once published. Email-like, under no domain, so it names neither Resolver (this is
  // not Resolver's extension) nor a person.
  id: 'resolver-mfa-helper@open-source',
  // 140 is the first Firefox with the built-in data collection consent below (the oldest ESR
  // still supported, 140, has it); the features need 128 at least: scripting.executeScript in
  // the page's own world (world: 'MAIN'), used to read what Swagger UI holds.
  strictMinVersion: '140.0',
  // Firefox for Android shows that consent from 142 on.
  strictMinVersionAndroid: '142.0',
  // The extension collects and transmits nothing to its authors or anyone else: Mozilla's form
  // for "no data collection".
  dataCollectionPermissions: { required: ['none'] },
} as const;
