/**
 * Effort per action with the helper: the real toolbar popup on a signed-in Resolver tab, the
 * user given by email, counted with the e2e specs' AdminSteps (each click and each field typed).
 *
 * The figure is the steady state of an admin repeating an action: each action is done once as a
 * warm-up (its count is reported as the first-time figure), then once measured. The action's tab
 * is clicked only when the popup does not already show it, so a popup that remembers the last
 * tab earns its saved click and one that does not pays it. Opening the popup (the toolbar click)
 * is not counted, as in the e2e specs; wall time runs from that click to the success message.
 *
 * Requests per action are counted from the moment the popup's status header shows the signed-in
 * admin (the popup is open and ready, before the first interaction) to the success message. The
 * "who am I?" the helper may send when it opens, to show that status, is not part of the action:
 * it is reported apart, as `beforeStart`, as is what follows the success message (`afterSuccess`).
 */
import type { Page } from 'playwright-core';
import { t } from '../../lib/i18n';
import { ACTIONS } from '../../lib/resolver/knowledge';
import { EXAMPLE_VARIANTS, SEED, type Simulator } from '../simulator';
import {
  AdminSteps,
  enforceDialog,
  enrolThroughSetup,
  RESET_BODY,
  resetForm,
  sentenceVars,
  signedInTab,
  userField,
} from '../e2e/action-steps';
import type { ExtensionBrowser } from '../e2e/harness';
import { assertOnlyPut, assertState, startWatching, type ActionKey } from './action-check';
import { finishAction, requestMark, type MeasuredAction } from './request-count';

export type ActionEffort = MeasuredAction;

export type EffortByAction = Record<ActionKey, ActionEffort>;

export interface ExtensionEffort {
  /** The measured runs, after one warm-up each. */
  steady: EffortByAction;
  /** The warm-ups: the first time the admin does each action in a fresh profile. */
  firstTime: EffortByAction;
}

const acmeCorp = SEED.orgs.acmeCorp;
const { admin: ADMIN_PERSON } = SEED.users;
const TAB_NAMES: Record<ActionKey, string> = {
  enforce: t('ui.tabs.enforce'),
  reset: t('ui.tabs.reset'),
  optOut: t('ui.tabs.optOut'),
};

/** The generated users the runs act on: [warm-up, measured]. */
const RESET_USERS = [1, 2].map(SEED.generatedUsers.email);
const OPT_OUT_USERS = [3, 4].map(SEED.generatedUsers.email);

/** The popup is ready once its status header names the signed-in admin. */
export function popupReadyText(): string {
  return `${ADMIN_PERSON.first} ${ADMIN_PERSON.last}`;
}

async function showTab(admin: AdminSteps, popup: Page, action: ActionKey): Promise<void> {
  const tab = popup.getByRole('tab', { name: TAB_NAMES[action] });
  await popup.getByRole('tablist', { name: t('ui.tabs.label') }).waitFor();
  if ((await tab.getAttribute('aria-selected')) !== 'true') await admin.click(tab);
}

function person(sim: Simulator, email: string) {
  const user = sim.state.production.user(email);
  if (!user) throw new Error(`The simulator has no user ${email}.`);
  return user;
}

async function enforce(admin: AdminSteps, popup: Page, sim: Simulator): Promise<void> {
  const form = popup.getByRole('form', { name: t('ui.enforce.formLabel') });
  await admin.click(form.getByRole('button', { name: t('ui.enforce.submit') }));
  const dialog = enforceDialog(popup);
  await admin.type(dialog.getByRole('textbox', { name: t('ui.enforce.typeOrg', { org: acmeCorp.name }) }), acmeCorp.name);
  await admin.click(dialog.getByRole('button', { name: t('ui.enforce.confirm') }));
  await popup.getByText(t('ui.enforce.success', sentenceVars(null, acmeCorp.name, 'production'))).waitFor();
  assertOnlyPut(sim, { path: ACTIONS.enforceOrgMfa.path, body: EXAMPLE_VARIANTS.default.enforce.value }, 'enforce');
  assertState(sim.state.production.orgs.every((org) => org.mfaEnforced), 'every production org enforced');
}

