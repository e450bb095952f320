/**
 * Hostile pages: the Swagger page plus a script that attacks the extension the way any script on
 * a Resolver page could (a compromised third-party script, an injected one). Each attack runs by
 * itself on load, records what it tried in `window.hostileReport`, and marks the document with
 * `data-hostile-done` when it has finished. The same pages, reached under a non-Resolver host
 * name, stand for a look-alike site.
 */
import { z } from 'zod';
import { ACTION_NAMES } from '../../../lib/resolver/knowledge';
import { RequestSchemas } from '../../../lib/protocol';
import { HOSTILE_ATTACKS, isHostileAttack, type HostileAttack } from './hostile-attacks';
import { scriptJson } from './layout';

export { HOSTILE_ATTACK_NAMES, type HostileAttack } from './hostile-attacks';

export const HOSTILE_PATH = '/hostile';

/** What the attacks aim at, passed in the query string (the page cannot know the extension id otherwise). */
export interface HostileTargets {
  /** The extension's id: public for any store extension, so an attacker knows it. */
  extension: string;
  /** The user to reset. */
  resetEmail: string;
  resetId: number;
  /** The user to opt out. */
  optOutEmail: string;
  /** The org name the enforce confirmation asks to type. */
  org: string;
  /** How long an attack waits for the helper's panel to appear (default 15 s). */
  helperWaitMs?: number;
}

export function hostilePath(attack: HostileAttack, targets: HostileTargets): string {
  const defined = Object.entries(targets).filter(([, value]) => value !== undefined);
  const query = new URLSearchParams(defined.map(([key, value]) => [key, String(value)]));
  return `${HOSTILE_PATH}/${attack}?${query}`;
}

/** One thing the attack tried or observed. */
const HostileStepSchema = z.object({ name: z.string(), ok: z.boolean(), detail: z.string().nullable() });
export const HostileReportSchema = z.object({
  attack: z.string(),
  steps: z.array(HostileStepSchema),
  done: z.boolean(),
});
export type HostileReport = z.infer<typeof HostileReportSchema>;

/** The outcome of each step of `report` named `name`, in order (a step may repeat). */
export function stepOutcomes(report: HostileReport, name: string): boolean[] {
  return report.steps.filter((step) => step.name === name).map((step) => step.ok);
}

/** What the attacks send: every message of the extension's protocol, with plausible payloads. */
const PROTOCOL = {
  messageNames: Object.keys(RequestSchemas),
  actionNames: ACTION_NAMES,
};

/**
 * Helpers every attack uses, as `window.hostile`. Clicks and key presses made here are synthetic
 * (`isTrusted` false): exactly what a page script can produce.
 */
const RUNTIME = `
(function () {
  const params = new URLSearchParams(location.search);
  const report = { attack: document.documentElement.dataset.hostileAttack, steps: [], done: false };
  window.hostileReport = report;
  const step = (name, ok, detail) => report.steps.push({ name, ok: Boolean(ok), detail: detail === undefined ? null : String(detail) });
  const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
  async function waitFor(find, ms) {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = find();
      if (found || Date.now() > deadline) return found || null;
      await sleep(50);
    }
  }
  // The panel's host element; an open shadow root is reachable from here.
  const root = () => document.querySelector('resolver-mfa-helper')?.shadowRoot ?? null;
  const helperWaitMs = Number(params.get('helperWaitMs') ?? 15000);
  const inPanel = (selector) => root()?.querySelector(selector) ?? null;
  // Through the prototype's setter, as a script aiming at React does: a plain \`input.value =\`
  // updates React's own record of the value too, and React would then see no change at all.
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  function type(input, text) {
    input.focus();
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
  function click(element) {
    const init = { bubbles: true, cancelable: true, composed: true, view: window, button: 0 };
    element.dispatchEvent(new PointerEvent('pointerdown', init));
    element.dispatchEvent(new MouseEvent('mousedown', init));
    element.dispatchEvent(new PointerEvent('pointerup', init));
    element.dispatchEvent(new MouseEvent('mouseup', init));
    element.dispatchEvent(new MouseEvent('click', init));
    element.click();
  }
  function press(element, key) {
    const init = { key, code: key === ' ' ? 'Space' : key, bubbles: true, cancelable: true, composed: true };
    for (const kind of ['keydown', 'keypress', 'keyup']) element.dispatchEvent(new KeyboardEvent(kind, init));
  }
  const confirmButton = (dialog) => dialog.querySelector('.mfa-button--danger');
  /** Replaces the session token with one the server never issued (the expiry stays in the future). */
  function forgeToken() {
    // crypto.randomUUID needs a secure context; the simulator serves plain http.
    const forged = 'forged-' + Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
    localStorage.setItem(window.SIM.keys.token, JSON.stringify(forged));
    localStorage.setItem(window.SIM.keys.expiresAt, String(Math.floor(Date.now() / 1000) + 3600));
    return forged;
  }
  function finish() {
    report.done = true;
    document.documentElement.setAttribute('data-hostile-done', '');
  }
  window.hostile = { params, helperWaitMs, step, sleep, waitFor, root, inPanel, type, click, press, confirmButton, forgeToken, finish };
})();
`;

/** The Swagger page `swaggerHtml` with `attack` added, or null for an unknown attack name. */
export function hostilePage(swaggerHtml: string, attack: string): string | null {
  if (!isHostileAttack(attack)) return null;
  const script = HOSTILE_ATTACKS[attack];
  const scripts = `<script>window.PROTOCOL = ${scriptJson(PROTOCOL)};</script>
<script>${RUNTIME}</script>
<script>(${script})().catch((error) => window.hostile.step('attack threw', false, error)).finally(() => window.hostile.finish());</script>
</body>`;
  return swaggerHtml
    .replace('<html lang="en">', `<html lang="en" data-hostile-attack="${attack}">`)
    .replace('</body>', scripts);
}
