import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectHelper, type ExecuteScript } from './helper-injection';

/** The one injection the helper needs: its script file, in the tab's top frame only. */
const INTO_TAB_7 = { target: { tabId: 7, frameIds: [0] }, files: ['/content-scripts/resolver-main.js'] };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('injectHelper', () => {
  it("runs the helper's script file in the tab's top frame, with the browser's scripting API", async () => {
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    await expect(injectHelper(7)).resolves.toBe(true);
    expect(executeScript.mock.calls).toEqual([[INTO_TAB_7]]);
  });

  it('reports false when the browser refuses (the tab left Resolver, or closed)', async () => {
    const executeScript = vi.fn<ExecuteScript>(async () => {
      throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
    });
    await expect(injectHelper(7, executeScript)).resolves.toBe(false);
    expect(executeScript.mock.calls).toEqual([[INTO_TAB_7]]);
  });

  it('reports false where the browser has no scripting API (Firefox MV2)', async () => {
    const scripting = fakeBrowser.scripting;
    Reflect.deleteProperty(fakeBrowser, 'scripting');
    try {
      await expect(injectHelper(7)).resolves.toBe(false);
    } finally {
      Object.assign(fakeBrowser, { scripting });
    }
  });
});
