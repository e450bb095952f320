/**
 * Effort per action the manual way, on the same simulator's Swagger UI page (`/api`), in a
 * browser without the helper: what an admin clicks and types in Swagger UI 3+ to send the same
 * requests. The page authorises its requests with the signed-in session (as Resolver's does), so
 * there is no "Authorize" step. "User given by email" means the admin first looks the id up with
 * the page's GET users operation. Each run starts on a freshly loaded page; a tag is clicked only
 * if it is collapsed (Swagger UI's default shows tags expanded, operations collapsed). Wall time
 * runs from the rendered page to the response shown, and so do the requests counted per action;
 * loading the page (Swagger UI fetching the API description) is reported apart, as `beforeStart`.
 */
import type { Locator, Page } from 'playwright-core';
import { z } from 'zod';
import { ACTIONS, SWAGGER_PAGE_PATH } from '../../lib/resolver/knowledge';
import { EXAMPLE_VARIANTS, SEED, type Simulator } from '../simulator';
import { AdminSteps, enrolThroughSetup, RESET_BODY, signedInTab } from '../e2e/action-steps';
import type { ExtensionBrowser } from '../e2e/harness';
import { assertOnlyPut, assertState, startWatching, type ActionKey } from './action-check';
import type { ActionEffort, EffortByAction } from './effort-extension';
import { finishAction, requestMark } from './request-count';

/** Operations of the simulator's OpenAPI document (test/simulator/spec/operations.ts), by tag. */
const OPERATIONS = {
  findUsers: { tag: 'user', id: 'findUsers' },
  resetUserMfa: { tag: 'user', id: 'resetUserMfa' },
  updateMembership: { tag: 'user', id: 'updateMembership' },
  enforceOrgMfa: { tag: 'org', id: 'enforceOrgMfa' },
} as const;
type OperationName = keyof typeof OPERATIONS;

/** How many operations the rendered page lists: the Swagger page is ready when all are there. */
export const SWAGGER_OPERATION_COUNT = 11;

const RESET_USER = SEED.generatedUsers.email(5);
const OPT_OUT_USER = SEED.generatedUsers.email(6);

const UsersResponseSchema = z.object({ data: z.array(z.object({ id: z.number(), email: z.string() })) });

/** Tag expanded if needed, operation opened, "Try it out" pressed: the operation, ready to fill. */
async function openOperation(admin: AdminSteps, page: Page, name: OperationName): Promise<Locator> {
  const { tag, id } = OPERATIONS[name];
  const tagHeading = page.locator(`#operations-tag-${tag}`);
  if ((await tagHeading.getAttribute('data-is-open')) !== 'true') await admin.click(tagHeading);
  const operation = page.locator(`#operations-${tag}-${id}`);
  await admin.click(operation.locator('.opblock-summary-control'));
  await admin.click(operation.getByRole('button', { name: 'Try it out' }));
  return operation;
}

/** Presses Execute and waits for the live response; returns its status code and body text. */
async function execute(admin: AdminSteps, operation: Locator): Promise<{ status: string; body: string }> {
  await admin.click(operation.getByRole('button', { name: 'Execute' }));
  const response = operation.locator('.live-responses-table tbody tr.response');
  await response.waitFor();
  const status = (await response.locator('.response-col_status').innerText()).trim();
  const body = operation.locator('.live-responses-table .response-col_description pre.microlight');
  const text = (await body.count()) > 0 ? await body.first().innerText() : '';
  return { status, body: text };
}

async function lookUpId(admin: AdminSteps, page: Page, email: string): Promise<number> {
  const operation = await openOperation(admin, page, 'findUsers');
  await admin.type(operation.locator('tr[data-param-name="search"] input'), email);
  const { status, body } = await execute(admin, operation);
  const found = UsersResponseSchema.parse(JSON.parse(body)).data.find((user) => user.email === email);
  if (status !== '200' || !found) throw new Error(`Swagger UI's user search did not find ${email} (${status}).`);
  return found.id;
}

async function sendPut(admin: AdminSteps, operation: Locator, body: unknown): Promise<void> {
  await admin.type(operation.locator('textarea.body-param__text'), JSON.stringify(body, null, 2));
  const response = await execute(admin, operation);
  if (response.status !== '204') throw new Error(`Swagger UI's PUT answered ${response.status}.`);
}

async function manualRun(page: Page, sim: Simulator, action: ActionKey): Promise<ActionEffort> {
  startWatching(sim);
  await page.goto(`${sim.origin()}${SWAGGER_PAGE_PATH}`);
  await page.locator('.opblock').nth(SWAGGER_OPERATION_COUNT - 1).waitFor();
  const admin = new AdminSteps();
  const actionStart = requestMark(sim);
  const started = performance.now();
  if (action === 'enforce') {
    const operation = await openOperation(admin, page, 'enforceOrgMfa');
    // The example body is sent unedited: nothing to type.
    const response = await execute(admin, operation);
    if (response.status !== '204') throw new Error(`Swagger UI's enforce answered ${response.status}.`);
    assertOnlyPut(sim, { path: ACTIONS.enforceOrgMfa.path, body: EXAMPLE_VARIANTS.default.enforce.value }, 'manual enforce');
    assertState(sim.state.production.orgs.every((org) => org.mfaEnforced), 'every production org enforced');
  } else if (action === 'reset') {
    const id = await lookUpId(admin, page, RESET_USER);
    await sendPut(admin, await openOperation(admin, page, 'resetUserMfa'), RESET_BODY.default(id));
    assertOnlyPut(sim, { path: ACTIONS.resetUserMfa.path, body: RESET_BODY.default(id) }, 'manual reset');
    assertState(sim.state.production.enrolment(id) === undefined, `${RESET_USER} no longer enrolled`);
  } else {
    const id = await lookUpId(admin, page, OPT_OUT_USER);
    const operation = await openOperation(admin, page, 'updateMembership');
    await admin.type(operation.locator('tr[data-param-name="id"] input'), String(id));
    await sendPut(admin, operation, { mfaOptOut: true });
    const path = ACTIONS.setMfaOptOut.path.replace('{id}', String(id));
    assertOnlyPut(sim, { path, body: { mfaOptOut: true } }, 'manual opt-out');
    assertState(sim.state.production.membership(SEED.orgs.acmeCorp.id, id)?.mfaOptOut === true, `${OPT_OUT_USER} opted out`);
  }
  return finishAction(page, sim, { interactions: admin.interactions, started, actionStart });
}

/** `sim` must be fresh; `browser` should be one without the helper. */
export async function measureManualEffort(browser: ExtensionBrowser, sim: Simulator): Promise<EffortByAction> {
  const page = await signedInTab(browser, sim);
  const enforce = await manualRun(page, sim, 'enforce');
  // The user to reset must be enrolled, which needs MFA enforced (done just above).
  await enrolThroughSetup(sim, [{ email: RESET_USER, password: SEED.passwords.user }]);
  const reset = await manualRun(page, sim, 'reset');
  const optOut = await manualRun(page, sim, 'optOut');
  await page.close();
  return { enforce, reset, optOut };
}
