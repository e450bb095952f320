/**
 * Accessibility and dark mode, checked by tools on the shipped build: axe-core (test/e2e/axe.ts)
 * on the toolbar popup, the in-page panel (open, a reset confirmation, a success, a failure) and
 * the options page, in the light and the dark colour scheme (prefers-color-scheme, emulated per
 * page), with no serious or critical violation allowed. In each scheme the spec also reads what
 * the browser painted (the backgrounds and text of the three surfaces are the palette's own, from
 * components/theme.css) and keeps a screenshot of each surface in test-results/accessibility/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hexToRgb, readThemePalettes, type Scheme } from '../../components/theme-palette';
import { t } from '../../lib/i18n';
import { ACTIONS } from '../../lib/resolver/knowledge';
import { SEED, type Simulator } from '../simulator';
import { AdminSteps, closeWorld, openHistory, openPanel, reviewReset, sentenceVars, signedInTab, startWorld } from './action-steps';
import { runAxe, type AxeReport } from './axe';
import type { ExtensionBrowser } from './harness';

const SHOTS = join('test-results', 'accessibility');
const SCHEMES: Scheme[] = ['light', 'dark'];
/** The panel's shadow host (ui.tsx, mount-guarded-ui.tsx): axe checks the panel, not Resolver's page around it. */
const PANEL_HOST = 'resolver-mfa-helper';
const { admin, alice, bob } = SEED.users;
const acmeCorp = SEED.orgs.acmeCorp.name;
const palettes = readThemePalettes();

let browser: ExtensionBrowser;
let sim: Simulator;
let tab: Page;

beforeAll(async () => {
  ({ sim, browser } = await startWorld());
  tab = await signedInTab(browser, sim);
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(() => closeWorld({ sim, browser }));

/** No serious or critical violation, and colour contrast was really measured on some text. */
function expectAccessible(report: AxeReport, where: string): void {
  expect(report.blocking, where).toEqual([]);
  expect(report.passed['color-contrast'] ?? 0, `${where}: elements whose contrast axe measured`).toBeGreaterThan(0);
}

/** The background and text colour the browser computed for `element`. */
function paintedColours(element: Locator): Promise<{ background: string; text: string }> {
  return element.evaluate((node) => {
    const style = getComputedStyle(node);
    return { background: style.backgroundColor, text: style.color };
  });
}

/** What the palette of `scheme` says a surface's background and text are. */
function paletteColours(scheme: Scheme) {
  const colour = (name: string) => hexToRgb(palettes[scheme][name] ?? `missing ${name}`);
  return { background: colour('--mfa-bg'), text: colour('--mfa-fg') };
}

describe.each(SCHEMES)('in the %s colour scheme', (scheme) => {
  it('the popup has no serious or critical accessibility violation and paints the scheme’s palette', async () => {
    const popup = await browser.openPopup(tab);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.getByText(`${admin.first} ${admin.last}`).waitFor();
    await popup.getByRole('tab', { name: t('ui.tabs.reset') }).waitFor();

    expectAccessible(await runAxe(popup), 'popup');
    expect(await paintedColours(popup.locator('body'))).toMatchObject({ background: paletteColours(scheme).background });
    expect(await paintedColours(popup.locator('.mfa-helper'))).toEqual(paletteColours(scheme));
    await popup.screenshot({ path: join(SHOTS, `popup-${scheme}.png`) });
    await popup.close();
  });

  it('the panel has none either: open, at a reset confirmation, after a success and after Resolver’s error', async () => {
    await tab.emulateMedia({ colorScheme: scheme });
    const panel = await openPanel(tab, sim.origin());
    await panel.getByRole('tab', { name: t('ui.tabs.reset') }).waitFor();
    expectAccessible(await runAxe(tab, PANEL_HOST), 'panel, open');
    // The panel's frame and the helper in it: the page's own colours stay the page's.
    expect(await paintedColours(panel.locator('.rmh-panel__body'))).toMatchObject({ background: paletteColours(scheme).background });
    expect(await paintedColours(panel.locator('.mfa-helper'))).toEqual(paletteColours(scheme));

    const admin = new AdminSteps();
    const confirmation = await reviewReset(admin, panel, alice.email);
    expectAccessible(await runAxe(tab, PANEL_HOST), 'panel, reset confirmation');
    await tab.screenshot({ path: join(SHOTS, `panel-confirmation-${scheme}.png`) });

    await admin.click(confirmation.getByRole('button', { name: t('ui.reset.confirm') }));
    await panel.getByText(t('ui.reset.success', sentenceVars(alice, acmeCorp, 'production'))).waitFor();
    expectAccessible(await runAxe(tab, PANEL_HOST), 'panel, success');

    sim.faults.failNext(1, { status: 500, message: 'internal.error' }, (path, method) => method === 'PUT' && path === ACTIONS.resetUserMfa.path);
    const second = await reviewReset(admin, panel, bob.email);
    await admin.click(second.getByRole('button', { name: t('ui.reset.confirm') }));
    await panel.getByText(t('failure.server'), { exact: true }).waitFor();
    expectAccessible(await runAxe(tab, PANEL_HOST), 'panel, failure');
    await tab.screenshot({ path: join(SHOTS, `panel-failure-${scheme}.png`) });
  });

  it('the options page (history, reports, settings, storage) has none either and paints the scheme’s palette', async () => {
    const options = await openHistory(browser);
    await options.emulateMedia({ colorScheme: scheme });
    // The resets above are listed: the table is checked with rows in it.
    await options.getByRole('table', { name: t('audit.table.caption') }).getByRole('row').filter({ hasText: alice.email }).first().waitFor();

    expectAccessible(await runAxe(options), 'options page');
    expect(await paintedColours(options.locator('body'))).toMatchObject({ background: paletteColours(scheme).background });
    expect(await paintedColours(options.getByRole('main'))).toEqual(paletteColours(scheme));
    await options.screenshot({ path: join(SHOTS, `options-${scheme}.png`), fullPage: true });
    await options.close();
  });
});
