/**
 * When Resolver or the network misbehaves during a single action, end to end: the shipped build in
 * Chromium, the simulator injecting the fault. Each scenario checks the sentence the admin reads,
 * the requests the simulator received (the helper never sends a failed admin action again) and
 * the state the simulator ends in. Every scenario gets a fresh simulator, so it starts from the
 * seed: alice enrolled in MFA, bob subject to it, MFA not enforced.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUT_MS } from '../../lib/page/api-client';
import { endpointPath } from '../../lib/page/endpoint-path';
import { t } from '../../lib/i18n';
import type { FailureKind } from '../../lib/protocol';
import { ACTIONS, ENDPOINTS, MAINTENANCE_MESSAGE, TOKEN_LIFETIME_SECONDS } from '../../lib/resolver/knowledge';
import { SEED, startSimulator, type PathMatcher, type Simulator } from '../simulator';
import { SPEC_PATHS } from '../simulator/context';
import {
  ADMIN,
  AdminSteps,
  openPanel,
  previewedBody,
  recordedPuts,
  resetForm,
  selectTab,
  reviewOptOut,
  reviewReset,
  sentenceVars,
  signedInTab,
  snapshotMemberships,
  userField,
  verifyCaller,
  type Helper,
} from './action-steps';
import { launchExtensionBrowser, signIn, type ExtensionBrowser } from './harness';
import { expectNoSecretLeaks } from './secret-audit';

const { alice, bob } = SEED.users;
const acmeCorp = SEED.orgs.acmeCorp.name;
const RESET_PATH = ACTIONS.resetUserMfa.path;
const resetSuccess = t('ui.reset.success', sentenceVars(alice, acmeCorp, 'production'));

let browser: ExtensionBrowser;
let sim: Simulator;
/** Every simulator the file started, for the final audit of the tokens they issued. */
const sims: Simulator[] = [];

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  sim = await startSimulator({ port: 0 });
  sims.push(sim);
});

afterEach(async () => {
  await sim?.close();
});

/** The admin action itself, not the reads around it (a GET to the same path must not take the fault). */
function putTo(path: string): PathMatcher {
  return (requestPath, method) => method === 'PUT' && requestPath === path;
}

/** Waits for the failure sentence of `kind` and, when given, Resolver's own message under it. */
async function expectFailureShown(helper: Helper, kind: FailureKind, serverMessage?: string): Promise<void> {
  await helper.getByText(t(`failure.${kind}`), { exact: true }).waitFor();
  if (serverMessage !== undefined) {
    await helper.getByText(t('ui.failure.detail', { detail: serverMessage }), { exact: true }).waitFor();
  }
}

/** Nothing the actions could change has changed since `memberships` was taken. */
function expectNothingChanged(memberships: ReturnType<typeof snapshotMemberships>): void {
  expect(sim.state.production.enrolment(alice.id)).toBeDefined();
  expect(snapshotMemberships(sim)).toEqual(memberships);
  const orgs = [...sim.state.production.orgs, ...sim.state.sandbox.orgs];
  expect(orgs.some((org) => org.mfaEnforced)).toBe(false);
}

/** The PUTs the helper itself issued, as the browser's DevTools saw them (the whole file's browser). */
function helperPuts() {
  return browser.traffic.requests.filter((request) => request.method === 'PUT');
}

const popupOf = (tab: Page) => browser.openPopup(tab);
const panelOf = (tab: Page) => openPanel(tab, sim.origin());

/** Signs in, opens the popup or the panel, and brings the reset of alice up to its confirmation. */
async function resetReviewedIn<H extends Helper>(open: (tab: Page) => Promise<H>) {
  const tab = await signedInTab(browser, sim);
  const helper = await open(tab);
  const admin = new AdminSteps();
  const dialog = await reviewReset(admin, helper, alice.email);
  const confirm = dialog.getByRole('button', { name: t('ui.reset.confirm') });
  return { tab, helper, admin, dialog, confirm };
}

