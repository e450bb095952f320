/**
 * Opting a user out of MFA or back in, end to end: the request carries `mfaOptOut` alone, so the
 * user's membership keeps its admin flag, active state, roles, access and groups, and nobody
 * else's membership moves. Carol goes back in from the popup, bob out from the in-page panel; each
 * sends only the search, the membership read and the write ("who am I?" was asked as the helper opened).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { endpointPath } from '../../lib/page/endpoint-path';
import { ACTIONS, ENDPOINTS } from '../../lib/resolver/knowledge';
import { SEED, type Simulator } from '../simulator';
import {
  AdminSteps,
  closeWorld,
  type Helper,
  openPanel,
  previewedBody,
  recordedPuts,
  reviewOptOut,
  type SeedPerson,
  sentenceVars,
  signedInTab,
  snapshotMemberships,
  startWorld,
} from './action-steps';
import type { ExtensionBrowser } from './harness';
import { expectNoSecretLeaks } from './secret-audit';

const { bob, carol } = SEED.users;
const acmeCorp = SEED.orgs.acmeCorp;

let browser: ExtensionBrowser;
let sim: Simulator;

beforeAll(async () => {
  ({ sim, browser } = await startWorld());
});

afterAll(() => closeWorld({ sim, browser }));

/**
 * Runs one opt-out/in through `helper` and checks the whole outcome: the confirmation's request,
 * the one PUT the simulator received, and every membership of both environments afterwards.
 */
async function optAndCompare(helper: Helper, person: SeedPerson, optOut: boolean, currentState: string): Promise<void> {
  const before = snapshotMemberships(sim);
  // The helper is open and has shown who is signed in (its one "who am I?") before the count starts.
  await helper.getByText(`${SEED.users.admin.first} ${SEED.users.admin.last}`).first().waitFor();
  sim.requests.length = 0;
  const admin = new AdminSteps();

  const dialog = await reviewOptOut(admin, helper, person.email, optOut);
  await dialog.getByText(currentState, { exact: true }).waitFor();
  expect(await previewedBody(dialog)).toEqual({ mfaOptOut: optOut });
  await admin.click(dialog.getByRole('button', { name: t(optOut ? 'ui.optOut.confirm.out' : 'ui.optOut.confirm.in') }));
  const success = t(optOut ? 'ui.optOut.success.out' : 'ui.optOut.success.in', sentenceVars(person, acmeCorp.name, 'production'));
  await helper.getByText(success).waitFor();

  expect(recordedPuts(sim)).toEqual([
    expect.objectContaining({
      path: ACTIONS.setMfaOptOut.path.replace('{id}', String(person.id)),
      body: { mfaOptOut: optOut },
    }),
  ]);
  // One action by email: the search, the membership read it shows, the write, and nothing else.
  expect(sim.requests.filter((request) => request.path.startsWith('/user/')).map((request) => `${request.method} ${request.path}`)).toEqual([
    `GET ${ENDPOINTS.users}`,
    `GET ${endpointPath(ENDPOINTS.membership, { orgId: acmeCorp.id, userId: person.id })}`,
    `PUT ${ACTIONS.setMfaOptOut.path.replace('{id}', String(person.id))}`,
  ]);
  const changed = (m: { orgId: number; userId: number }) => m.orgId === acmeCorp.id && m.userId === person.id;
  const expected = before.map((m) => (changed(m) ? { ...m, mfaOptOut: optOut } : m));
  expect(before.filter(changed)).toEqual([expect.objectContaining({ mfaOptOut: !optOut })]);
  expect(snapshotMemberships(sim)).toEqual(expected);
}

describe('opting users out of MFA and back in', () => {
  it('carol back in from the popup: the PUT is exactly {"mfaOptOut": false} and only that field changed', async () => {
    const tab = await signedInTab(browser, sim);
    const popup = await browser.openPopup(tab);
    await optAndCompare(popup, carol, false, t('ui.optOut.current.optedOut'));
    await popup.close();
    await tab.close();
  });

  it('bob out from the Swagger page panel: the PUT is exactly {"mfaOptOut": true} and only that field changed', async () => {
    const tab = await signedInTab(browser, sim);
    const panel = await openPanel(tab, sim.origin());
    await optAndCompare(panel, bob, true, t('ui.optOut.current.subject'));
    await tab.close();
  });

  it('keeps and logs no session token, sends none to another host, and every request went to its tab’s own origin', async () => {
    await expectNoSecretLeaks(browser, [sim]);
  });
});
