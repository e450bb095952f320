/**
 * What an admin does with the helper in the action specs, written once: sign in, open the helper
 * (toolbar popup or in-page panel), fill an action's form, confirm. Locator names come from the
 * messages module, so the specs read like the UI. (The security check every spec file ends with
 * is in secret-audit.ts.)
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
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
 */
export function browserWithFreshSimulators() {
  const sims: Simulator[] = [];
  let launched: ExtensionBrowser | undefined;
  beforeAll(async () => {
    launched = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await Promise.all([launched?.close(), ...sims.map((sim) => sim.close())]);
  });
  return {
    get browser(): ExtensionBrowser {
      if (!launched) throw new Error('The browser starts before the tests.');
      return launched;
    },
    /** Every simulator started so far, for the final secret audit. */
    sims,
    async simulator(options: Omit<SimulatorOptions, 'port'> = {}): Promise<Simulator> {
      const sim = await startSimulator({ ...options, port: 0 });
      sims.push(sim);
      return sim;
    },
  };
}

/** Closes whatever `startWorld` got to start (a failed start leaves the fields undefined). */
export async function closeWorld(world: Partial<SpecWorld>): Promise<void> {
  await Promise.all([world.browser?.close(), world.sim?.close()]);
}

/** The helper as the admin sees it: the popup page, or the panel region inside the tab. */
export type Helper = Page | Locator;

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

  async tick(checkbox: Locator): Promise<void> {
    this.ticks += 1;
    await checkbox.check();
  }

  async type(field: Locator, text: string): Promise<void> {
    this.count += 1;
    await field.fill(text);
  }

  async click(target: Locator): Promise<void> {
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
export async function openPanel(tab: Page, origin: string, pathAndQuery: string = SWAGGER_PAGE_PATH): Promise<Locator> {
  await tab.goto(`${origin}${pathAndQuery}`);
  const panel = tab.getByRole('region', { name: t('app.name') });
  await panel.waitFor({ timeout: PANEL_APPEARS_MS });
  await panel.getByRole('button', { name: t('app.name') }).click();
  return panel;
}

export function userField(form: Locator): Locator {
  return form.getByRole('textbox', { name: t('ui.user.label') });
}

export function resetForm(helper: Helper): Locator {
  return helper.getByRole('form', { name: t('ui.reset.formLabel') });
}

function optOutForm(helper: Helper): Locator {
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
  await page.getByRole('textbox', { name: t('settings.checklist.label') }).fill(items.join('\n'));
  await page.getByRole('button', { name: t('settings.save') }).click();
  await page.getByText(t('settings.saved'), { exact: true }).waitFor();
  await page.close();
}

/** Ticks every item of the caller checklist in a reset confirmation (none when the admin configured none). */
export async function verifyCaller(admin: AdminSteps, dialog: Locator): Promise<void> {
  // The checklist renders with the dialog: once it is open, the items are all there to count.
  await dialog.waitFor();
  const checklist = dialog.getByRole('group', { name: t('checklist.legend') });
  for (const box of await checklist.getByRole('checkbox').all()) await admin.tick(box);
}

/**
 * Selects the helper's tab `label` as the admin would: only when it is not already the selected one
 * (the helper opens on the tab used last, so a remembered tab costs no click).
 */
export async function selectTab(admin: AdminSteps, helper: Helper, label: string): Promise<void> {
  const tab = helper.getByRole('tab', { name: label });
  await tab.waitFor();
  if ((await tab.getAttribute('aria-selected')) !== 'true') await admin.click(tab);
}

/** Types the user, presses "Reset MFA…", ticks the caller checklist, and returns the confirmation. */
export async function reviewReset(admin: AdminSteps, helper: Helper, userText: string): Promise<Locator> {
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
export async function reviewOptOut(admin: AdminSteps, helper: Helper, userText: string, optOut: boolean): Promise<Locator> {
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
export async function openEnforceForm(admin: AdminSteps, helper: Helper) {
  await selectTab(admin, helper, t('ui.tabs.enforce'));
  const form = helper.getByRole('form', { name: t('ui.enforce.formLabel') });
  return { form, submit: form.getByRole('button', { name: t('ui.enforce.submit') }) };
}

export function enforceDialog(helper: Helper): Locator {
  return helper.getByRole('dialog', { name: t('ui.enforce.confirmTitle') });
}

/** The request body as the confirmation shows it, parsed. */
export async function previewedBody(dialog: Locator): Promise<unknown> {
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

/** A deep copy of every membership, to compare before and after an action. */
export function snapshotMemberships(sim: Simulator): SimMembership[] {
  return [...sim.state.production.memberships, ...sim.state.sandbox.memberships].map((m) => structuredClone(m));
}
