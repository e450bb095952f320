import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HELPER_MODULES, helperModuleUrl } from './helper-modules';

describe('helperModuleUrl', () => {
  it('is the module’s file at the extension’s own address, with this version in the query', () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '1.2.3' });
    expect(helperModuleUrl('service')).toBe(`${fakeBrowser.runtime.getURL('/resolver-helper.js')}?v=1.2.3`);
    expect(helperModuleUrl('ui')).toBe(`${fakeBrowser.runtime.getURL('/resolver-ui.js')}?v=1.2.3`);
  });

  it('names two different files, neither of them a page', () => {
    expect(new Set(Object.values(HELPER_MODULES)).size).toBe(2);
    for (const path of Object.values(HELPER_MODULES)) expect(path).toMatch(/^\/[\w-]+\.js$/);
  });
});