async function reset(admin: AdminSteps, popup: Page, sim: Simulator, email: string): Promise<void> {
  const user = person(sim, email);
  const form = resetForm(popup);
  await admin.type(userField(form), email);
  await admin.click(form.getByRole('button', { name: t('ui.reset.submit') }));
  const dialog = popup.getByRole('dialog', { name: t('ui.reset.confirmTitle') });
  await admin.click(dialog.getByRole('button', { name: t('ui.reset.confirm') }));
  await popup.getByText(t('ui.reset.success', sentenceVars(user, acmeCorp.name, 'production'))).waitFor();
  assertOnlyPut(sim, { path: ACTIONS.resetUserMfa.path, body: RESET_BODY.default(user.id) }, `reset ${email}`);
  assertState(sim.state.production.enrolment(user.id) === undefined, `${email} no longer enrolled`);
}

async function optOut(admin: AdminSteps, popup: Page, sim: Simulator, email: string): Promise<void> {
  const user = person(sim, email);
  const form = popup.getByRole('form', { name: t('ui.optOut.formLabel') });
  await admin.type(userField(form), email);
  await admin.click(form.getByRole('button', { name: t('ui.optOut.submit.out') }));
  const dialog = popup.getByRole('dialog', { name: t('ui.optOut.confirmTitle.out') });
  await admin.click(dialog.getByRole('button', { name: t('ui.optOut.confirm.out') }));
  await popup.getByText(t('ui.optOut.success.out', sentenceVars(user, acmeCorp.name, 'production'))).waitFor();
  const path = ACTIONS.setMfaOptOut.path.replace('{id}', String(user.id));
  assertOnlyPut(sim, { path, body: { mfaOptOut: true } }, `opt-out ${email}`);
  assertState(sim.state.production.membership(acmeCorp.id, user.id)?.mfaOptOut === true, `${email} opted out`);
}

async function runOnce(browser: ExtensionBrowser, tab: Page, sim: Simulator, action: ActionKey, email: string) {
  const admin = new AdminSteps();
  startWatching(sim);
  const started = performance.now();
  const popup = await browser.openPopup(tab);
  try {
    await popup.getByText(popupReadyText()).waitFor();
    // The action starts here, for the request count: the popup is open and shows its status.
    const actionStart = requestMark(sim);
    await showTab(admin, popup, action);
    if (action === 'enforce') await enforce(admin, popup, sim);
    else if (action === 'reset') await reset(admin, popup, sim, email);
    else await optOut(admin, popup, sim, email);
    // Nothing awaited between the success message seen and here (each action only checks the log).
    return await finishAction(popup, sim, { interactions: admin.interactions, started, actionStart });
  } finally {
    await popup.close();
  }
}

/** `sim` must be fresh (nothing enforced yet): the runs enforce, reset and opt out in its production org. */
export async function measureExtensionEffort(browser: ExtensionBrowser, sim: Simulator): Promise<ExtensionEffort> {
  const tab = await signedInTab(browser, sim);
  const warmThenMeasure = async (action: ActionKey, [warmUp, measured]: readonly string[]) => ({
    firstTime: await runOnce(browser, tab, sim, action, warmUp),
    steady: await runOnce(browser, tab, sim, action, measured),
  });
  // Users to reset must be enrolled, which needs MFA enforced: the enforce runs come first.
  const enforceRuns = await warmThenMeasure('enforce', ['', '']);
  await enrolThroughSetup(sim, RESET_USERS.map((email) => ({ email, password: SEED.passwords.user })));
  const resetRuns = await warmThenMeasure('reset', RESET_USERS);
  const optOutRuns = await warmThenMeasure('optOut', OPT_OUT_USERS);
  await tab.close();
  return {
    steady: { enforce: enforceRuns.steady, reset: resetRuns.steady, optOut: optOutRuns.steady },
    firstTime: { enforce: enforceRuns.firstTime, reset: resetRuns.firstTime, optOut: optOutRuns.firstTime },
  };
}
