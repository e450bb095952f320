/**
 * Resetting a user's MFA from the toolbar popup, end to end: the shipped build in Chromium, the
 * admin signed in through the login page, the simulator checking the request and the next login.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { ACTIONS } from '../../lib/resolver/knowledge';
import { ALICE_TOTP_SECRET, SEED, login, type Simulator } from '../simulator';
import {
  AdminSteps,
  closeWorld,
  enforceFromNode,
  pageToken,
  recordedPuts,
  RESET_BODY,
  reviewReset,
  sentenceVars,
  signedInTab,
  startWorld,
} from './action-steps';
import type { ExtensionBrowser } from './harness';
import { bearerCredential, expectNoSecretLeaks } from './secret-audit';

const { alice } = SEED.users;
const acmeCorp = SEED.orgs.acmeCorp.name;
const alicesLogin = { email: alice.email, password: alice.password, org: acmeCorp };

let browser: ExtensionBrowser;
let sim: Simulator;

beforeAll(async () => {
  ({ sim, browser } = await startWorld());
});

afterAll(() => closeWorld({ sim, browser }));

describe('resetting a user’s MFA from the popup', () => {
  it('resets alice in 3 steps: she must set MFA up again, and exactly one PUT carried the admin’s session', async () => {
    const tab = await signedInTab(browser, sim);
    const adminToken = await pageToken(tab);
    // A reset shows at the next login only where MFA applies.
    await enforceFromNode(sim);
    const asked = await login(sim, alicesLogin);
    expect(asked).toMatchObject({ mfa: 'verify' });
    const before = await login(sim, { ...alicesLogin, totpSecret: ALICE_TOTP_SECRET });
    expect(before).toEqual({ token: expect.any(String), expiresAt: expect.any(Number) });
    expect(sim.state.production.enrolment(alice.id)).toBeDefined();

    sim.requests.length = 0;
    const popup = await browser.openPopup(tab);
    const admin = new AdminSteps();

    const dialog = await reviewReset(admin, popup, alice.email);
    await admin.click(dialog.getByRole('button', { name: t('ui.reset.confirm') }));
    await popup.getByText(t('ui.reset.success', sentenceVars(alice, acmeCorp, 'production'))).waitFor();
    // Type, "Reset MFA…", Confirm: 3 steps. No caller checklist is configured by default, so
    // there is nothing to tick (a support desk that writes one adds a tick per item).
    expect(admin.interactions).toBeLessThanOrEqual(3);
    expect(admin.verifications).toBe(0);

    expect(sim.state.production.enrolment(alice.id)).toBeUndefined();
    const next = await login(sim, { ...alicesLogin, totpSecret: ALICE_TOTP_SECRET });
    expect(next).toMatchObject({ mfa: 'setup' });

    const puts = recordedPuts(sim);
    expect(puts).toEqual([
      expect.objectContaining({
        path: ACTIONS.resetUserMfa.path,
        body: RESET_BODY.default(alice.id),
        hasAuthorization: true,
      }),
    ]);
    const sent = browser.traffic.requests.filter((request) => request.method === 'PUT');
    expect(sent).toHaveLength(1);
    expect(sent[0] && bearerCredential(sent[0])).toBe(adminToken);

    await popup.close();
    await tab.close();
  });

  it('keeps and logs no session token, sends none to another host, and every request went to its tab’s own origin', async () => {
    await expectNoSecretLeaks(browser, [sim]);
  });
});
