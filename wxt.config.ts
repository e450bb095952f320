import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Resolver MFA helper',
    permissions: [],
    host_permissions: ['*://*.resolver.com/*'],
  },
});
