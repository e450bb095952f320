/**
 * The production Firefox build in Firefox ESR, end to end against the simulator, through the
 * in-page panel on the Swagger page: detection on Swagger UI 3+ and 2.x, the three actions with
 * the exact bodies the simulator received, the lost-phone reset with its ticket kept in the
 * history (options page), requests that carry the page's own origin semantics, and the secret
 * audit. The steps are the Chromium suite's (test/e2e/action-steps.ts), driven in Firefox.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { descriptionWhere } from '../../lib/request-source-words';
import { endpointPath } from '../../lib/page/endpoint-path';
import { ACTIONS, ENDPOINTS, SWAGGER_PAGE_PATH } from '../../lib/resolver/knowledge';
import { EXAMPLE_VARIANTS, SEED, type Simulator } from '../simulator';
import { STRICT_PAGE_CSP } from '../simulator/page-csp';
import {
  ADMIN,
  AdminSteps,
  RESET_BODY,
  browserWithFreshSimulators,
  confirmWithOrgName,
  enforceDialog,
  openEnforceForm,
  openPanel,
  previewedBody,
  recordedPuts,
  reviewOptOut,
  reviewReset,
  saveCallerChecklistOn,
  sentenceVars,
  snapshotMemberships,
} from '../e2e/action-steps';
import { signIn } from '../e2e/sign-in';
import { expectNoFirefoxLeaks } from './firefox-audit';
import type { DomPage } from './dom-locator';
import { launchExtensionFirefox } from './firefox-harness';

const { alice, bob, admin: adminUser } = SEED.users;
const { acmeCorp, acmeSubsidiary, acmeSandbox } = SEED.orgs;
const TICKET = 'INC-5150 lost phone, identity checked by video call';
const CHECKLIST = ['Called back on the number in HR records'];

const world = browserWithFreshSimulators(launchExtensionFirefox);

/**
 * A new Firefox tab, signed in as the admin through the real login page, on the Swagger page with
 * the panel open; `beforePanel` runs on the signed-in home page first.
 */
async function panelOnSwaggerPage(sim: Simulator, beforePanel?: (tab: DomPage) => Promise<void>) {
  const tab = await world.browser.newTab();
  await signIn(tab, sim, ADMIN);
  await beforePanel?.(tab);
  const panel = await openPanel(tab, sim.origin());
  // The panel has shown who is signed in (its one "who am I?") before a scenario counts requests.
  await panel.getByText(`${adminUser.first} ${adminUser.last}`).first().waitFor();
  sim.requests.length = 0;
  return { tab, panel };
}

