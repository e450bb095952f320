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
  'confirm-clicks',
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
    // The extension's address as a page can know it: Chrome's extension id is public (Firefox's
    // address is a random id per installation, which a page cannot learn from its gecko id).
    const base = 'chrome-extension://' + extension;
    try {
      await fetch(base + '/popup.html');
      step('read a page of the extension', false);
    } catch (error) {
      step('the extension’s pages are out of reach', true, error);
    }
    // The helper's modules are web-accessible to Resolver pages only (a content script's import()
    // needs it): imported in the page's own world, they find no extension APIs to start with.
    let helper = null;
    try {
      helper = await import(base + '/resolver-helper.js');
    } catch (error) {
      step('the helper’s module is out of reach', true, error);
    }
    if (helper) {
      try {
        helper.startHelper({});
        step('the helper’s module, imported by the page, starts nothing', false, 'startHelper ran');
      } catch (error) {
        step('the helper’s module, imported by the page, starts nothing', true, error);
      }
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
   * custom-events) and its detail names the script's context, all of it public (the context name
   * is the panel's element name), so a page can send it too: for the bootstrap and for the helper,
   * under both entrypoints' names and every context name, from the page's first moment (before the
   * bootstrap asks for the helper) until the helper shows, and once more after. The helper must
   * still load, and still be there after.
   */
  'restart-event': `async () => {
    const { params, step, sleep, waitFor, root, helperWaitMs } = window.hostile;
    let sent = 0;
    const forge = () => {
      for (const entrypoint of ['resolver', 'resolver-main']) {
        const name = params.get('extension') + ':' + entrypoint + ':wxt:content-script-started';
        for (const contentScriptName of ['resolver', 'resolver-main', 'resolver-mfa-helper']) {
          const detail = { contentScriptName, messageId: 'forged' };
          document.dispatchEvent(new CustomEvent(name, { detail }));
          window.postMessage({ type: name, ...detail }, '*');
          sent += 1;
        }
      }
    };
    forge();
    const early = setInterval(forge, 50);
    step('the helper runs in the page', await waitFor(root, helperWaitMs));
    clearInterval(early);
    forge();
    step('sent the restart event', sent > 0, sent);
    await sleep(1500);
    step('the helper is still in the page', root() !== null);
  }`,

  /**
   * Synthetic events through the open shadow root: clicks and keys on the collapsed panel's
   * toggle; then, once the admin has opened the panel, on every tab, form field, checkbox and
   * button, and a submit event on every form. Each form gets its own attempt at a confirmation.
   */
  'panel-clicks': `async () => {
    const { params, step, sleep, waitFor, inPanel, helperWaitMs, type, click, press } = window.hostile;
    const toggle = await waitFor(() => inPanel('.rmh-panel__toggle'), helperWaitMs);
    step('shadow root reachable', toggle);
    if (!toggle) return;
    click(toggle);
    for (const key of ['Enter', ' ']) press(toggle, key);
    await sleep(1500);
    step('panel opened by synthetic clicks and keys', inPanel('[role=tablist]') || toggle.getAttribute('aria-expanded') !== 'false');

    step('the admin opened the panel', await waitFor(() => inPanel('[role=tablist]'), 30000));
    // A tab's form is drawn when the tab is first opened: the admin opens each one and comes back
    // to Reset before the page goes at every form, the hidden ones included.
    const everyTabDrawn = () =>
      ['enforce', 'opt-out', 'reset'].every((action) => inPanel('[role=tabpanel][id$="-panel-' + action + '"] form')) &&
      inPanel('[role=tab][id$="-tab-reset"][aria-selected=true]');
    step('the admin opened every tab', await waitFor(everyTabDrawn, 30000));
    const users = { reset: params.get('resetEmail'), 'opt-out': params.get('optOutEmail') };
    for (const action of ['enforce', 'opt-out', 'reset']) {
      const tab = inPanel('[role=tab][id$="-tab-' + action + '"]');
      click(tab);
      press(tab, 'Enter');
      const panel = inPanel('[role=tabpanel][id$="-panel-' + action + '"]');
      const form = panel && panel.querySelector('form');
      if (!form) return step(action + ': form found', false);
      const field = form.querySelector('input[type=text]');
      if (field) {
        type(field, users[action]);
        press(field, 'Enter');
      }
      for (const checkbox of form.querySelectorAll('input[type=checkbox]')) click(checkbox);
      for (const button of form.querySelectorAll('button')) click(button);
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true, composed: true }));
      await sleep(1500);
      step(action + ': tab selected', tab.getAttribute('aria-selected') === 'true');
      step(action + ': confirmation shown', inPanel('[role=dialog]'));
    }
  }`,

  /**
   * Waits for the admin to open a confirmation, then synthetic clicks on its Confirm, and
   * synthetic Enter and Space on Confirm (focused) and on the dialog; the dialog is left open.
   */
  'confirm-clicks': `async () => {
    const { step, sleep, waitFor, root, inPanel, click, press, confirmButton } = window.hostile;
    const dialog = await waitFor(() => inPanel('[role=dialog]'), 50000);
    step('the admin opened a confirmation', dialog, dialog && dialog.querySelector('h2').textContent);
    if (!dialog) return;
    const confirm = confirmButton(dialog);
    step('Confirm enabled', !confirm.disabled);
    click(confirm);
    confirm.focus();
    step('Confirm focused', root().activeElement === confirm);
    for (const key of ['Enter', ' ']) {
      press(confirm, key);
      press(dialog, key);
    }
    await sleep(1500);
    step('confirmation still open after synthetic clicks, Enter and Space', dialog.isConnected);
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