describe('faults during a single action', () => {
  it('500 on the PUT: Resolver’s error in plain words and its message, sent exactly once, nothing changed', async () => {
    const { tab, helper: popup, admin, confirm } = await resetReviewedIn(popupOf);
    const before = snapshotMemberships(sim);
    sim.requests.length = 0;
    // One failure only: a retry would succeed and show up both in the request log and in alice's enrolment.
    sim.faults.failNext(1, { status: 500, message: 'internal.error' }, putTo(RESET_PATH));

    await admin.click(confirm);

    await expectFailureShown(popup, 'server', 'internal.error');
    expect(recordedPuts(sim)).toEqual([expect.objectContaining({ path: RESET_PATH, body: { userId: alice.id } })]);
    expectNothingChanged(before);
    await popup.close();
    await tab.close();
  });

  it('503 maintenance on the opt-out PUT (panel): the maintenance sentence, sent once, bob’s membership untouched', async () => {
    const tab = await signedInTab(browser, sim);
    const panel = await openPanel(tab, sim.origin());
    const admin = new AdminSteps();
    const dialog = await reviewOptOut(admin, panel, bob.email, true);
    const before = snapshotMemberships(sim);
    sim.requests.length = 0;
    const path = endpointPath(ACTIONS.setMfaOptOut.path, { id: bob.id });
    sim.faults.failNext(1, { status: 503, message: MAINTENANCE_MESSAGE }, putTo(path));

    await admin.click(dialog.getByRole('button', { name: t('ui.optOut.confirm.out') }));

    await expectFailureShown(panel, 'maintenance', MAINTENANCE_MESSAGE);
    expect(recordedPuts(sim)).toEqual([expect.objectContaining({ path, body: { mfaOptOut: true } })]);
    expectNothingChanged(before);
    await tab.close();
  });

  it('429 with Retry-After (panel): “rejected” with Resolver’s message, and no automatic retry', async () => {
    const { tab, helper: panel, admin, dialog } = await resetReviewedIn(panelOf);
    const before = snapshotMemberships(sim);
    sim.requests.length = 0;
    sim.faults.failNext(1, { status: 429, retryAfter: 1, message: 'too.many.requests' }, putTo(RESET_PATH));

    await admin.click(dialog.getByRole('button', { name: t('ui.reset.confirm') }));

    await expectFailureShown(panel, 'rejected', 'too.many.requests');
    // Past the Retry-After second: a client honouring it would have sent again by now.
    await tab.waitForTimeout(1_500);
    expect(recordedPuts(sim)).toHaveLength(1);
    expectNothingChanged(before);
    await tab.close();
  });

  it('connection dropped on every attempt: the network sentence, the helper sent once, nothing changed', async () => {
    const { tab, helper: popup, admin, confirm } = await resetReviewedIn(popupOf);
    const before = snapshotMemberships(sim);
    sim.requests.length = 0;
    const fetchesBefore = helperPuts().length;
    // More drops than attempts: Chromium itself resends a request whose reused keep-alive
    // connection closes without an answer (see the next scenario), so the link stays down for all.
    sim.faults.dropNext(10, putTo(RESET_PATH));

    await admin.click(confirm);

    await expectFailureShown(popup, 'network');
    expect(helperPuts().slice(fetchesBefore)).toHaveLength(1);
    const received = recordedPuts(sim);
    expect(received.length).toBeGreaterThanOrEqual(1);
    expect(received).toEqual(received.map(() => expect.objectContaining({ path: RESET_PATH, body: { userId: alice.id } })));
    expectNothingChanged(before);
    await popup.close();
    await tab.close();
  });

  it('connection dropped once: Chromium resends the PUT on another connection, and the helper reports the success that happened', async () => {
    const { tab, helper: popup, admin, confirm } = await resetReviewedIn(popupOf);
    sim.requests.length = 0;
    const fetchesBefore = helperPuts().length;
    sim.faults.dropNext(1, putTo(RESET_PATH));

    await admin.click(confirm);

    await popup.getByText(resetSuccess, { exact: true }).waitFor();
    // The helper's one request reached the server twice: the resend is the browser's network
    // stack, below fetch(). Resetting is idempotent, so the second copy changes nothing more.
    expect(helperPuts().slice(fetchesBefore)).toHaveLength(1);
    expect(recordedPuts(sim)).toEqual([
      expect.objectContaining({ path: RESET_PATH, body: { userId: alice.id } }),
      expect.objectContaining({ path: RESET_PATH, body: { userId: alice.id } }),
    ]);
    expect(sim.state.production.enrolment(alice.id)).toBeUndefined();
    await popup.close();
    await tab.close();
  });

  it('an answer slower than the client’s timeout: the timeout sentence, sent once, and the change may indeed land later', async () => {
    const { tab, helper: popup, admin, confirm } = await resetReviewedIn(popupOf);
    sim.requests.length = 0;
    // The shipped build has no way to shorten its timeout, so this waits it out once.
    sim.faults.latency(DEFAULT_TIMEOUT_MS + 1_500);

    await admin.click(confirm);

    await popup.getByText(t('failure.timeout'), { exact: true }).waitFor({ timeout: DEFAULT_TIMEOUT_MS + 10_000 });
    expect(recordedPuts(sim)).toEqual([expect.objectContaining({ path: RESET_PATH, body: { userId: alice.id } })]);
    // The server still finishes the request the client gave up on: why the sentence says to check.
    await expect.poll(() => sim.state.production.enrolment(alice.id), { timeout: 5_000 }).toBeUndefined();
    expect(recordedPuts(sim)).toHaveLength(1);
    sim.faults.clear();
    await popup.close();
    await tab.close();
  });

  it('a slow answer within the timeout (panel): busy and disabled meanwhile, a double click sends once, then success', async () => {
    const tab = await signedInTab(browser, sim);
    const panel = await openPanel(tab, sim.origin());
    const dialog = await reviewReset(new AdminSteps(), panel, alice.email);
    const confirm = dialog.getByRole('button', { name: t('ui.reset.confirm') });
    sim.requests.length = 0;
    sim.faults.latency(3_000);

    await confirm.dblclick();

    await expect.poll(() => recordedPuts(sim).length).toBe(1);
    expect(await dialog.getAttribute('aria-busy')).toBe('true');
    expect(await resetForm(panel).getAttribute('aria-busy')).toBe('true');
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByText(t('ui.progress.sending'), { exact: true }).waitFor();
    // Another real click on the disabled button while the answer is still on its way.
    await confirm.click({ force: true });

    await panel.getByText(resetSuccess, { exact: true }).waitFor();
    expect(recordedPuts(sim)).toEqual([expect.objectContaining({ path: RESET_PATH, body: { userId: alice.id } })]);
    expect(sim.state.production.enrolment(alice.id)).toBeUndefined();
    sim.faults.clear();
    await tab.close();
  });

  it('two clicks within one task (popup), before the button can turn disabled: still one PUT', async () => {
    const { tab, helper: popup, confirm } = await resetReviewedIn(popupOf);
    sim.requests.length = 0;
    sim.faults.latency(1_000);

    // Real clicks arrive as separate tasks, and the button is disabled in between; two clicks
    // dispatched back to back reach the handler before React re-renders it.
    await confirm.evaluate((button: HTMLElement) => {
      button.click();
      button.click();
    });

    await popup.getByText(resetSuccess, { exact: true }).waitFor();
    expect(recordedPuts(sim)).toHaveLength(1);
    sim.faults.clear();
    await popup.close();
    await tab.close();
  });

  it('session ends between review and confirm (popup): says to sign in again, keeps the user; after signing in again in the tab the retry succeeds', async () => {
    const { tab, helper: popup, admin, confirm } = await resetReviewedIn(popupOf);
    const before = snapshotMemberships(sim);
    sim.requests.length = 0;
    sim.clock.advance(TOKEN_LIFETIME_SECONDS + 60);

    await admin.click(confirm);

    await expectFailureShown(popup, 'session-ended');
    expect(await userField(resetForm(popup)).inputValue()).toBe(alice.email);
    expect(recordedPuts(sim)).toHaveLength(1);
    expectNothingChanged(before);

    // Signing in again navigates the tab, which closes its popup (as a click into the tab would).
    const closed = popup.waitForEvent('close');
    await signIn(tab, sim, ADMIN);
    await closed;
    const again = await browser.openPopup(tab);
    const retry = new AdminSteps();
    const dialog = await reviewReset(retry, again, alice.email);
    await retry.click(dialog.getByRole('button', { name: t('ui.reset.confirm') }));

    await again.getByText(resetSuccess, { exact: true }).waitFor();
    expect(recordedPuts(sim)).toEqual([
      expect.objectContaining({ path: RESET_PATH, body: { userId: alice.id } }),
      expect.objectContaining({ path: RESET_PATH, body: { userId: alice.id } }),
    ]);
    expect(sim.state.production.enrolment(alice.id)).toBeUndefined();
    await again.close();
    await tab.close();
  });

  it('session ends between review and confirm (panel): after signing in again in another tab, the same panel retries without retyping', async () => {
    const { tab, helper: panel, admin, dialog } = await resetReviewedIn(panelOf);
    const before = snapshotMemberships(sim);
    sim.requests.length = 0;
    sim.clock.advance(TOKEN_LIFETIME_SECONDS + 60);

    await admin.click(dialog.getByRole('button', { name: t('ui.reset.confirm') }));

    await expectFailureShown(panel, 'session-ended');
    expect(await userField(resetForm(panel)).inputValue()).toBe(alice.email);
    expectNothingChanged(before);
    // The web app's tabs share one session in the origin's localStorage, and the helper reads the
    // token only when it sends: the new session is used without reloading the Swagger page.
    const other = await signedInTab(browser, sim);
    await admin.click(resetForm(panel).getByRole('button', { name: t('ui.reset.submit') }));
    await verifyCaller(admin, dialog);
    await admin.click(dialog.getByRole('button', { name: t('ui.reset.confirm') }));

    await panel.getByText(resetSuccess, { exact: true }).waitFor();
    expect(recordedPuts(sim)).toHaveLength(2);
    expect(sim.state.production.enrolment(alice.id)).toBeUndefined();
    await other.close();
    await tab.close();
  });

  it('5xx on the user lookup: the server sentence with its message, no confirmation, nothing sent', async () => {
    const tab = await signedInTab(browser, sim);
    const popup = await browser.openPopup(tab);
    const before = snapshotMemberships(sim);
    sim.requests.length = 0;
    sim.faults.failNext(1, { status: 502, message: 'bad.gateway' }, ENDPOINTS.users);
    const admin = new AdminSteps();
    await selectTab(admin, popup, t('ui.tabs.reset'));
    const form = resetForm(popup);

    await admin.type(userField(form), alice.email);
    await admin.click(form.getByRole('button', { name: t('ui.reset.submit') }));

    await expectFailureShown(popup, 'server', 'bad.gateway');
    expect(sim.requests).toContainEqual(
      expect.objectContaining({ method: 'GET', path: ENDPOINTS.users, query: { search: alice.email } }),
    );
    expect(await popup.getByRole('dialog').count()).toBe(0);
    expect(recordedPuts(sim)).toEqual([]);
    expectNothingChanged(before);
    await popup.close();
    await tab.close();
  });

  it('the API description answers 500: nothing guessed in production, and the pasted Example Value is what is sent', async () => {
    // Before the tab opens: the description is looked up at the first review.
    sim.faults.failNext(1, { status: 500 }, SPEC_PATHS['3']);
    const tab = await signedInTab(browser, sim);
    const popup = await popupOf(tab);
    const admin = new AdminSteps();
    await selectTab(admin, popup, t('ui.tabs.reset'));
    await admin.type(userField(resetForm(popup)), alice.email);
    await admin.click(resetForm(popup).getByRole('button', { name: t('ui.reset.submit') }));

    const help = popup.getByRole('region', { name: t('bodyHelp.title') });
    await help.waitFor();
    expect(sim.requests).toContainEqual(expect.objectContaining({ method: 'GET', path: SPEC_PATHS['3'] }));
    expect(await popup.getByRole('dialog').count()).toBe(0);
    expect(recordedPuts(sim)).toEqual([]);

    await admin.type(help.getByRole('textbox'), '{"userId": 0}');
    await admin.click(help.getByRole('button', { name: t('bodyHelp.usePasted') }));
    const dialog = popup.getByRole('dialog', { name: t('ui.reset.confirmTitle') });
    await dialog.getByText(t('ui.request.source.pasted'), { exact: true }).waitFor();
    expect(await previewedBody(dialog)).toEqual({ userId: alice.id });
    await admin.click(dialog.getByRole('button', { name: t('ui.reset.confirm') }));

    await popup.getByText(resetSuccess, { exact: true }).waitFor();
    expect(recordedPuts(sim)).toEqual([expect.objectContaining({ path: RESET_PATH, body: { userId: alice.id } })]);
    expect(sim.state.production.enrolment(alice.id)).toBeUndefined();
    await popup.close();
    await tab.close();
  });

  it('keeps and logs no session token, sends none to another host, and every request went to its tab’s own origin', async () => {
    await expectNoSecretLeaks(browser, sims);
  });
});
