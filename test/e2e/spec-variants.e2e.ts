/**
 * The reset request follows the page's own API description, whatever shape its example takes:
 * against every alternative example the simulator can advertise, and on the legacy Swagger UI
 * 2.x page, resetting bob through the in-page panel sends exactly that shape holding bob's id.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { descriptionWhere } from '../../lib/request-source-words';
import { t } from '../../lib/i18n';
import { ACTIONS } from '../../lib/resolver/knowledge';
import {
  EXAMPLE_VARIANT_NAMES,
  EXAMPLE_VARIANTS,
  SEED,
  startSimulator,
  type ExampleVariantName,
  type Simulator,
  type SimulatorOptions,
} from '../simulator';
import {
  ADMIN,
  AdminSteps,
  RESET_BODY,
  enforceFromNode,
  enrolThroughSetup,
  openPanel,
  previewedBody,
  recordedPuts,
  reviewReset,
  sentenceVars,
  signedInTab,
} from './action-steps';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness';
import { expectNoSecretLeaks } from './secret-audit';

const { admin: adminUser, bob } = SEED.users;
const BOB = { email: bob.email, password: bob.password };

interface Case {
  title: string;
  variant: ExampleVariantName;
  options: SimulatorOptions;
}

const CASES: Case[] = [
  ...EXAMPLE_VARIANT_NAMES.filter((name) => name !== 'default').map((name) => ({
    title: `the "${name}" example (${EXAMPLE_VARIANTS[name].summary})`,
    variant: name,
    options: { examples: name },
  })),
  { title: 'the legacy Swagger UI 2.x page', variant: 'default', options: { swaggerUi: '2' } },
];

let browser: ExtensionBrowser;
/** Every simulator started, for the final audit. */
const sims: Simulator[] = [];

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('resetting bob through the panel, built from the API description', () => {
  it.each(CASES)('$title', async ({ variant, options }) => {
    const sim = await startSimulator({ port: 0, ...options });
    sims.push(sim);
    try {
      // Both enrolled, so the state shows whose MFA the request reset: bob's, never the admin's
      // (id 1, the very placeholder of one variant).
      await enforceFromNode(sim, variant);
      const [adminSecret] = await enrolThroughSetup(sim, [ADMIN, BOB]);
      const tab = await signedInTab(browser, sim, { ...ADMIN, totpSecret: adminSecret });
      const panel = await openPanel(tab, sim.origin());
      sim.requests.length = 0;
      const admin = new AdminSteps();

      const dialog = await reviewReset(admin, panel, bob.email);
      // Taken from what Swagger UI loaded on the page, which also names its address.
      const [loaded] = sim.descriptionPaths;
      const from = descriptionWhere({ found: 'swagger-ui', url: `${sim.origin()}${loaded}` });
      await dialog.getByText(t('ui.request.source.specFrom', { where: from }), { exact: true }).waitFor();
      expect(await previewedBody(dialog)).toEqual(RESET_BODY[variant](bob.id));
      await admin.click(dialog.getByRole('button', { name: t('ui.reset.confirm') }));
      await panel.getByText(t('ui.reset.success', sentenceVars(bob, SEED.orgs.acmeCorp.name, 'production'))).waitFor();

      expect(recordedPuts(sim)).toEqual([
        expect.objectContaining({ path: ACTIONS.resetUserMfa.path, body: RESET_BODY[variant](bob.id) }),
      ]);
      expect(sim.state.production.enrolment(bob.id)).toBeUndefined();
      expect(sim.state.production.enrolment(adminUser.id)?.secret).toBe(adminSecret);
      await tab.close();
    } finally {
      await sim.close();
    }
  });

  it('keeps and logs no session token, sends none to another host, and every request went to its tab’s own origin', async () => {
    await expectNoSecretLeaks(browser, sims);
  });
});
