/**
 * What each hostile page's own report must say when the extension held (test/simulator/pages/
 * hostile.ts), written once for the Chromium and Firefox suites.
 */
import { expect } from 'vitest';
import { t } from '../../lib/i18n';
import { ENDPOINTS } from '../../lib/resolver/knowledge';
import { SEED, type Simulator } from '../simulator';
import { stepOutcomes, type HostileReport, type HostileTargets } from '../simulator/pages/hostile';
import { adminState, recordedPuts } from './action-steps';
import { withoutIntentReceipts, type ExtensionStorage } from './secret-audit';
import type { UiLocator, UiScope } from './ui-driver';

/** 'messages' on a Resolver host: the helper ran, the page messaged it every way it could, nothing answered. */
export function expectMessagesIgnored(report: HostileReport): void {
  expect(stepOutcomes(report, 'the helper runs in the page')).toEqual([true]);
  expect(stepOutcomes(report, 'posted every protocol message')).toEqual([true]);
  // No externally_connectable: the browser gives the page no runtime messaging at all.
  expect(stepOutcomes(report, 'chrome.runtime.sendMessage is not available to the page')).toEqual([true]);
  expect(stepOutcomes(report, 'chrome.runtime.sendMessage answered')).toEqual([]);
  expect(stepOutcomes(report, 'the extension’s pages are out of reach')).toEqual([true]);
  // The helper's module either cannot be reached (Firefox: the page cannot know its address) or,
  // imported (Chrome: web-accessible to Resolver pages), starts nothing.
  const helperModule = [
    ...stepOutcomes(report, 'the helper’s module is out of reach'),
    ...stepOutcomes(report, 'the helper’s module, imported by the page, starts nothing'),
  ];
  expect(helperModule).toEqual([true]);
}

/** 'panel-clicks': synthetic input neither opened the panel nor switched a tab nor brought up a confirmation. */
export function expectPanelClicksRefused(report: HostileReport): void {
  expect(stepOutcomes(report, 'shadow root reachable')).toEqual([true]);
  expect(stepOutcomes(report, 'panel opened by synthetic clicks and keys')).toEqual([false]);
  expect(stepOutcomes(report, 'the admin opened the panel')).toEqual([true]);
  expect(stepOutcomes(report, 'the admin opened every tab')).toEqual([true]);
  // The reset tab is the one selected from the start; the others stay unselected.
  expect(stepOutcomes(report, 'enforce: tab selected')).toEqual([false]);
  expect(stepOutcomes(report, 'opt-out: tab selected')).toEqual([false]);
  for (const action of ['enforce', 'opt-out', 'reset']) {
    expect(stepOutcomes(report, `${action}: confirmation shown`), action).toEqual([false]);
  }
}

/** 'confirm-clicks': the admin's confirmation stayed open through synthetic clicks, Enter and Space on Confirm. */
export function expectConfirmClicksRefused(report: HostileReport): void {
  expect(stepOutcomes(report, 'the admin opened a confirmation')).toEqual([true]);
  expect(stepOutcomes(report, 'Confirm enabled')).toEqual([true]);
  expect(stepOutcomes(report, 'Confirm focused')).toEqual([true]);
  expect(stepOutcomes(report, 'confirmation still open after synthetic clicks, Enter and Space')).toEqual([true]);
}

/**
 * For 'panel-clicks': the admin opens every action tab for real and comes back to Reset, so that
 * each form is drawn (a tab is drawn when first opened) for the page to go at.
 */
export async function openEveryActionTab<L extends UiLocator<L>>(panel: L): Promise<void> {
  for (const name of [t('ui.tabs.enforce'), t('ui.tabs.optOut'), t('ui.tabs.reset')]) {
    await panel.getByRole('tab', { name }).click();
  }
}

/** After 'panel-clicks': no confirmation in the panel, and not even a user lookup was sent (the typed emails never reached the forms). */
export async function expectFormsUntouched<L extends UiLocator<L>>(panel: L, sim: Simulator): Promise<void> {
  expect(await panel.getByRole('dialog').count()).toBe(0);
  expect(sim.requests.filter((request) => request.path === ENDPOINTS.users)).toEqual([]);
}

/** Who the hostile pages aim at: the extension `extension` names, and the seeded users and org. */
export function hostileTargets(extension: string): HostileTargets {
  const { alice, bob } = SEED.users;
  return { extension, resetEmail: alice.email, resetId: alice.id, optOutEmail: bob.email, org: SEED.orgs.acmeCorp.name };
}

export interface HostileBaseline {
  state: ReturnType<typeof adminState>;
  storage: ExtensionStorage;
}

/**
 * What a hostile page must leave as it found it: the simulator's state and what the extension keeps
 * (less the background's receipts of intents, see withoutIntentReceipts). `sim` and `readStorage`
 * are read at each call: the suites start them before their tests.
 */
export function untouchedByAttacks(sim: () => Simulator, readStorage: () => Promise<ExtensionStorage>) {
  const kept = async () => withoutIntentReceipts(await readStorage());
  return {
    /** Call before the attack: clears the request log and remembers state and extension storage. */
    async baseline(): Promise<HostileBaseline> {
      sim().requests.length = 0;
      return { state: adminState(sim()), storage: await kept() };
    },
    /** No PUT reached the simulator, nothing changed, and the extension recorded nothing. */
    async expectUntouched(before: HostileBaseline): Promise<void> {
      expect(recordedPuts(sim())).toEqual([]);
      expect(adminState(sim())).toEqual(before.state);
      expect(await kept()).toEqual(before.storage);
    },
  };
}

/** The admin's own click on the panel's toggle, once the panel is there. */
export async function expandPanel<L extends UiLocator<L>>(tab: UiScope<L>): Promise<L> {
  const panel = tab.getByRole('region', { name: t('app.name') });
  await panel.waitFor({ timeout: 15_000 });
  await panel.getByRole('button', { name: t('app.name') }).click();
  return panel;
}
