/**
 * One writer for every store, proven in Chromium with the production build: the background
 * applies every context's writes in one queue. Each scenario ends with nothing lost, nothing
 * twice, and every bulk row in a final state: under concurrent tabs and the popup, with the
 * service worker stopped again and again mid-run, during an upgrade from version 1 data, with
 * storage full, and with leftovers of interrupted writes in storage.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntrySchema, type AuditEntry } from '../../lib/audit/audit-schema';
import { auditEntryFor } from '../../lib/audit/test-entries';
import { BulkRunHeaderSchema, StoredRowChunkSchema, rowChunkKey } from '../../lib/bulk/run-chunks';
import { t } from '../../lib/i18n';
import type { Simulator } from '../simulator';
import { closeWorld, signedInTab, startWorld, type SpecWorld } from './action-steps';
import {
  extensionPage,
  extensionStorage,
  helperReady,
  sendToBackground,
  sendToTab,
  stopServiceWorker,
  tabIdOf,
  writeExtensionStorage,
  type MessageAnswer,
} from './extension-pages';
import type { ExtensionBrowser } from './harness';

const PER_WRITER = 300;
/** Acme Corp's generated users (user001…user200). */
const FIRST_USER = 101;
const USERS = 200;

let world: SpecWorld;
let browser: ExtensionBrowser;
let sim: Simulator;
/** An extension page to read storage and send intents from (an extension page may send any intent). */
let probe: Page;

beforeAll(async () => {
  world = await startWorld();
  ({ browser, sim } = world);
  probe = await extensionPage(browser);
});

afterAll(async () => {
  await closeWorld(world ?? {});
});

/** The audit history as stored: the index's pages, oldest first, each entry parsed. */
function historyIn(stored: Record<string, unknown>): AuditEntry[] {
  const index = stored.auditHistory as { pages: { id: string }[] } | undefined;
  return (index?.pages ?? []).flatMap(({ id }) => (stored[`auditHistoryPage:${id}`] as unknown[]).map((entry) => AuditEntrySchema.parse(entry)));
}

async function storedHistory(): Promise<AuditEntry[]> {
  return historyIn(await extensionStorage(probe));
}

async function clearStorage(): Promise<void> {
  await probe.evaluate(() => chrome.storage.local.clear());
}

declare const chrome: { storage: { local: { clear(): Promise<void>; getBytesInUse(keys: null): Promise<number> } } };

/** Chrome's storage.local quota for an extension without `unlimitedStorage`. */
const QUOTA_BYTES = 10 * 1024 * 1024;

function hexId(prefix: number, n: number): string {
  return `${prefix.toString(16).padStart(8, '0')}${n.toString(16).padStart(24, '0')}`;
}

/** An audit append intent of one entry, as an extension page's outbox sends it. */
function appendIntent(intentPrefix: number, n: number, entry: Partial<AuditEntry>) {
  return {
    type: 'storeIntent',
    data: { intentId: hexId(intentPrefix, n), operation: { op: 'audit.append', entries: [auditEntryFor({ ...entry, id: hexId(intentPrefix + 1, n) })] } },
  };
}

/** `count` opt-out actions on Acme users, each named by its reason. */
function optOutActions(label: string, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    type: 'runAction',
    data: { action: 'setMfaOptOut', input: { userId: FIRST_USER + (i % USERS), optOut: i % 2 === 0 }, reason: `${label} #${i}` },
  }));
}

function okAnswers(answers: MessageAnswer[]): number {
  return answers.filter((answer) => (answer.res as { ok?: boolean } | undefined)?.ok === true).length;
}

/** Resolver tabs signed in as the admin, with the helper answering in each; their tab ids. */
async function resolverTabs(count: number, driver: Page): Promise<{ tabs: Page[]; ids: number[] }> {
  const tabs = await Promise.all(Array.from({ length: count }, () => signedInTab(browser, sim)));
  const ids = await Promise.all(tabs.map((tab) => tabIdOf(driver, tab.url())));
  await Promise.all(ids.map((id) => helperReady(driver, id)));
  return { tabs, ids };
}

