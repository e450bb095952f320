/**
 * Keeps the page's own scripts from driving the panel. The panel's shadow root is open (so the
 * page, like any test tool, can reach into it) and page scripts share the DOM with it: they can
 * `dispatchEvent` clicks, key presses and input on any element in it. The browser marks every
 * such event `isTrusted: false`, and real input (mouse, keyboard, IME, assistive technology) as
 * trusted, so dropping the untrusted ones before React sees them leaves the admin's input alone.
 *
 * Events the browser itself fires on a script's request (`element.focus()`, `form.requestSubmit()`,
 * `document.execCommand('insertText')`) are trusted and pass; that is why Confirm keeps its own
 * check (components/ConfirmAction.tsx) and needs a real click or key press.
 */

/** The user-input events React turns into the handlers the panel uses (and their close relatives). */
export const GUARDED_EVENT_TYPES = [
  // Pointer and mouse: onClick and friends; the down/up pairs a button or checkbox may react to.
  'click',
  'auxclick',
  'dblclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  // Keyboard: the tab list's arrow keys, Escape in dialogs, Enter and Space on buttons.
  'keydown',
  'keyup',
  'keypress',
  // Text: React's onChange listens to input (and change for checkboxes and selects); IME composition.
  'beforeinput',
  'input',
  'change',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  // Forms: onSubmit asks for a user lookup or a confirmation.
  'submit',
  'reset',
  // onFocus / onBlur. Real focus changes, even those a script makes with focus(), are trusted.
  'focusin',
  'focusout',
] as const;

function dropIfUntrusted(event: Event): void {
  if (event.isTrusted) return;
  event.stopImmediatePropagation();
  // A dispatched click still runs the element's activation behaviour (a checkbox toggles, a
  // submit button submits its form, with a trusted submit event) unless it is cancelled.
  if (event.cancelable) event.preventDefault();
}

/**
 * Stops every untrusted user-input event at `shadowRoot`, in the capture phase, so it never
 * reaches React's listeners on the root container inside it (nor any other listener below).
 * The listeners live as long as the shadow root.
 */
export function dropUntrustedEvents(shadowRoot: ShadowRoot): void {
  for (const type of GUARDED_EVENT_TYPES) shadowRoot.addEventListener(type, dropIfUntrusted, { capture: true });
}
