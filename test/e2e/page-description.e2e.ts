/**
 * The helper follows what the page really uses. On Swagger pages whose API description is inline
 * or at a URL the page names nowhere, on Swagger UI 2.x and 3+, through the panel and the popup,
 * with the session in localStorage or only in the page's `?access_token=` (or only in Swagger UI's
 * own authorisation), the three actions send exactly the bodies the description gives. Each case
 * combines a placement with a different example shape, so a helper that follows one guess fails.
 * Then: the popup on another page of the origin, after the Swagger page was visited; a tenant with
 * no description anywhere (the production refusal and the paste path); and the report.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { descriptionWhere } from '../../lib/request-source-words';
import { t } from '../../lib/i18n';
import type { DescriptionRef } from '../../lib/protocol';
import { ACTIONS, SWAGGER_PAGE_PATH } from '../../lib/resolver/knowledge';
import {
  EXAMPLE_VARIANTS,
  SEED,
  loginToken,
  type DescriptionPlacement,
  type ExampleVariantName,
  type Simulator,
  type SwaggerUiMode,
} from '../simulator';
import {
  ADMIN,
  AdminSteps,
  browserWithFreshSimulators,
  enforceDialog,
  openEnforceForm,
  openPanel,
  previewedBody,
  recordedPuts,
  RESET_BODY,
  reviewOptOut,
  reviewReset,
  selectTab,
  sentenceVars,
  signedInTab,
  type Helper,
} from './action-steps';
import { expectNoSecretLeaks } from './secret-audit';

const { bob } = SEED.users;
const acmeCorp = SEED.orgs.acmeCorp.name;

const world = browserWithFreshSimulators();
const simulator = (options: { swaggerUi: SwaggerUiMode; description: DescriptionPlacement; examples: ExampleVariantName; stripAccessToken?: boolean }) =>
  world.simulator(options);

/** A tab on the Swagger page opened as Resolver's client opened it, with nothing in localStorage. */
async function accessTokenTab(sim: Simulator): Promise<{ tab: Page; path: string }> {
  const login = await loginToken(sim, { email: ADMIN.email, password: ADMIN.password, org: ADMIN.org });
  const tab = await world.browser.context.newPage();
  return { tab, path: `${SWAGGER_PAGE_PATH}?access_token=${encodeURIComponent(login.token)}` };
}

/**
 * Resets bob, opts bob out and enforces MFA through `helper`, checking each confirmation's body
 * and where it says the body came from, then the three PUTs the simulator received.
 */
async function runTheThreeActions(helper: Helper, sim: Simulator, variant: ExampleVariantName, from: DescriptionRef | 'remembered') {
  const examples = EXAMPLE_VARIANTS[variant];
  const admin = new AdminSteps();
  const fromWords = from === 'remembered' ? new RegExp(t('description.source.remembered')) : t('ui.request.source.specFrom', { where: descriptionWhere(from) });
  sim.requests.length = 0;

  const reset = await reviewReset(admin, helper, bob.email);
  await reset.getByText(fromWords).first().waitFor();
  expect(await previewedBody(reset)).toEqual(RESET_BODY[variant](bob.id));
  await admin.click(reset.getByRole('button', { name: t('ui.reset.confirm') }));
  await helper.getByText(t('ui.reset.success', sentenceVars(bob, acmeCorp, 'production'))).waitFor();

  const optOut = await reviewOptOut(admin, helper, bob.email, true);
  expect(await previewedBody(optOut)).toEqual({ mfaOptOut: true });
  await admin.click(optOut.getByRole('button', { name: t('ui.optOut.confirm.out') }));
  await helper.getByText(t('ui.optOut.success.out', sentenceVars(bob, acmeCorp, 'production'))).waitFor();

  const { submit } = await openEnforceForm(admin, helper);
  await admin.click(submit);
  const enforce = enforceDialog(helper);
  await enforce.getByText(fromWords).first().waitFor();
  expect(await previewedBody(enforce)).toEqual(examples.enforce.value);
  await admin.type(enforce.getByRole('textbox', { name: t('ui.enforce.typeOrg', { org: acmeCorp }) }), acmeCorp);
  await admin.click(enforce.getByRole('button', { name: t('ui.enforce.confirm') }));
  await helper.getByText(t('ui.enforce.success', sentenceVars(null, acmeCorp, 'production'))).waitFor();

  expect(recordedPuts(sim).map(({ path, body }) => ({ path, body }))).toEqual([
    { path: ACTIONS.resetUserMfa.path, body: RESET_BODY[variant](bob.id) },
    { path: ACTIONS.setMfaOptOut.path.replace('{id}', String(bob.id)), body: { mfaOptOut: true } },
    { path: ACTIONS.enforceOrgMfa.path, body: examples.enforce.value },
  ]);
  expect(sim.state.production.orgs.every((org) => org.mfaEnforced)).toBe(true);
}

