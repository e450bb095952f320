/**
 * The lost-phone flow from the toolbar popup, end to end: the admin finds alice by email, sees
 * her card, ticks the caller checklist, gives a ticket reference and resets; the message for alice
 * is ready to copy, and the history on the options page shows the reason. Resetting the admin's
 * own account needs an extra acknowledgement.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { SEED, type Simulator } from '../simulator';
import {
  ADMIN,
  AdminSteps,
  closeWorld,
  recordedPuts,
  reviewReset,
  saveCallerChecklist,
  sentenceVars,
  signedInTab,
  startWorld,
} from './action-steps';
import type { ExtensionBrowser } from './harness';
import { expectNoSecretLeaks } from './secret-audit';

const { alice } = SEED.users;
const acmeCorp = SEED.orgs.acmeCorp.name;
const TICKET = 'INC-4711 lost phone, called back on the HR number';
const CHECKLIST = ['Called back on the number in HR records', 'Manager approved by email'];

let browser: ExtensionBrowser;
let sim: Simulator;

beforeAll(async () => {
  ({ sim, browser } = await startWorld());
  // The support desk's own checks, written on the options page as an admin would.
  await saveCallerChecklist(browser, CHECKLIST);
});

afterAll(() => closeWorld({ sim, browser }));

describe('the lost-phone flow', () => {
  it('resets alice after the caller checks, with a ticket reference the history keeps, and hands over the message', async () => {
    const tab = await signedInTab(browser, sim);
    sim.requests.length = 0;
    const popup = await browser.openPopup(tab);
    const admin = new AdminSteps();

    const dialog = await reviewReset(admin, popup, alice.email);
    const card = dialog.getByRole('region', { name: t('card.label', { name: `${alice.first} ${alice.last}` }) });
    expect(await card.innerText()).toContain(alice.email);
    expect(await card.innerText()).toContain(t('card.enrolment.unknown'));
    expect(admin.verifications).toBe(CHECKLIST.length);
    await dialog.getByRole('textbox', { name: t('reason.label') }).fill(TICKET);
    await admin.click(dialog.getByRole('button', { name: t('ui.reset.confirm') }));
    await popup.getByText(t('ui.reset.success', sentenceVars(alice, acmeCorp, 'production'))).waitFor();
    expect(recordedPuts(sim)).toHaveLength(1);

    const message = popup.getByRole('textbox', { name: t('nextSteps.title') });
    const text = await message.inputValue();
    expect(text).toBe(t('nextSteps.message', { name: `${alice.first} ${alice.last}`, origin: sim.origin() }));
    await popup.getByRole('button', { name: t('nextSteps.copy') }).click();
    await popup.getByText(t('nextSteps.copied'), { exact: true }).waitFor();
    // The copy itself is checked by the text shown and "Copied.": reading the clipboard back from
    // the popup needs clipboard-read, which Chromium will not grant to an extension origin here.
    await popup.close();

    const history = await browser.context.newPage();
    await history.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const row = history.getByRole('table', { name: t('audit.table.caption') }).getByRole('row').filter({ hasText: alice.email });
    await expect.poll(() => row.innerText()).toContain(TICKET);
    await history.close();
    await tab.close();
  });

  it('asks the admin to acknowledge that they are resetting their own account before Confirm enables', async () => {
    const tab = await signedInTab(browser, sim);
    const popup = await browser.openPopup(tab);
    const dialog = await reviewReset(new AdminSteps(), popup, ADMIN.email);
    const confirm = dialog.getByRole('button', { name: t('ui.reset.confirm') });
    await dialog.getByText(t('selfLockout.warning')).waitFor();
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByRole('checkbox', { name: t('selfLockout.ack') }).check();
    expect(await confirm.isEnabled()).toBe(true);
    await dialog.getByRole('button', { name: t('ui.confirm.cancel') }).click();
    await popup.close();
    await tab.close();
  });

  it('keeps and logs no session token, sends none to another host, and every request went to its tab’s own origin', async () => {
    await expectNoSecretLeaks(browser, [sim]);
  });
});
