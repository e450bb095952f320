import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HelperContext } from './helper-context';

// The page's DOM as far as the contexts use it: the document's events and window.postMessage.
beforeAll(() => {
  Reflect.set(globalThis, 'document', new EventTarget());
  Reflect.set(globalThis, 'window', Object.assign(new EventTarget(), { postMessage: () => undefined }));
});
afterAll(() => {
  Reflect.deleteProperty(globalThis, 'document');
  Reflect.deleteProperty(globalThis, 'window');
});

/** WXT's own event name (a private static), as a page would compute it from public parts. */
const STARTED: unknown = Reflect.get(ContentScriptContext, 'SCRIPT_STARTED_MESSAGE_TYPE');

function forgeRestart(contentScriptName: string): void {
  if (typeof STARTED !== 'string') throw new Error('WXT no longer names its restart event SCRIPT_STARTED_MESSAGE_TYPE: look again at helper-context.ts.');
  document.dispatchEvent(new CustomEvent(STARTED, { detail: { contentScriptName, messageId: 'forged' } }));
  window.postMessage({ type: STARTED, contentScriptName, messageId: 'forged' }, '*');
}

describe('the helper’s context', () => {
  it('WXT’s own context is stopped by a forged restart event (the mechanism the guard removes)', () => {
    const wxt = new ContentScriptContext('resolver-mfa-helper');
    expect(wxt.isValid).toBe(true);
    forgeRestart('resolver-mfa-helper');
    // If this fails, WXT changed how it stops older copies: check that HelperContext still removes it.
    expect(wxt.isValid).toBe(false);
  });

  it('ours is not: a page cannot switch the helper off', () => {
    const ours = new HelperContext('resolver-mfa-helper');
    forgeRestart('resolver-mfa-helper');
    expect(ours.isValid).toBe(true);
  });

  it('announces nothing a running copy of WXT’s would stop on', () => {
    const wxt = new ContentScriptContext('resolver-mfa-helper');
    new HelperContext('resolver-mfa-helper');
    expect(wxt.isValid).toBe(true);
  });

  it('still ends when told to, running what waits for its end', () => {
    const ours = new HelperContext('resolver-mfa-helper');
    let ended = false;
    ours.onInvalidated(() => {
      ended = true;
    });
    ours.notifyInvalidated();
    expect(ours.isValid).toBe(false);
    expect(ended).toBe(true);
  });
});
