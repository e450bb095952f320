/**
 * The attacks of the hostile pages (see hostile.ts), each the source of an async function run in
 * the page with the helpers of `window.hostile`. They use only what any page script has: the DOM,
 * the panel's open shadow root, window messages, and whatever `chrome.runtime` the browser exposes.
 */
export const HOSTILE_ATTACK_NAMES = [
  'messages',
  'dom-events',
  'restart-event',
  'panel-clicks',
  'panel-keys',
  'forged-session',
  'swap-token',
] as const;
export type HostileAttack = (typeof HOSTILE_ATTACK_NAMES)[number];

export function isHostileAttack(name: string): name is HostileAttack {
  return (HOSTILE_ATTACK_NAMES as readonly string[]).includes(name);
}

/** Every protocol message with payloads aimed at the targets: a reset, an opt-out, enforcement. */
const PAYLOADS = `
  const { params } = window.hostile;
  const { messageNames, actionNames } = window.PROTOCOL;
  const userId = Number(params.get('resetId'));
  const actions = actionNames.map((action) => ({ action, input: { userId, optOut: true } }));
  const payloads = {
    getStatus: [undefined],
    findUsers: [{ query: params.get('resetEmail') }],
    getMembership: [{ userId }],
    prepareAction: actions,
    runAction: actions,
  };
  const messages = messageNames.flatMap((type) => (payloads[type] ?? [{}]).map((data) => ({ type, data })));
`;

export const HOSTILE_ATTACKS: Record<HostileAttack, string> = {
  /** window.postMessage with every message name, then chrome.runtime messages to the extension id. */
  messages: `async () => {
    const { step, sleep, waitFor, root, helperWaitMs } = window.hostile;
    ${PAYLOADS}
    step('the helper runs in the page', await waitFor(root, helperWaitMs));
    let posted = 0;
    for (const { type, data } of messages) {
      // Plain, in @webext-core/messaging's own envelope, and serialised.
      for (const message of [{ type, data }, { id: posted, type, data, timestamp: Date.now() }, JSON.stringify({ type, data })]) {
        window.postMessage(message, '*');
        window.postMessage(message, location.origin);
        posted += 2;
      }
    }
    step('posted every protocol message', posted > 0, posted);

    const extension = params.get('extension');
    const runtime = window.chrome && window.chrome.runtime;
    if (!runtime || typeof runtime.sendMessage !== 'function') {
      step('chrome.runtime.sendMessage is not available to the page', true, typeof runtime);
    } else {
      for (const message of messages) {
        try {
          step('chrome.runtime.sendMessage answered', false, JSON.stringify(await runtime.sendMessage(extension, message)));
        } catch (error) {
          step('chrome.runtime.sendMessage refused', true, error);
        }
      }
    }
    try {
      await fetch('chrome-extension://' + extension + '/content-scripts/resolver.css');
      step('read a file of the extension', false);
    } catch (error) {
      step('the extension files are out of reach', true, error);
    }
    await sleep(1500);
  }`,

  /** Custom DOM events named after every message (and namespaced variants) on every reachable node. */
  'dom-events': `async () => {
    const { step, sleep, waitFor, root, helperWaitMs } = window.hostile;
    ${PAYLOADS}
    step('the helper runs in the page', await waitFor(root, helperWaitMs));
    const targets = [window, document, document.documentElement, document.body, document.querySelector('resolver-mfa-helper'), root()]
      .filter(Boolean);
    let dispatched = 0;
    for (const { type, data } of messages) {
      for (const name of [type, 'resolver-mfa-helper:' + type, 'wxt:' + type]) {
        for (const target of targets) {
          target.dispatchEvent(new CustomEvent(name, { detail: data, bubbles: true, composed: true }));
          dispatched += 1;
        }
      }
      // A message event that claims to come from the page itself.
      window.dispatchEvent(new MessageEvent('message', { data: { type, data }, origin: location.origin, source: window }));
      dispatched += 1;
    }
    step('dispatched custom events', dispatched > 0, dispatched);
    await sleep(1500);
  }`,

  /**
   * WXT stops a content script when the document receives "a newer copy started" from it. Its
   * name is '<extension id>:<entrypoint>:wxt:content-script-started' (wxt/utils/internal/
   * custom-events), both parts public, so a page can send it too.
   */
  'restart-event': `async () => {
    const { params, step, sleep, waitFor, root, helperWaitMs } = window.hostile;
    step('the helper runs in the page', await waitFor(root, helperWaitMs));
    const name = params.get('extension') + ':resolver:wxt:content-script-started';
    const detail = { contentScriptName: 'resolver', messageId: 'forged' };
    document.dispatchEvent(new CustomEvent(name, { detail }));
    window.postMessage({ type: name, ...detail }, '*');
    step('sent the restart event', true, name);
    await sleep(1500);
  }`,

  /**
   * Synthetic clicks through the open shadow root: each action's confirmation is reached and its
   * Confirm clicked; the reset confirmation is left open for the admin.
   */
  'panel-clicks': `async () => {
    const { step, sleep, waitFor, click, openDialog, confirmButton } = window.hostile;
    for (const action of ['enforce', 'opt-out', 'reset']) {
      const dialog = await openDialog(action);
      if (!dialog) return;
      const confirm = confirmButton(dialog);
      step(action + ': Confirm enabled', !confirm.disabled);
      click(confirm);
      await sleep(1500);
      step(action + ': confirmation still open after synthetic clicks', dialog.isConnected);
      if (action === 'reset') return;
      click(dialog.querySelector('.mfa-actions button:not(.mfa-button--danger)'));
      step(action + ': cancelled', await waitFor(() => !dialog.isConnected, 5000));
    }
  }`,

  /** Synthetic Enter and Space on a focused Confirm; the confirmation is left open for the admin. */
  'panel-keys': `async () => {
    const { step, sleep, root, press, openDialog, confirmButton } = window.hostile;
    const dialog = await openDialog('reset');
    if (!dialog) return;
    const confirm = confirmButton(dialog);
    confirm.focus();
    step('Confirm focused', root().activeElement === confirm);
    for (const key of ['Enter', ' ']) {
      press(confirm, key);
      press(dialog, key);
    }
    await sleep(1500);
    step('confirmation still open after synthetic Enter and Space', dialog.isConnected);
  }`,

  /** A token the server never issued, under the web app's own key, with the real user record kept. */
  'forged-session': `async () => {
    const { step, forgeToken } = window.hostile;
    step('forged the session token', true, forgeToken());
  }`,

  /** Waits for the admin to open a confirmation, then swaps the session token for a forged one. */
  'swap-token': `async () => {
    const { step, waitFor, inPanel, forgeToken } = window.hostile;
    const dialog = await waitFor(() => inPanel('[role=dialog]'), 50000);
    if (!dialog) return step('no confirmation appeared', false);
    step('swapped the session token', true, forgeToken());
  }`,
};
