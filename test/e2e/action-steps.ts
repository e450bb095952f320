/**
 * What an admin does with the helper in the action specs, written once: sign in, open the helper
 * (toolbar popup or in-page panel), fill an action's form, confirm. Locator names come from the
 * messages module, so the specs read like the UI. (The security check every spec file ends with
 * is in secret-audit.ts.)
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { t } from '../../lib/i18n';
import { ACTIONS, SESSION_KEYS, SWAGGER_PAGE_PATH } from '../../lib/resolver/knowledge';
import {
  EXAMPLE_VARIANTS,
  SEED,
  loginToken,
  simRequest,
  startSimulator,
  type ExampleVariantName,
  type SimMembership,
  type Simulator,
  type SimulatorOptions,
} from '../simulator';
import { launchExtensionBrowser, signIn, type ExtensionBrowser } from './harness';
import type { UiLocator, UiPage, UiScope } from './ui-driver';

const PANEL_APPEARS_MS = 15_000;

/** What most spec files share: one simulator and one browser, started before the tests and closed after them. */
export interface SpecWorld {
  sim: Simulator;
  browser: ExtensionBrowser;
}

export async function startWorld(options: Omit<SimulatorOptions, 'port'> = {}): Promise<SpecWorld> {
  const sim = await startSimulator({ ...options, port: 0 });
  try {
    return { sim, browser: await launchExtensionBrowser() };
  } catch (error) {
    await sim.close();
    throw error;
  }
}

/**
 * For spec files whose every scenario wants a simulator of its own, in one browser: the browser is
 * launched before the file's tests, and it and every simulator started are closed after them.
 * Chromium with the extension unless `launch` starts another browser (the Firefox suite's).
 */
export function browserWithFreshSimulators(): FreshSimulators<ExtensionBrowser>;
export function browserWithFreshSimulators<B extends { close(): Promise<void> }>(launch: () => Promise<B>): FreshSimulators<B>;
export function browserWithFreshSimulators<B extends { close(): Promise<void> }>(
  launch?: () => Promise<B>,
): FreshSimulators<B | ExtensionBrowser> {
  const start = launch ?? launchExtensionBrowser;
  const sims: Simulator[] = [];
  let launched: B | ExtensionBrowser | undefined;
  beforeAll(async () => {
    launched = await start();
  });
  afterAll(async () => {
    await Promise.all([launched?.close(), ...sims.map((sim) => sim.close())]);
  });
  return {
    get browser() {
      if (!launched) throw new Error('The browser starts before the tests.');
      return launched;
    },
    sims,
    async simulator(options: Omit<SimulatorOptions, 'port'> = {}): Promise<Simulator> {
      const sim = await startSimulator({ ...options, port: 0 });
      sims.push(sim);
      return sim;
    },
  };
}

export interface FreshSimulators<B> {
  readonly browser: B;
  /** Every simulator started so far, for the final secret audit. */
  sims: Simulator[];
  simulator(options?: Omit<SimulatorOptions, 'port'>): Promise<Simulator>;
}

/** Closes whatever `startWorld` got to start (a failed start leaves the fields undefined). */
export async function closeWorld(world: Partial<SpecWorld>): Promise<void> {
  await Promise.all([world.browser?.close(), world.sim?.close()]);
}

/** The helper as the admin sees it: the popup page, or the panel region inside the tab. */
export type Helper = Page | Locator;

// The steps below take any driver of ui-driver.ts (Playwright's Page and Locator, or the Firefox
// suite's): `L` is that driver's locator; a helper is any scope that finds them.

export interface Account {
  email: string;
  password: string;
  /** Needed for accounts in several orgs. */
  org?: string;
  totpSecret?: string;
}

export const ADMIN: Account = {
  email: SEED.users.admin.email,
  password: SEED.passwords.admin,
  org: SEED.orgs.acmeCorp.name,
};

export const VIEWER: Account = { email: SEED.users.viewer.email, password: SEED.passwords.user };

export interface SeedPerson {
  id: number;
  first: string;
  last: string;
  email: string;
}

/** How the helper names a user in its sentences. */
function described(person: SeedPerson): string {
  return t('ui.user.describe', { name: `${person.first} ${person.last}`, email: person.email, id: person.id });
}

/** The `{user, org, environment}` of the confirmation and success sentences. */
export function sentenceVars(person: SeedPerson | null, org: string, environment: 'production' | 'sandbox') {
  return {
    user: person ? described(person) : '',
    org,
    environment: t(environment === 'production' ? 'ui.environment.production' : 'ui.environment.sandbox'),
  };
}

/**
 * Every click and every text typed is one thing the admin does, so "at most 3 steps" is a number
 * the spec can check. Ticking the caller checklist is counted apart, as verifications: each tick
 * stands for a check the support desk made on the phone, which no shortcut should skip.
 */
export class AdminSteps {
  private count = 0;
  private ticks = 0;

  get interactions(): number {
    return this.count;
  }

  get verifications(): number {
    return this.ticks;
  }

