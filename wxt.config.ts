import { defineConfig } from 'wxt';
import { RESOLVER_MATCH_PATTERN } from './lib/resolver/knowledge';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Resolver MFA helper',
    description:
      "Safe one-click forms for Resolver Core's MFA admin actions, sent through your own signed-in session.",
    // Least privilege: no API permissions. The popup learns the active tab's URL through the host
    // permission below (Chrome reveals `tab.url` only for hosts the extension may access), and
    // talks to the tab's content script with tabs.sendMessage, which needs no permission.
    permissions: [],
    // Resolver origins only: every request is made by the content script to its own tab's origin.
    host_permissions: [RESOLVER_MATCH_PATTERN],
  },
});