/** The helper's status header names where the session came from. */
async function expectSessionFrom(helper: Helper, source: 'web-app' | 'access-token' | 'swagger-ui') {
  await helper.getByText(t(`session.source.${source}`), { exact: true }).waitFor();
}

describe('following the description the Swagger page really uses', () => {
  it('3+, inline description, through the panel, session in localStorage', async () => {
    const sim = await simulator({ swaggerUi: '3', description: 'inline', examples: 'array-in-examples-ref' });
    const tab = await signedInTab(world.browser, sim);
    const panel = await openPanel(tab, sim.origin());
    await expectSessionFrom(panel, 'web-app');
    await runTheThreeActions(panel, sim, 'array-in-examples-ref', { found: 'swagger-ui', url: null });
    await tab.close();
  });

  it('3+, description at a URL named nowhere, through the popup, session only in ?access_token=', async () => {
    const sim = await simulator({ swaggerUi: '3', description: 'hidden-url', examples: 'bare-number-in-schema' });
    const { tab, path } = await accessTokenTab(sim);
    await tab.goto(`${sim.origin()}${path}`);
    await tab.locator('.opblock').first().waitFor();
    expect(await tab.evaluate(() => localStorage.length)).toBe(0);
    const popup = await world.browser.openPopup(tab);
    await expectSessionFrom(popup, 'access-token');
    const [hidden] = sim.descriptionPaths;
    await runTheThreeActions(popup, sim, 'bare-number-in-schema', { found: 'swagger-ui', url: `${sim.origin()}${hidden}` });
    await popup.close();
    await tab.close();
  });

  it('2.x, description at a URL named nowhere, no header input, through the popup', async () => {
    const sim = await simulator({ swaggerUi: '2', description: 'hidden-url', examples: 'ids-object-schema-only' });
    const tab = await signedInTab(world.browser, sim);
    await tab.goto(`${sim.origin()}${SWAGGER_PAGE_PATH}`);
    await tab.locator('li.operation').first().waitFor({ state: 'attached' });
    expect(await tab.locator('#input_baseUrl').count()).toBe(0);
    const popup = await world.browser.openPopup(tab);
    const [hidden] = sim.descriptionPaths;
    await runTheThreeActions(popup, sim, 'ids-object-schema-only', { found: 'swagger-ui', url: `${sim.origin()}${hidden}` });
    await popup.close();
    await tab.close();
  });

  it('2.x, inline description, through the panel, the token only in Swagger UI’s authorisation (removed from the address)', async () => {
    const sim = await simulator({ swaggerUi: '2', description: 'inline', examples: 'array-in-examples-ref', stripAccessToken: true });
    const { tab, path } = await accessTokenTab(sim);
    const panel = await openPanel(tab, sim.origin(), path);
    await expect.poll(() => new URL(tab.url()).searchParams.has('access_token')).toBe(false);
    await expectSessionFrom(panel, 'swagger-ui');
    await runTheThreeActions(panel, sim, 'array-in-examples-ref', { found: 'swagger-ui', url: null });
    await tab.close();
  });

  it('3+, the operations split over two documents listed by urls, through the popup', async () => {
    const sim = await simulator({ swaggerUi: '3', description: 'split', examples: 'ids-object-schema-only' });
    const tab = await signedInTab(world.browser, sim);
    await tab.goto(`${sim.origin()}${SWAGGER_PAGE_PATH}`);
    await tab.locator('.opblock').first().waitFor();
    const popup = await world.browser.openPopup(tab);
    const admin = new AdminSteps();
    const reset = await reviewReset(admin, popup, bob.email);
    expect(await previewedBody(reset)).toEqual(RESET_BODY['ids-object-schema-only'](bob.id));
    await admin.click(reset.getByRole('button', { name: t('ui.confirm.cancel') }));
    // Each action from the document that holds it: enforce from the org document, which Swagger UI did not load.
    const { submit } = await openEnforceForm(admin, popup);
    await admin.click(submit);
    const enforce = enforceDialog(popup);
    const orgDocument = sim.descriptionPaths.find((path) => path.includes('org'));
    await enforce.getByText(t('ui.request.source.specFrom', { where: descriptionWhere({ found: 'swagger-ui', url: `${sim.origin()}${orgDocument}` }) })).waitFor();
    expect(await previewedBody(enforce)).toEqual(EXAMPLE_VARIANTS['ids-object-schema-only'].enforce.value);
    await admin.click(enforce.getByRole('button', { name: t('ui.confirm.cancel') }));
    await popup.close();
    await tab.close();
  });
});

