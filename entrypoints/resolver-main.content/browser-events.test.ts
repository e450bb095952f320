import { describe, expect, it } from 'vitest';
import { fromBrowserOnly } from './browser-events';

describe('fromBrowserOnly', () => {
  it('acts on events the browser fired, never on events a script dispatched', () => {
    let calls = 0;
    const listener = fromBrowserOnly(() => {
      calls += 1;
    });
    const target = new EventTarget();
    target.addEventListener('pagehide', listener);
    // A script's event, as a page would forge it: isTrusted is false.
    target.dispatchEvent(new Event('pagehide'));
    expect(calls).toBe(0);
    // The browser's own: isTrusted is true (set by the browser; here by hand, as no browser fires it).
    listener(Object.defineProperty(new Event('pagehide'), 'isTrusted', { value: true }));
    expect(calls).toBe(1);
  });
});
