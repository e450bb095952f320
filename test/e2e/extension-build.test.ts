import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ExtensionBuildError, checkProductionManifest, readExtensionBuild } from './extension-build';

const production = {
  manifest_version: 3,
  name: 'Resolver MFA helper',
  version: '0.1.0',
  permissions: [],
  host_permissions: ['*://*.resolver.com/*'],
  content_scripts: [{ matches: ['*://*.resolver.com/*'], js: ['content-scripts/resolver.js'] }],
  action: { default_popup: 'popup.html' },
};

describe('checkProductionManifest', () => {
  it('accepts a production manifest and keeps its fields', () => {
    const manifest = checkProductionManifest(production);
    expect(manifest.host_permissions).toEqual(['*://*.resolver.com/*']);
    expect(manifest.content_scripts[0]?.matches).toEqual(['*://*.resolver.com/*']);
  });

  it.each([
    ['a dev server host permission', { host_permissions: ['*://*.resolver.com/*', 'http://localhost/*'] }],
    ['a dev server in the CSP', { content_security_policy: { extension_pages: "script-src 'self' http://localhost:3000" } }],
    ['<all_urls>', { content_scripts: [{ matches: ['<all_urls>'] }] }],
    ['every host', { host_permissions: ['*://*/*'] }],
    ['every https host', { host_permissions: ['https://*/*'] }],
  ])('refuses a manifest with %s', (_label, change) => {
    expect(() => checkProductionManifest({ ...production, ...change })).toThrow(ExtensionBuildError);
  });

  it('refuses something that is not an MV3 manifest with a popup', () => {
    expect(() => checkProductionManifest({ ...production, manifest_version: 2 })).toThrow(/MV3/);
    expect(() => checkProductionManifest({ ...production, action: {} })).toThrow(ExtensionBuildError);
  });
});

describe('readExtensionBuild', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('tells the reader to build first when there is no build', () => {
    dir = mkdtempSync(join(tmpdir(), 'no-build-'));
    expect(() => readExtensionBuild(join(dir, 'chrome-mv3'))).toThrow(/run `npm run build` first/);
  });

  it('reads the manifest of a build folder', () => {
    dir = mkdtempSync(join(tmpdir(), 'build-'));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(production));
    expect(readExtensionBuild(dir)).toMatchObject({ dir, manifest: { name: 'Resolver MFA helper' } });
  });
});
