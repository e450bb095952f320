/**
 * Unit and component tests run in one context, with no background: every context's writes
 * (lib/store-owner/owned-stores.ts) reach an owner in this same context, over the same fake
 * storage, through the fake browser's runtime messaging, as an extension page's would. Tests reset
 * the fake browser (which drops its listeners), so the owner's listener is put back after each
 * reset. The real background, with its sender checks, is proven in Chromium (test/e2e).
 */
import { afterEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StoreOwner } from '@/lib/store-owner/store-owner';

/**
 * Made at the first intent, not here: the stores' modules read the global `browser` when they
 * load, which WXT's own test setup provides, possibly after this file runs.
 */
async function newOwner(): Promise<StoreOwner> {
  const [{ createStoreOwner }, { createOwnedStores }] = await Promise.all([
    import('@/lib/store-owner/store-owner'),
    import('@/lib/store-owner/owned-by-background'),
  ]);
  return createStoreOwner(createOwnedStores());
}

function serveOwner(): void {
  // A new owner per reset: its stores keep nothing from the storage that was just wiped.
  let owner: Promise<StoreOwner> | null = null;
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const { type, data } = (message ?? {}) as { type?: unknown; data?: unknown };
    if (type !== 'storeIntent') return undefined;
    owner ??= newOwner();
    // @webext-core/messaging's answer shape: { res } (see lib/messenger.ts).
    return owner.then((current) => current.apply(data, { kind: 'extension-page' })).then((res) => ({ res }));
  });
}

// @webext-core/messaging calls chrome.runtime.sendMessage with a callback, as Chrome's API takes
// one, and reads chrome.runtime.lastError in it; WXT's fake browser answers through its promise
// only and always holds a lastError. So the callback is called from the promise, with lastError
// set only when nobody answered, as Chrome does.
const runtime = fakeBrowser.runtime as { lastError?: { message: string } };
const sendMessage = fakeBrowser.runtime.sendMessage.bind(fakeBrowser.runtime) as (...args: unknown[]) => Promise<unknown>;
function callBack(callback: (response: unknown) => void, response: unknown, lastError: { message: string } | undefined) {
  const held = runtime.lastError;
  runtime.lastError = lastError;
  try {
    callback(response);
  } finally {
    runtime.lastError = held;
  }
}
fakeBrowser.runtime.sendMessage = ((...args: unknown[]) => {
  const callback = typeof args.at(-1) === 'function' ? (args.pop() as (response: unknown) => void) : null;
  const answer = sendMessage(...args);
  if (callback !== null) {
    answer.then(
      (response) => callBack(callback, response, undefined),
      () => callBack(callback, undefined, { message: 'Could not establish connection. Receiving end does not exist.' }),
    );
  }
  return answer;
}) as typeof fakeBrowser.runtime.sendMessage;

const reset = fakeBrowser.reset.bind(fakeBrowser);
fakeBrowser.reset = () => {
  reset();
  serveOwner();
};
serveOwner();

// A write a test set off (a click saving the last tab, say) reaches the owner a moment later:
// it must land in that test's storage, not in the next test's.
afterEach(async () => {
  const { sharedStores } = await import('@/lib/store-owner/owned-stores');
  await vi.waitFor(() => {
    if (sharedStores().outbox.pending() > 0) throw new Error('Writes still on their way to the stores\' owner.');
  });
});
