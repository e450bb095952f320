import { defineConfig } from 'wxt';
import { addHelperModules, exposeHelperModules } from './lib/build/helper-module-build';
import { localeFiles, localiseToolbarButton, MANIFEST_LOCALE_FIELDS } from './lib/i18n/manifest-locales';
import { GECKO_SETTINGS, MANIFEST_POLICY, OPEN_HELPER_COMMAND } from './lib/manifest-policy';

// See https://wxt.dev/api/config.html. Permissions and the CSP live in lib/manifest-policy.ts,
// where the manifest audit reads them too.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // MV3 for Firefox too (WXT's default there is MV2): there a content script's requests carry
  // the page's own Origin and Referer, as the page's would (MV2 sends them with the extension's
  // privileges and neither header), the toolbar badge's `action` API exists, and both stores get
  // one manifest shape. README's Firefox section has the whole reasoning.
  manifestVersion: 3,
  hooks: {
    // The `_locales` the manifest's name and description come from, made from the catalogues.
    'build:publicAssets': (_wxt, files) => {
      files.push(...localeFiles());
    },
    // The helper's code in Resolver tabs is two ES modules built with the pages, sharing their
    // chunks (lib/helper-modules.ts): added to the pages' build (the one that builds the popup) ...
    'vite:build:extendConfig': (entrypoints, config) => {
      addHelperModules(config, entrypoints.some((entrypoint) => entrypoint.type === 'popup'));
    },
    'build:manifestGenerated': (wxt, manifest) => {
      localiseToolbarButton(manifest);
      // ... and, with exactly the chunks they load, made importable from Resolver pages only.
      exposeHelperModules(manifest, wxt.config.outDir);
    },
  },
  // A function of the target browser, so that Firefox-only keys never reach the Chrome build
  // (Chrome warns about keys it does not know).
  manifest: ({ browser, manifestVersion }) => ({
    // In the browser's language, from the catalogues (lib/i18n/manifest-locales.ts).
    ...MANIFEST_LOCALE_FIELDS,
    permissions: [...MANIFEST_POLICY.permissions],
    host_permissions: [...MANIFEST_POLICY.hostPermissions],
    content_security_policy: { extension_pages: MANIFEST_POLICY.extensionPagesCsp },
    // A keyboard shortcut that opens the popup (lib/manifest-policy.ts). WXT renames `action` for
    // MV2 builds but not this command, hence the name by manifest version.
    commands: {
      [manifestVersion === 2 ? OPEN_HELPER_COMMAND.mv2Name : OPEN_HELPER_COMMAND.name]: {
        suggested_key: { default: OPEN_HELPER_COMMAND.suggestedKey },
      },
    },
    // Chrome and Edge read the organisation's policy for the extension through this schema
    // (public/managed_schema.json, checked against lib/policy/policy-schema.ts). Firefox has no
    // such key: it reads the policy from policies.json without a schema (README, "For IT departments").
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: geckoSettings(), gecko_android: { strict_min_version: GECKO_SETTINGS.strictMinVersionAndroid } } }
      : {}),
  }),
  vite: () => ({
    build: {
      // terser rather than Vite's default esbuild: each script some 3% smaller (docs/bundle.md),
      // less for every Resolver page and every popup opening to parse. Licence comments are kept.
      minify: 'terser',
      terserOptions: { compress: { passes: 2 } },
    },
  }),
  zip: {
    // The sources package for addons.mozilla.org's review holds what `npm ci && npm run
    // build:firefox` needs (docs/store.md); WXT already leaves out node_modules, hidden files,
    // unit tests and the build output. The simulator, e2e suites and generated reports are not
    // part of the extension, nor are the README's pictures.
    excludeSources: ['test/**', 'docs/images/**', 'demo-output/**', 'bench-output/**', 'coverage/**', 'test-results/**', '*.log'],
  },
});

/**
 * browser_specific_settings.gecko. WXT 0.21's manifest type does not know
 * `data_collection_permissions` yet (Firefox 140+), hence a value built apart from the literal.
 */
function geckoSettings() {
  const gecko = {
    id: GECKO_SETTINGS.id,
    strict_min_version: GECKO_SETTINGS.strictMinVersion,
    data_collection_permissions: { required: [...GECKO_SETTINGS.dataCollectionPermissions.required] },
  };
  return gecko;
}