  async tick(checkbox: Pick<Locator, 'check'>): Promise<void> {
    this.ticks += 1;
    await checkbox.check();
  }

  async type(field: Pick<Locator, 'fill'>, text: string): Promise<void> {
    this.count += 1;
    await field.fill(text);
  }

  async click(target: Pick<Locator, 'click'>): Promise<void> {
    this.count += 1;
    await target.click();
  }
}

/** A new tab signed in through the real login page, on the simulator's home page. */
export async function signedInTab(
  browser: ExtensionBrowser,
  sim: Simulator,
  account: Account = ADMIN,
  tenant?: string,
): Promise<Page> {
  const tab = await browser.context.newPage();
  await signIn(tab, sim, { ...account, tenant });
  return tab;
}

/** The session token the Resolver page keeps, read the way its web app reads it. */
export async function pageToken(tab: Page): Promise<string> {
  const token = await tab.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as unknown, SESSION_KEYS.token);
  if (typeof token !== 'string') throw new Error('The tab holds no session token.');
  return token;
}

/**
 * Goes to the Swagger page in `tab` (at `pathAndQuery`, e.g. with `?access_token=`) and expands
 * the in-page panel. Like the popup, the panel asks the tab for its status first; locator actions
 * wait for the forms to appear.
 */
export async function openPanel<L extends UiLocator<L>>(tab: UiPage<L>, origin: string, pathAndQuery: string = SWAGGER_PAGE_PATH): Promise<L> {
  await tab.goto(`${origin}${pathAndQuery}`);
  const panel = tab.getByRole('region', { name: t('app.name') });
  await panel.waitFor({ timeout: PANEL_APPEARS_MS });
  await panel.getByRole('button', { name: t('app.name') }).click();
  return panel;
}

export function userField<L extends UiLocator<L>>(form: L): L {
  return form.getByRole('textbox', { name: t('ui.user.label') });
}

export function resetForm<L extends UiLocator<L>>(helper: UiScope<L>): L {
  return helper.getByRole('form', { name: t('ui.reset.formLabel') });
}

function optOutForm<L extends UiLocator<L>>(helper: UiScope<L>): L {
  return helper.getByRole('form', { name: t('ui.optOut.formLabel') });
}

/** Opens the options page in a new tab, once its history of admin actions is shown. */
export async function openHistory(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByRole('heading', { level: 1, name: t('audit.title') }).waitFor();
  return page;
}

/** Saves the caller checklist on the options page, as an admin would ([] = no checklist). */
export async function saveCallerChecklist(browser: ExtensionBrowser, items: readonly string[]): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await saveCallerChecklistOn(page, items);
  await page.close();
}

/** The same on an options page already open (in any driver). */
export async function saveCallerChecklistOn<L extends UiLocator<L>>(options: UiScope<L>, items: readonly string[]): Promise<void> {
  await options.getByRole('textbox', { name: t('settings.checklist.label') }).fill(items.join('\n'));
  await options.getByRole('button', { name: t('settings.save') }).click();
  await options.getByText(t('settings.saved'), { exact: true }).waitFor();
}

/** Ticks every item of the caller checklist in a reset confirmation (none when the admin configured none). */
export async function verifyCaller<L extends UiLocator<L>>(admin: AdminSteps, dialog: L): Promise<void> {
  // The checklist renders with the dialog: once it is open, the items are all there to count.
  await dialog.waitFor();
  const checklist = dialog.getByRole('group', { name: t('checklist.legend') });
  for (const box of await checklist.getByRole('checkbox').all()) await admin.tick(box);
}

/**
 * Selects the helper's tab `label` as the admin would: only when it is not already the selected one
 * (the helper opens on the tab used last, so a remembered tab costs no click).
 */
export async function selectTab<L extends UiLocator<L>>(admin: AdminSteps, helper: UiScope<L>, label: string): Promise<void> {
  const tab = helper.getByRole('tab', { name: label });
  await tab.waitFor();
  if ((await tab.getAttribute('aria-selected')) !== 'true') await admin.click(tab);
}

/** Types the user, presses "Reset MFA…", ticks the caller checklist, and returns the confirmation. */
export async function reviewReset<L extends UiLocator<L>>(admin: AdminSteps, helper: UiScope<L>, userText: string): Promise<L> {
  await selectTab(admin, helper, t('ui.tabs.reset'));
  const form = resetForm(helper);
  await admin.type(userField(form), userText);
  await admin.click(form.getByRole('button', { name: t('ui.reset.submit') }));
  const dialog = helper.getByRole('dialog', { name: t('ui.reset.confirmTitle') });
  await dialog.waitFor();
  await verifyCaller(admin, dialog);
  return dialog;
}