describe('the Firefox build in Firefox ESR, through the Swagger page panel', () => {
  it('Swagger UI 3+: detected, and MFA enforced with the description’s example body, every production org and no sandbox one', async () => {
    const sim = await world.simulator();
    const { tab, panel } = await panelOnSwaggerPage(sim);
    const admin = new AdminSteps();

    const { form, submit } = await openEnforceForm(admin, panel);
    await form.getByText(t('ui.enforce.scope', { environment: t('ui.environment.production'), org: acmeCorp.name })).waitFor();
    await admin.click(submit);
    const dialog = enforceDialog(panel);
    const from = descriptionWhere({ found: 'swagger-ui', url: `${sim.origin()}${sim.descriptionPaths[0]}` });
    await dialog.getByText(t('ui.request.source.specFrom', { where: from }), { exact: true }).waitFor();
    expect(await previewedBody(dialog)).toEqual(EXAMPLE_VARIANTS.default.enforce.value);
    await confirmWithOrgName(admin, panel, dialog, acmeCorp.name, 'production');

    expect(recordedPuts(sim)).toEqual([
      expect.objectContaining({ path: ACTIONS.enforceOrgMfa.path, body: EXAMPLE_VARIANTS.default.enforce.value }),
    ]);
    const orgs = [...sim.state.production.orgs, ...sim.state.sandbox.orgs];
    expect(Object.fromEntries(orgs.map((org) => [org.name, org.mfaEnforced]))).toEqual({
      [acmeCorp.name]: true,
      [acmeSubsidiary.name]: true,
      [acmeSandbox.name]: false,
    });
    await tab.page.close();
  });

  it('under the page’s own strict Content-Security-Policy, which names no extension: the helper’s modules load and alice’s MFA is reset', async () => {
    const sim = await world.simulator({ pageCsp: STRICT_PAGE_CSP });
    const { tab, panel } = await panelOnSwaggerPage(sim);
    const dialog = await reviewReset(new AdminSteps(), panel, alice.email);
    await dialog.getByRole('button', { name: t('ui.reset.confirm') }).click();
    await panel.getByText(t('ui.reset.success', sentenceVars(alice, acmeCorp.name, 'production'))).waitFor();
    expect(recordedPuts(sim)).toEqual([expect.objectContaining({ path: ACTIONS.resetUserMfa.path, body: RESET_BODY.default(alice.id) })]);
    await tab.page.close();
  });

  it('Swagger UI 2.x: detected, and alice’s MFA reset with the body built from its Swagger 2.0 description', async () => {
    const sim = await world.simulator({ swaggerUi: '2' });
    const { tab, panel } = await panelOnSwaggerPage(sim);
    const enrolled = () => sim.state.production.users.filter((user) => sim.state.production.enrolment(user.id)).map((user) => user.id);
    const enrolledBefore = enrolled();
    expect(enrolledBefore).toContain(alice.id);

    const dialog = await reviewReset(new AdminSteps(), panel, alice.email);
    const from = descriptionWhere({ found: 'swagger-ui', url: `${sim.origin()}${sim.descriptionPaths[0]}` });
    await dialog.getByText(t('ui.request.source.specFrom', { where: from }), { exact: true }).waitFor();
    expect(sim.descriptionPaths[0]).toMatch(/swagger\.json$/);
    expect(await previewedBody(dialog)).toEqual(RESET_BODY.default(alice.id));
    await dialog.getByRole('button', { name: t('ui.reset.confirm') }).click();
    await panel.getByText(t('ui.reset.success', sentenceVars(alice, acmeCorp.name, 'production'))).waitFor();

    expect(recordedPuts(sim)).toEqual([expect.objectContaining({ path: ACTIONS.resetUserMfa.path, body: RESET_BODY.default(alice.id) })]);
    expect(enrolled()).toEqual(enrolledBefore.filter((id) => id !== alice.id));
    await tab.page.close();
  });

  it('opts bob out with exactly {"mfaOptOut": true}, and only that field of his membership changes', async () => {
    const sim = await world.simulator();
    const { tab, panel } = await panelOnSwaggerPage(sim);
    const before = snapshotMemberships(sim);
    const admin = new AdminSteps();

    const dialog = await reviewOptOut(admin, panel, bob.email, true);
    await dialog.getByText(t('ui.optOut.current.subject'), { exact: true }).waitFor();
    expect(await previewedBody(dialog)).toEqual({ mfaOptOut: true });
    await admin.click(dialog.getByRole('button', { name: t('ui.optOut.confirm.out') }));
    await panel.getByText(t('ui.optOut.success.out', sentenceVars(bob, acmeCorp.name, 'production'))).waitFor();

    const path = ACTIONS.setMfaOptOut.path.replace('{id}', String(bob.id));
    expect(recordedPuts(sim)).toEqual([expect.objectContaining({ path, body: { mfaOptOut: true } })]);
    const changed = (m: { orgId: number; userId: number }) => m.orgId === acmeCorp.id && m.userId === bob.id;
    expect(snapshotMemberships(sim)).toEqual(before.map((m) => (changed(m) ? { ...m, mfaOptOut: true } : m)));
    await tab.page.close();
  });

  it('sends its requests as the page’s own: the page’s Origin, its address as Referer, its cookies, and never across origins', async () => {
    const sim = await world.simulator();
    // A cookie of the Resolver origin, set by the page itself: the helper's requests must carry it
    // as the page's own requests would.
    const { tab, panel } = await panelOnSwaggerPage(sim, (home) =>
      home.page.evaluate(() => {
        document.cookie = 'page-probe=set-by-the-page; path=/';
      }),
    );
    const swaggerPage = `${sim.origin()}${SWAGGER_PAGE_PATH}`;
    const sentFrom = firefoxRequestsFrom(world.browser.traffic.requests.length);

    const dialog = await reviewOptOut(new AdminSteps(), panel, bob.email, true);
    await dialog.getByRole('button', { name: t('ui.optOut.confirm.out') }).click();
    await panel.getByText(t('ui.optOut.success.out', sentenceVars(bob, acmeCorp.name, 'production'))).waitFor();

    const calls = sentFrom().filter((request) => new URL(request.url).pathname.startsWith('/user/'));
    expect(calls.map((request) => `${request.method} ${new URL(request.url).pathname}`)).toEqual([
      `GET ${ENDPOINTS.users}`,
      `GET ${endpointPath(ENDPOINTS.membership, { orgId: acmeCorp.id, userId: bob.id })}`,
      `PUT ${ACTIONS.setMfaOptOut.path.replace('{id}', String(bob.id))}`,
    ]);
    for (const request of calls) {
      expect(new URL(request.url).origin).toBe(sim.origin());
      expect(request.headers.referer).toBe(swaggerPage);
      expect(request.headers.cookie).toContain('page-probe=set-by-the-page');
    }
    // A browser names the origin on a write; an extension's privileged request names none.
    expect(calls.filter((request) => request.method === 'PUT').map((request) => request.headers.origin)).toEqual([sim.origin()]);
    expect(sim.requests.filter((request) => request.method === 'PUT').map((request) => request.origin)).toEqual([sim.origin()]);
    await tab.page.close();
  });

  it('the lost-phone reset: caller checklist and ticket from the options page’s settings, the ticket kept in the history', async () => {
    const sim = await world.simulator();
    const options = await world.browser.extensionPage(world.browser.manifest.options_ui.page);
    const settings = world.browser.wrap(options);
    await saveCallerChecklistOn(settings, CHECKLIST);
    const { tab, panel } = await panelOnSwaggerPage(sim);
    const admin = new AdminSteps();

    const dialog = await reviewReset(admin, panel, alice.email);
    expect(admin.verifications).toBe(CHECKLIST.length);
    const card = dialog.getByRole('region', { name: t('card.label', { name: `${alice.first} ${alice.last}` }) });
    expect(await card.innerText()).toContain(alice.email);
    await admin.type(dialog.getByRole('textbox', { name: t('reason.label') }), TICKET);
    await admin.click(dialog.getByRole('button', { name: t('ui.reset.confirm') }));
    await panel.getByText(t('ui.reset.success', sentenceVars(alice, acmeCorp.name, 'production'))).waitFor();
    const message = panel.getByRole('textbox', { name: t('nextSteps.title') });
    expect(await message.inputValue()).toBe(t('nextSteps.message', { name: `${alice.first} ${alice.last}`, origin: sim.origin() }));
    expect(recordedPuts(sim)).toEqual([expect.objectContaining({ path: ACTIONS.resetUserMfa.path, body: RESET_BODY.default(alice.id) })]);
    expect(sim.state.production.enrolment(alice.id)).toBeUndefined();

    const history = world.browser.wrap(await world.browser.extensionPage(world.browser.manifest.options_ui.page));
    const row = history.getByRole('table', { name: t('audit.table.caption') }).getByRole('row').filter({ hasText: TICKET });
    await expect.poll(() => row.innerText(), { timeout: 10_000 }).toContain(alice.email);
    await Promise.all([history.page.close(), options.close(), tab.page.close()]);
  });

  it('keeps and logs no session token, sends none to another host, and every request went to its tab’s own origin', async () => {
    await expectNoFirefoxLeaks(world.browser, world.sims);
  });
});

/** The requests the browser sent from now on (the proxy's record, from index `from`). */
function firefoxRequestsFrom(from: number) {
  return () => world.browser.traffic.requests.slice(from);
}
