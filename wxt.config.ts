import { defineConfig } from 'wxt';
import { localeFiles, localiseToolbarButton, MANIFEST_LOCALE_FIELDS } from './lib/i18n/manifest-locales';
import { MANIFEST_POLICY } from './lib/manifest-policy';

// See https://wxt.dev/api/config.html. Permissions and the CSP live in lib/manifest-policy.ts,
// where the manifest audit reads them too.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    // The `_locales` the manifest's name and description come from, made from the catalogues.
    'build:publicAssets': (_wxt, files) => {
      files.push(...localeFiles());
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      localiseToolbarButton(manifest);
    },
  },
  manifest: {
    // In the browser's language, from the catalogues (lib/i18n/manifest-locales.ts).
    ...MANIFEST_LOCALE_FIELDS,
    permissions: [...MANIFEST_POLICY.permissions],
    host_permissions: [...MANIFEST_POLICY.hostPermissions],
    content_security_policy: { extension_pages: MANIFEST_POLICY.extensionPagesCsp },
  },
});
