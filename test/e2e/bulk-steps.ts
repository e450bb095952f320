/**
 * What an admin does in the helper's Bulk tab, written once for the e2e specs and the bench:
 * check a list (the dry run), start and confirm the run, read what the tab shows, and save its
 * exports. Locator names come from the messages module, so the steps read like the UI.
 */
import type { Locator, Page } from 'playwright-core';
import type { StartedPhase } from '../../lib/bulk/bulk-schema';
import { t } from '../../lib/i18n';
import { SEED, type Simulator } from '../simulator';
import { AdminSteps, selectTab } from './action-steps';

/** The Bulk tab's operations, as its radio buttons and buttons name them. */
export type BulkChoice = 'reset' | 'optOut' | 'optIn';

/** A started run's phases, each with its own progress heading. */

/** Ids of the first `rows` generated users of Acme Corp (more than 200 need the simulator's `extraUsers`). */
export function bulkUserIds(sim: Simulator, rows: number): number[] {
  const ids = sim.state.production.memberships
    .filter((m) => m.orgId === SEED.orgs.acmeCorp.id && m.userId >= SEED.generatedUsers.firstId)
    .map((m) => m.userId)
    .slice(0, rows);
  if (ids.length < rows) throw new Error(`The simulator has ${ids.length} generated Acme Corp users, not ${rows}.`);
  return ids;
}

/**
 * A button named by `sentence` with `{users}` = the row count, however the page formats the
 * number ("1,000 users" in en-US, "1000 users" or "1 000 users" elsewhere).
 */
export function namedForUsers(sentence: (users: string) => string, count: number): RegExp {
  const marker = '\u0000';
  const [before, after] = sentence(t('bulkUi.users.other', { count: marker })).split(marker);
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const digits = [...String(count)].join('[\\s,.\u00a0\u202f]?');
  return new RegExp(`^${escape(before)}${digits}${escape(after)}$`);
}

/** Opens the Bulk tab, picks `choice`, pastes `text` and checks the list; returns the dry-run summary. */
export async function checkBulkList(popup: Page, choice: BulkChoice, text: string, timeoutMs?: number): Promise<Locator> {
  await selectTab(new AdminSteps(), popup, t('bulkUi.tab'));
  const form = popup.getByRole('form', { name: t('bulkUi.form.label') });
  await form.getByRole('radio', { name: t(`bulkUi.operation.${choice}`) }).check();
  await form.getByRole('textbox', { name: t('bulkUi.form.list') }).fill(text);
  await form.getByRole('button', { name: t('bulkUi.form.submit') }).click();
  const summary = popup.getByRole('region', { name: t('bulkUi.summary.title') });
  await summary.waitFor({ timeout: timeoutMs });
  return summary;
}

/** Presses "<operation> for N users…" under the dry run; returns the confirmation it opens. */
export async function reviewBulkStart(popup: Page, choice: BulkChoice, users: number): Promise<Locator> {
  const operation = t(`bulkUi.operation.${choice}`);
  const start = namedForUsers((count) => t('bulkUi.summary.start', { operation, users: count }), users);
  await popup.getByRole('button', { name: start }).click();
  const dialog = popup.getByRole('dialog', { name: t('bulkUi.confirm.title') });
  await dialog.waitFor();
  return dialog;
}

/** Presses the confirmation's start button ("Opt in 210 users"…). */
export async function confirmBulkStart(dialog: Locator, choice: BulkChoice, users: number): Promise<void> {
  await dialog.getByRole('button', { name: namedForUsers((count) => t(`bulkUi.confirm.go.${choice}`, { users: count }), users) }).click();
}

/** The started run's progress, as the Bulk tab shows it in `phase`. */
export function bulkProgressIn(popup: Page, phase: StartedPhase): Locator {
  return popup.getByRole('region', { name: t(`bulkUi.progress.title.${phase}`) });
}

/** The term → definition pairs of the first description list in `section` (the dry-run counts, the progress figures). */
export async function factsIn(section: Locator): Promise<Record<string, string>> {
  // Arrow functions only: the callback runs in the page, where a bundler's name helper does not exist.
  return section
    .locator('dl')
    .first()
    .evaluate((list) =>
      Object.fromEntries(
        Array.from(list.querySelectorAll('dt')).map((term) => [term.textContent ?? '', term.nextElementSibling?.textContent ?? '']),
      ),
    );
}

/**
 * Clicks `button` in `page` and returns the file it downloads. The bytes are read from the Blob
 * URL the page handed the browser: Playwright's copy of the file is unreliable here, as the
 * popup relay's second DevTools connection redirects browser-wide downloads to its own folder.
 */
export async function downloadedFile(page: Page, button: Locator): Promise<{ fileName: string; text: string }> {
  const downloading = page.waitForEvent('download');
  await button.click();
  const download = await downloading;
  const text = await page.evaluate(async (url) => (await fetch(url)).text(), download.url());
  return { fileName: download.suggestedFilename(), text };
}