/** Opens the opt-out tab, types the user, picks the direction, and returns the confirmation. */
export async function reviewOptOut<L extends UiLocator<L>>(
  admin: AdminSteps,
  helper: UiScope<L>,
  userText: string,
  optOut: boolean,
): Promise<L> {
  await selectTab(admin, helper, t('ui.tabs.optOut'));
  const form = optOutForm(helper);
  await admin.type(userField(form), userText);
  await admin.click(form.getByRole('button', { name: t(optOut ? 'ui.optOut.submit.out' : 'ui.optOut.submit.in') }));
  const dialog = helper.getByRole('dialog', {
    name: t(optOut ? 'ui.optOut.confirmTitle.out' : 'ui.optOut.confirmTitle.in'),
  });
  await dialog.waitFor();
  return dialog;
}

/** The enforce tab, its form and the button that asks for confirmation. */
export async function openEnforceForm<L extends UiLocator<L>>(admin: AdminSteps, helper: UiScope<L>) {
  await selectTab(admin, helper, t('ui.tabs.enforce'));
  const form = helper.getByRole('form', { name: t('ui.enforce.formLabel') });
  return { form, submit: form.getByRole('button', { name: t('ui.enforce.submit') }) };
}

export function enforceDialog<L extends UiLocator<L>>(helper: UiScope<L>): L {
  return helper.getByRole('dialog', { name: t('ui.enforce.confirmTitle') });
}

/** Types the org name into the confirmation and confirms; the confirm button stays off until it matches. */
export async function confirmWithOrgName<L extends UiLocator<L>>(
  admin: AdminSteps,
  helper: UiScope<L>,
  dialog: L,
  orgName: string,
  environment: 'production' | 'sandbox',
): Promise<void> {
  const confirm = dialog.getByRole('button', { name: t('ui.enforce.confirm') });
  const typed = dialog.getByRole('textbox', { name: t('ui.enforce.typeOrg', { org: orgName }) });
  expect(await confirm.isDisabled()).toBe(true);
  await admin.type(typed, orgName.slice(0, -1));
  expect(await confirm.isDisabled()).toBe(true);
  await admin.type(typed, orgName);
  await admin.click(confirm);
  await helper.getByText(t('ui.enforce.success', sentenceVars(null, orgName, environment))).waitFor();
}

/** The request body as the confirmation shows it, parsed. */
export async function previewedBody<L extends UiLocator<L>>(dialog: L): Promise<unknown> {
  return JSON.parse(await dialog.getByLabel(t('ui.request.body')).innerText()) as unknown;
}

/**
 * Enforces MFA in production from Node, as an admin would have done before: a reset only shows
 * at the next login when MFA applies. Sends the example body the simulator advertises.
 */
export async function enforceFromNode(sim: Simulator, variant: ExampleVariantName = 'default'): Promise<void> {
  const response = await simRequest(sim, {
    method: 'PUT',
    path: ACTIONS.enforceOrgMfa.path,
    token: (await loginToken(sim, { email: ADMIN.email, password: ADMIN.password, org: ADMIN.org })).token,
    body: EXAMPLE_VARIANTS[variant].enforce.value,
  });
  if (response.status !== 204) throw new Error(`Enforcing MFA from Node answered ${response.status}: ${response.text}`);
}

/** Enrols users through the setup step of an enforced org; returns each one's authenticator secret. */
export async function enrolThroughSetup(sim: Simulator, accounts: readonly Account[]): Promise<string[]> {
  const secrets: string[] = [];
  for (const account of accounts) {
    await loginToken(sim, { email: account.email, password: account.password, org: account.org, completeSetup: true });
    const user = sim.state.production.user(account.email);
    const secret = user && sim.state.production.enrolment(user.id)?.secret;
    if (!secret) throw new Error(`${account.email} was not enrolled by the setup step.`);
    secrets.push(secret);
  }
  return secrets;
}

/**
 * The reset body each example variant must lead to for `userId`: written out here, apart from the
 * extension's request builder, so a builder that follows one guess cannot pass for another.
 */
export const RESET_BODY: Record<ExampleVariantName, (userId: number) => unknown> = {
  default: (userId) => ({ userId }),
  'array-in-examples-ref': (userId) => [userId],
  'bare-number-in-schema': (userId) => userId,
  'ids-object-schema-only': (userId) => ({ ids: [userId] }),
};

/** The admin PUTs the simulator received (the actions; reads are GETs). */
export function recordedPuts(sim: Simulator) {
  return sim.requests.filter((request) => request.method === 'PUT');
}

/** Everything an admin action could change: orgs (enforcement), memberships (opt-out), enrolments (reset). */
export function adminState(sim: Simulator) {
  const environments = [sim.state.production, sim.state.sandbox];
  return {
    orgs: environments.flatMap((env) => env.orgs.map((org) => structuredClone(org))),
    memberships: snapshotMemberships(sim),
    enrolments: environments.flatMap((env) => env.users.map((user) => structuredClone(env.enrolment(user.id)) ?? null)),
  };
}

/** A deep copy of every membership, to compare before and after an action. */
export function snapshotMemberships(sim: Simulator): SimMembership[] {
  return [...sim.state.production.memberships, ...sim.state.sandbox.memberships].map((m) => structuredClone(m));
}
