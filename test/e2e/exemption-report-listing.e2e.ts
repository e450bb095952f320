/**
 * The exemption report does not depend on one shape of Resolver's user list (whether and how it
 * pages is not public): on a list that pages with a next link it reads every page; on a list that
 * gives a part and reports a larger total, with no way on, the report says it is incomplete.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { ENDPOINTS } from '../../lib/resolver/knowledge';
import { SEED, type Simulator } from '../simulator';
import { AdminSteps, browserWithFreshSimulators, selectTab, signedInTab } from './action-steps';
import { expectNoSecretLeaks } from './secret-audit';

const acmeCorp = SEED.orgs.acmeCorp;
const world = browserWithFreshSimulators();

const members = (sim: Simulator) => sim.state.production.memberships.filter((m) => m.orgId === acmeCorp.id);

async function scanned(sim: Simulator): Promise<Page> {
  const tab = await signedInTab(world.browser, sim);
  const popup = await world.browser.openPopup(tab);
  await selectTab(new AdminSteps(), popup, t('exemption.tab'));
  await popup.getByRole('button', { name: t('exemption.start', { org: acmeCorp.name }) }).click();
  await popup.getByText(/active users are exempt from MFA in Acme Corp \(production\), scanned/).waitFor({ timeout: 30_000 });
  return popup;
}

const readsIn = (sim: Simulator, since: number) =>
  sim.requests.slice(since).filter((request) => request.path.startsWith(`/user/org/${acmeCorp.id}/user/`));

describe('the user list as Resolver may answer it', () => {
  it('pages with a next link: every page is read, every member scanned, the report complete', async () => {
    const sim = await world.simulator({ userList: 'paged' });
    const since = sim.requests.length;
    const popup = await scanned(sim);
    const listReads = sim.requests.slice(since).filter((request) => request.path === ENDPOINTS.users);
    expect(listReads.map((request) => request.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(new Set(readsIn(sim, since).map((request) => request.path)).size).toBe(members(sim).length);
    const exempt = members(sim).filter((m) => m.mfaOptOut).length;
    await popup.getByText(new RegExp(`^${exempt} of ${members(sim).length} active users`)).waitFor();
    expect(await popup.getByText(/this report covers only those/).count()).toBe(0);
    await popup.close();
  });

  it('gives 100 and reports a larger total: the report scans those and says it is incomplete', async () => {
    const sim = await world.simulator({ userList: 'capped' });
    const since = sim.requests.length;
    const popup = await scanned(sim);
    expect(readsIn(sim, since)).toHaveLength(100);
    await popup
      .getByText(t('exemption.incomplete', { total: String(members(sim).length), listed: '100' }))
      .waitFor();
    await popup.close();
  });

  it('no token or secret leaked to storage or logs', async () => {
    await expectNoSecretLeaks(world.browser, world.sims);
  });
});