describe('elsewhere on the origin', () => {
  it('the popup on another page uses the description remembered from the Swagger page, even an inline one', async () => {
    const sim = await simulator({ swaggerUi: '3', description: 'inline', examples: 'bare-number-in-schema' });
    const tab = await signedInTab(world.browser, sim);
    // Visiting the Swagger page is enough: the helper reads and remembers its description.
    const panel = await openPanel(tab, sim.origin());
    await panel.getByRole('button', { name: t('report.check') }).click();
    await panel.getByLabel(t('report.text'), { exact: true }).getByText(/3 of the 3 MFA operations/).waitFor();
    await tab.goto(`${sim.origin()}/home`);
    const popup = await world.browser.openPopup(tab);
    await runTheThreeActions(popup, sim, 'bare-number-in-schema', 'remembered');
    await popup.close();
    await tab.close();
  });

  it('with no description anywhere: refuses the guess in production, builds on a pasted Example Value, explains a rejected paste', async () => {
    const sim = await simulator({ swaggerUi: '3', description: 'none', examples: 'array-in-examples-ref' });
    const tab = await signedInTab(world.browser, sim);
    const popup = await world.browser.openPopup(tab);
    const admin = new AdminSteps();
    await selectTab(admin, popup, t('ui.tabs.reset'));
    await admin.type(popup.getByRole('form', { name: t('ui.reset.formLabel') }).getByRole('textbox', { name: t('ui.user.label') }), bob.email);
    await admin.click(popup.getByRole('button', { name: t('ui.reset.submit') }));
    const help = popup.getByRole('region', { name: t('bodyHelp.title') });
    await help.getByText(t('bodyHelp.production')).waitFor();
    expect(await popup.getByRole('dialog').count()).toBe(0);
    expect(await help.getByRole('button', { name: t('bodyHelp.useGuess') }).count()).toBe(0);
    await help.getByRole('button', { name: t('bodyHelp.openSwagger') }).waitFor();
    expect(recordedPuts(sim)).toEqual([]);

    const pasteField = help.getByRole('textbox', { name: t('bodyHelp.pasteLabel', { operation: 'PUT /user/users/mfa/reset' }) });
    // A wrong Example Value first: Resolver's 400 says which body was sent and how to fix it.
    await admin.type(pasteField, '{"user": 0}');
    await admin.click(help.getByRole('button', { name: t('bodyHelp.usePasted') }));
    let dialog = popup.getByRole('dialog', { name: t('ui.reset.confirmTitle') });
    await dialog.getByText(t('ui.request.source.pasted')).waitFor();
    await admin.click(dialog.getByRole('button', { name: t('ui.reset.confirm') }));
    await popup.getByText(t('ui.rejected.pasted')).waitFor();

    await admin.click(popup.getByRole('button', { name: t('ui.reset.submit') }));
    await admin.type(pasteField, JSON.stringify(EXAMPLE_VARIANTS['array-in-examples-ref'].reset.value));
    await admin.click(help.getByRole('button', { name: t('bodyHelp.usePasted') }));
    dialog = popup.getByRole('dialog', { name: t('ui.reset.confirmTitle') });
    expect(await previewedBody(dialog)).toEqual([bob.id]);
    await admin.click(dialog.getByRole('button', { name: t('ui.reset.confirm') }));
    await popup.getByText(t('ui.reset.success', sentenceVars(bob, acmeCorp, 'production'))).waitFor();
    expect(recordedPuts(sim).map(({ body }) => body)).toEqual([{ user: bob.id }, [bob.id]]);

    // The report names what stops enforcing and resetting.
    await popup.getByRole('button', { name: t('report.check') }).click();
    const report = popup.getByLabel(t('report.text'), { exact: true });
    await report.getByText(t('report.heading.blockers')).waitFor();
    const text = await report.innerText();
    expect(text).toContain(t('report.actionLine.noBody', { action: t('report.action.enforceOrgMfa'), path: ACTIONS.enforceOrgMfa.path }));
    expect(text).toContain(t('report.blocker.action', { action: t('report.action.resetUserMfa'), problem: t('description.none', { operation: 'PUT /user/users/mfa/reset' }) }));
    await popup.close();
    await tab.close();
  });
});

