import { defineConfig } from 'wxt';
import { MANIFEST_POLICY } from './lib/manifest-policy';

// See https://wxt.dev/api/config.html. Permissions and the CSP live in lib/manifest-policy.ts,
// where the manifest audit reads them too.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Resolver MFA helper',
    description:
      "Safe one-click forms for Resolver Core's MFA admin actions, sent through your own signed-in session.",
    permissions: [...MANIFEST_POLICY.permissions],
    host_permissions: [...MANIFEST_POLICY.hostPermissions],
    content_security_policy: { extension_pages: MANIFEST_POLICY.extensionPagesCsp },
  },
});
