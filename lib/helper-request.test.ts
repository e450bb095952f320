import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IDLE_WAIT_MS, LOAD_HELPER_REQUEST, requestHelperWhenIdle, type IdleScheduler } from './helper-request';

/** An idle scheduler that runs its callbacks when the test says the page is idle. */
function idlePage() {
  const pending: { callback: () => void; timeout: number }[] = [];
  const scheduler: IdleScheduler = {
    requestIdleCallback: (callback, options) => pending.push({ callback, timeout: options.timeout }),
  };
  const becomeIdle = () => pending.splice(0).forEach(({ callback }) => callback());
  return { scheduler, pending, becomeIdle };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('requestHelperWhenIdle', () => {
  it('asks nothing while the page is busy, then asks the background once when it is idle', async () => {
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => void received.push(message));
    const page = idlePage();

    requestHelperWhenIdle(page.scheduler);
    expect(received).toEqual([]);
    expect(page.pending.map((request) => request.timeout)).toEqual([IDLE_WAIT_MS]);

    page.becomeIdle();
    await vi.waitFor(() => expect(received).toEqual([LOAD_HELPER_REQUEST]));
    page.becomeIdle();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(received).toEqual([LOAD_HELPER_REQUEST]);
  });

  it('stays quiet when no background answers', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection.'));
    const page = idlePage();
    requestHelperWhenIdle(page.scheduler);
    expect(() => page.becomeIdle()).not.toThrow();
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
  });
});