describe('the report', () => {
  it('is copied as text and JSON, holding no token, from the popup of an access_token Swagger tab', async () => {
    const sim = await simulator({ swaggerUi: '3', description: 'hidden-url', examples: 'default' });
    const { tab, path } = await accessTokenTab(sim);
    await tab.goto(`${sim.origin()}${path}`);
    await tab.locator('.opblock').first().waitFor();
    const popup = await world.browser.openPopup(tab);
    // What reaches the clipboard, kept where the test can read it: a headless popup has no focus
    // to be granted the real clipboard.
    await popup.evaluate(() => {
      const copied: string[] = [];
      Object.defineProperty(window, 'copied', { value: copied });
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) } });
    });
    const lastCopied = () => popup.evaluate(() => (window as unknown as { copied: string[] }).copied.at(-1) ?? '');
    await popup.getByRole('button', { name: t('report.check') }).click();
    const report = popup.getByLabel(t('report.text'), { exact: true });
    await report.getByText(t('session.source.access-token'), { exact: false }).waitFor();
    await popup.getByRole('button', { name: t('report.copyText') }).click();
    await popup.getByText(t('report.copied')).waitFor();
    const copiedText = await lastCopied();
    expect(copiedText).toBe(await report.innerText());
    await popup.getByRole('button', { name: t('report.copyJson') }).click();
    const copiedJson = JSON.parse(await lastCopied()) as { session: unknown; descriptions: unknown };
    expect(copiedJson.session).toMatchObject({ source: 'access-token', isAdmin: true });
    expect(copiedJson.descriptions).toEqual([expect.objectContaining({ source: 'swagger-ui', format: 'openapi3', mfaOperations: 3 })]);
    for (const secret of sim.issuedTokens()) {
      expect(copiedText).not.toContain(secret);
      expect(JSON.stringify(copiedJson)).not.toContain(secret);
    }
    await popup.close();
    await tab.close();
  });

  it('is on the options page for any open Resolver tab, with the descriptions remembered there', async () => {
    const sim = await simulator({ swaggerUi: '2', description: 'standard', examples: 'default' });
    const tab = await signedInTab(world.browser, sim);
    const options = await world.browser.context.newPage();
    await options.goto(`chrome-extension://${world.browser.extensionId}/options.html`);
    const host = new URL(sim.origin()).host;
    await options.getByRole('button', { name: t('environments.check', { host }) }).click();
    const report = options.getByLabel(t('report.text'), { exact: true });
    await report.getByText(t('report.heading.blockers')).waitFor();
    expect(await report.innerText()).toContain(t('report.line.page', { origin: sim.origin(), environment: 'production', swagger: t('report.swagger.none') }));
    // The check found the description through discovery and remembered it.
    const remembered = options.getByRole('row', { name: new RegExp(sim.origin().replace(/[.:/]/g, '\\$&')) });
    await expect.poll(() => remembered.count()).toBe(3);
    await options.close();
    await tab.close();
  });

  it('keeps and logs no session token, sends none to another host, and every request went to its tab’s own origin', async () => {
    await expectNoSecretLeaks(world.browser, world.sims);
  });
});
