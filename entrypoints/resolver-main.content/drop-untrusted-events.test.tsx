import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { dropUntrustedEvents, GUARDED_EVENT_TYPES } from './drop-untrusted-events';

/** A form with the kinds of handlers the panel has, recording every one React calls. */
function Form({ seen }: { seen: string[] }) {
  const [text, setText] = useState('');
  return (
    <form
      aria-label="probe"
      onSubmit={(event) => {
        event.preventDefault();
        seen.push(`submit:${text}`);
      }}
    >
      <input aria-label="text" value={text} onChange={(event) => setText(event.target.value)} />
      <input aria-label="agree" type="checkbox" onChange={(event) => seen.push(`checked:${event.target.checked}`)} />
      <button type="submit" onClick={() => seen.push('click')}>
        Go
      </button>
    </form>
  );
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** The form rendered in an open shadow root, as the panel is, with or without the guard. */
function renderInShadowRoot(guarded: boolean) {
  const host = document.createElement('div');
  document.body.append(host);
  const shadowRoot = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadowRoot.append(container);
  if (guarded) dropUntrustedEvents(shadowRoot);
  const seen: string[] = [];
  const root = createRoot(container);
  act(() => root.render(<Form seen={seen} />));
  cleanups.push(() => {
    act(() => root.unmount());
    host.remove();
  });
  const find = <T extends Element>(selector: string) => {
    const element = shadowRoot.querySelector<T>(selector);
    if (!element) throw new Error(`No ${selector} in the shadow root`);
    return element;
  };
  return { container, seen, find };
}

/** What a page script can do from outside: jsdom, like the browser, marks these isTrusted false. */
function attack({ find }: ReturnType<typeof renderInShadowRoot>) {
  const text = find<HTMLInputElement>('input[aria-label=text]');
  const init = { bubbles: true, cancelable: true, composed: true };
  // The prototype's setter, as a script aiming at React does: it bypasses React's value tracking.
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setValue?.call(text, 'alice@acme.example');
    text.dispatchEvent(new Event('input', init));
    text.dispatchEvent(new Event('change', init));
  });
  act(() => find<HTMLInputElement>('input[type=checkbox]').click());
  act(() => find<HTMLButtonElement>('button').click());
  act(() => {
    find('form').dispatchEvent(new Event('submit', init));
  });
}

describe('dropUntrustedEvents', () => {
  it('without it, a page script’s synthetic input, clicks and submit reach the React handlers in a shadow root', () => {
    const probe = renderInShadowRoot(false);
    attack(probe);
    expect(probe.seen).toEqual([
      'checked:true',
      'click',
      'submit:alice@acme.example',
      'submit:alice@acme.example',
    ]);
  });

  it('with it, none of them reaches a React handler, and the checkbox a synthetic click hit stays unchecked', () => {
    const probe = renderInShadowRoot(true);
    attack(probe);
    expect(probe.seen).toEqual([]);
    expect(probe.find<HTMLInputElement>('input[type=checkbox]').checked).toBe(false);
  });

  it('stops every guarded event type in the capture phase, before the root container’s own capture listeners', () => {
    const { container, find } = renderInShadowRoot(true);
    const reached: string[] = [];
    for (const type of GUARDED_EVENT_TYPES) container.addEventListener(type, () => reached.push(type), { capture: true });
    const cancelled = GUARDED_EVENT_TYPES.filter((type) => {
      const event = new Event(type, { bubbles: true, cancelable: true, composed: true });
      find('input[aria-label=text]').dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(reached).toEqual([]);
    expect(cancelled).toEqual(GUARDED_EVENT_TYPES);
  });
});