describe('one writer for every store', () => {
  it('3 Resolver tabs and the popup each record 300 actions at once: exactly 1,200 entries, none lost, none twice', async () => {
    await clearStorage();
    const { tabs, ids: allIds } = await resolverTabs(3, probe);
    // The popup drives the tabs (only the extension's own pages may) and writes its own share.
    const popup = await browser.openPopup(tabs[0]);
    const popupWrites = Array.from({ length: PER_WRITER }, (_, i) => appendIntent(0x70, i, { reason: `popup #${i}`, origin: sim.origin() }));

    const answers = await Promise.all([
      ...allIds.map((tabId, k) => sendToTab(popup, tabId, optOutActions(`tab ${k}`, PER_WRITER))),
      sendToBackground(popup, popupWrites),
    ]);

    for (const tab of answers.slice(0, 3)) expect(okAnswers(tab)).toBe(PER_WRITER);
    expect(answers[3].map((answer) => answer.res)).toEqual(popupWrites.map(() => ({ ok: true, value: null })));
    expect(sim.requests.filter((request) => request.method === 'PUT')).toHaveLength(3 * PER_WRITER);
    // The tabs' outcomes reach the history through their outboxes, a moment after they answered.
    await expect.poll(async () => (await storedHistory()).length, { timeout: 30_000 }).toBe(4 * PER_WRITER);
    const entries = await storedHistory();
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(4 * PER_WRITER);
    const expected = ['tab 0', 'tab 1', 'tab 2', 'popup'].flatMap((label) => Array.from({ length: PER_WRITER }, (_, i) => `${label} #${i}`));
    expect(entries.map((entry) => entry.reason).sort()).toEqual(expected.sort());
    await popup.close();
  }, 120_000);

  it('the service worker stopped again and again during a bulk run and single actions: every row final, every outcome recorded once', async () => {
    await clearStorage();
    sim.faults.latency(40);
    try {
      const [tab] = (await resolverTabs(1, probe)).tabs;
      const popup = await browser.openPopup(tab);
      const tabId = await tabIdOf(popup, tab.url());
      const emails = Array.from({ length: 120 }, (_, i) => `user${String(i + 1).padStart(3, '0')}@acme.example`);
      const [resolved] = await sendToTab(popup, tabId, [
        { type: 'bulkResolve', data: { text: emails.join('\n'), operation: { action: 'setMfaOptOut', optOut: true } } },
      ]);
      const run = (resolved.res as { ok: true; value: { id: string } }).value;
      const [started] = await sendToTab(popup, tabId, [{ type: 'bulkCommand', data: { runId: run.id, command: 'start' } }]);
      expect(started.res).toMatchObject({ ok: true });
      const singles = sendToTab(popup, tabId, optOutActions('single', 60));

      // Stopped every 400 ms while the run, the single actions and their writes go on.
      let stops = 0;
      const finished = async () => {
        const stored = await extensionStorage(probe);
        const header = BulkRunHeaderSchema.safeParse((stored.bulkRuns as Record<string, unknown> | undefined)?.[sim.origin()]);
        return header.success && header.data.phase === 'finished';
      };
      while (!(await finished())) {
        await stopServiceWorker(browser, probe);
        stops += 1;
        await probe.waitForTimeout(400);
      }
      expect(stops).toBeGreaterThan(2);
      expect(okAnswers(await singles)).toBe(60);

      const origin = sim.origin();
      const stored = await extensionStorage(probe);
      const header = BulkRunHeaderSchema.parse((stored.bulkRuns as Record<string, unknown>)[origin]);
      const rows = header.rowChunks.flatMap((_, index) => StoredRowChunkSchema.parse(stored[rowChunkKey(origin, header.id, index).slice('local:'.length)]).rows);
      expect(rows).toHaveLength(120);
      expect(rows.every((row) => row.state === 'done' || row.state === 'failed' || row.state === 'skipped')).toBe(true);
      await expect.poll(async () => (await storedHistory()).length, { timeout: 30_000 }).toBe(120 + 60);
      const entries = await storedHistory();
      const lines = entries.filter((entry) => entry.run?.id === header.id).map((entry) => entry.run?.line);
      expect(lines.sort((a = 0, b = 0) => a - b)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
      expect(entries.filter((entry) => entry.reason?.startsWith('single #'))).toHaveLength(60);
      await popup.close();
    } finally {
      sim.faults.latency(0);
    }
  }, 180_000);

  it('an upgrade from version 1 data while tabs append: every v1 entry and run is kept, and every append too', async () => {
    await clearStorage();
    const { ids } = await resolverTabs(1, probe);
    const popup = await browser.openPopup((await browser.context.pages()).find((page) => page.url().includes('resolver.com'))!);
    const v1 = JSON.parse(readFileSync(new URL('./fixtures/store-v1.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    // As an older version left it, with the service worker stopped: the next message starts it,
    // and it migrates while the tab's appends arrive.
    await writeExtensionStorage(probe, v1);
    await stopServiceWorker(browser, probe);
    const answers = await Promise.all([
      sendToTab(popup, ids[0], optOutActions('after upgrade', 40)),
      sendToBackground(probe, Array.from({ length: 40 }, (_, i) => appendIntent(0x90, i, { reason: `page after upgrade #${i}` }))),
    ]);
    expect(okAnswers(answers[0])).toBe(40);
    await expect.poll(async () => (await storedHistory()).length, { timeout: 30_000 }).toBe(320 + 80);
    const entries = await storedHistory();
    // Oldest first: the v1 entries, in their order, then the appends.
    expect(entries.slice(0, 320).map((entry) => entry.id)).toEqual((v1.auditHistory as { id: string }[]).map((entry) => entry.id));
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(400);
    const stored = await extensionStorage(probe);
    expect(stored['auditHistory$']).toEqual({ v: 2 });
    expect(stored['bulkRuns$']).toEqual({ v: 2 });
    const header = BulkRunHeaderSchema.parse((stored.bulkRuns as Record<string, unknown>)['http://acme.resolver.com']);
    expect(header.id).toBe('v1-run');
    expect(header.rowChunks).toHaveLength(2);
    await popup.close();
  }, 120_000);

  it('a full storage: the oldest history page is dropped by the rule, the new entry is kept, and the options page says so and offers the export', async () => {
    await clearStorage();
    // A history of 600 entries (3 pages), then storage filled to the last few hundred bytes with
    // data the helper cannot drop (another program's, say).
    await sendToBackground(probe, [
      {
        type: 'storeIntent',
        data: {
          intentId: hexId(0xa0, 0),
          operation: { op: 'audit.append', entries: Array.from({ length: 600 }, (_, i) => auditEntryFor({ id: `old-${i}`, reason: 'x'.repeat(300) })) },
        },
      },
    ]);
    const used = await probe.evaluate(() => chrome.storage.local.getBytesInUse(null));
    await writeExtensionStorage(probe, { filler: 'x'.repeat(QUOTA_BYTES - used - 400) });
    const before = await storedHistory();
    expect(before).toHaveLength(600);
    const [answer] = await sendToBackground(probe, [appendIntent(0xb0, 0, { reason: 'the newest' })]);
    expect(answer.res).toEqual({ ok: true, value: null });
    const after = await storedHistory();
    // The oldest page (250 entries) made room; the rest is as it was, and the newest is last.
    expect(after.map((entry) => entry.id)).toEqual([...before.slice(250).map((entry) => entry.id), after.at(-1)?.id]);
    expect(after.at(-1)?.reason).toBe('the newest');
    const drops = (await extensionStorage(probe)).storageDrops as { store: string; count: number; from: string; to: string }[];
    expect(drops).toEqual([expect.objectContaining({ store: 'audit', count: 250, from: before[0].time, to: before[249].time })]);

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const storage = options.getByRole('region', { name: t('storage.title') });
    const nearlyFull = t('storage.nearlyFull', { percent: '%' }).split('%')[0];
    await expect.poll(() => storage.getByRole('alert').textContent()).toContain(nearlyFull);
    // The export is offered right there, first.
    const download = options.waitForEvent('download');
    await storage.getByRole('button', { name: t('audit.export.csv') }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    expect(await storage.getByRole('listitem').count()).toBe(1);
    await options.close();
    await clearStorage();
  }, 120_000);

  it('collects history pages and row chunks no index or header names when the service worker starts', async () => {
    await clearStorage();
    await sendToBackground(probe, [appendIntent(0xc0, 0, { reason: 'kept' })]);
    const kept = Object.keys(await extensionStorage(probe));
    await writeExtensionStorage(probe, {
      'auditHistoryPage:p999': [auditEntryFor({ id: 'orphan' })],
      [rowChunkKey('http://acme.resolver.com', 'gone-run', 0).slice('local:'.length)]: { revision: 1, rows: [] },
      unrelated: 'not ours to collect',
    });
    await stopServiceWorker(browser, probe);
    // Any message starts it again.
    await sendToBackground(probe, [{ type: 'ownTabId', data: undefined }]);
    await expect.poll(async () => Object.keys(await extensionStorage(probe)).sort()).toEqual([...kept, 'unrelated'].sort());
    expect((await storedHistory()).map((entry) => entry.reason)).toEqual(['kept']);
  }, 60_000);

  it('a Resolver tab cannot write another environment’s records or clear the history', async () => {
    await clearStorage();
    const [tab] = (await resolverTabs(1, probe)).tabs;
    const worlds = await browser.scriptWorldsIn(tab);
    expect(worlds.length).toBeGreaterThan(0);
    const answers = await browser.evaluateInScriptWorld(tab, (intents: unknown[]) =>
      Promise.all(
        intents.map(
          (data, id) =>
            new Promise((resolve) =>
              (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown, cb: (a: unknown) => void): void } } }).chrome.runtime.sendMessage(
                { id, type: 'storeIntent', data, timestamp: Date.now() },
                resolve,
              ),
            ),
        ),
      ),
      [
        appendIntent(0xd0, 0, { origin: 'https://other.resolver.com' }).data,
        { intentId: hexId(0xd0, 1), operation: { op: 'audit.clear' } },
        appendIntent(0xd0, 2, { origin: sim.origin(), reason: 'its own' }).data,
      ],
    );
    expect(answers).toEqual([
      { res: { ok: false, refused: 'not-allowed' } },
      { res: { ok: false, refused: 'not-allowed' } },
      { res: { ok: true, value: null } },
    ]);
    expect((await storedHistory()).map((entry) => entry.reason)).toEqual(['its own']);
  }, 60_000);
});
