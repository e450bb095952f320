import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AUDIT_HISTORY_KEY } from '../audit/audit-migrations';
import { AUDIT_PAGE_ENTRIES } from '../audit/audit-pages';
import type { AuditEntry } from '../audit/audit-schema';
import { auditEntryFor } from '../audit/test-entries';
import { storedPageKeys } from '../audit/test-stored-history';
import { BULK_RUNS_KEY } from '../bulk/bulk-store';
import { BULK_CHUNK_PREFIX, rowChunkKey } from '../bulk/run-chunks';
import { bulkRunFor, readyRow } from '../bulk/test-runs';
import { CAROL, scanFor } from '../exemption-report/test-scans';
import { reminderFor } from '../opt-out-reminders/test-reminders';
import { rememberedOperation } from '../page/description/test-remembered';
import { STORAGE_DROPS_KEY, type StorageDrop } from './storage-drops';
import type { IntentSender, StoreAnswer, StoreOperation, StoreOperationName } from './store-intents';
import type { OwnedStores, StoreOwner } from './store-owner';
import { contentScript, EXTENSION_PAGE, fakeQuota, intentOf, operationsFor, startOwner, storedDrops, storedLocal } from './test-owner';

const ORIGIN = 'https://acme.resolver.com';
const OTHER = 'https://other.resolver.com';
const APPLIED: StoreAnswer = { ok: true, value: null };

/** `local:x` → `x`, the key in browser.storage.local. */
const localKey = (key: string) => key.slice('local:'.length);

/** `count` entries of `origin`, `<prefix>-0`... a second apart. */
function entries(count: number, prefix = 'entry', origin = ORIGIN): AuditEntry[] {
  return Array.from({ length: count }, (_, i) => auditEntryFor({ id: `${prefix}-${i}`, origin, time: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() }));
}

const idsOf = (list: readonly { id: string }[]) => list.map((entry) => entry.id);

/** The history's entry ids, oldest first. */
async function historyIds(stores: OwnedStores): Promise<string[]> {
  return idsOf(await stores.audit.list()).reverse();
}

/** Applies `operation` as an extension page and expects it applied. */
async function applied(owner: StoreOwner, operation: StoreOperation, value: boolean | null = null): Promise<void> {
  await expect(owner.apply(intentOf(operation), EXTENSION_PAGE)).resolves.toEqual({ ok: true, value });
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the stores’ owner applies every operation to its store', () => {
  const operations = operationsFor(ORIGIN);
  /** What each operation leaves, read by a fresh set of stores over the same storage. */
  const cases: { [K in StoreOperationName]: (owner: StoreOwner, read: OwnedStores) => Promise<void> } = {
    'audit.append': async (owner, read) => {
      await applied(owner, { op: 'audit.append', entries: entries(3) });
      await expect(read.audit.list()).resolves.toEqual(entries(3).reverse());
    },
    'audit.clear': async (owner, read) => {
      await applied(owner, { op: 'audit.append', entries: entries(3) });
      await applied(owner, operations['audit.clear']);
      await expect(read.audit.list()).resolves.toEqual([]);
      await expect(storedPageKeys()).resolves.toEqual([]);
    },
    'bulk.save': async (owner, read) => {
      await applied(owner, operations['bulk.save'], true);
      await expect(read.bulk.get(ORIGIN)).resolves.toEqual(operations['bulk.save'].run);
      // The lease is kept: a save for another executor than the stored run's answers false and stores nothing.
      const held = bulkRunFor({ lease: { owner: 'tab-a', heartbeatAt: '2025-03-04T10:00:00.000Z' }, phase: 'running' });
      await applied(owner, { op: 'bulk.save', run: held, owner: 'tab-a' }, true);
      await applied(owner, { op: 'bulk.save', run: { ...held, phase: 'paused' }, owner: 'tab-b' }, false);
      await expect(read.bulk.get(ORIGIN)).resolves.toEqual(held);
    },
    'bulk.remove': async (owner, read) => {
      await applied(owner, operations['bulk.save'], true);
      await applied(owner, { op: 'bulk.save', run: bulkRunFor({ origin: OTHER }) }, true);
      await applied(owner, operations['bulk.remove']);
      await expect(read.bulk.get(ORIGIN)).resolves.toBeNull();
      await expect(read.bulk.get(OTHER)).resolves.not.toBeNull();
    },
    'reminders.apply': async (owner, read) => {
      await applied(owner, operations['reminders.apply']);
      await expect(read.reminders.list()).resolves.toEqual([reminderFor({ origin: ORIGIN })]);
      await applied(owner, { op: 'reminders.apply', changes: [{ remove: { origin: ORIGIN, orgId: 11, userId: 3 } }] });
      await expect(read.reminders.list()).resolves.toEqual([]);
    },
    'reminders.dismiss': async (owner, read) => {
      const other = reminderFor({ user: { id: 4 } });
      await applied(owner, { op: 'reminders.apply', changes: [{ upsert: reminderFor() }, { upsert: other }] });
      await applied(owner, operations['reminders.dismiss']);
      await expect(read.reminders.list()).resolves.toEqual([other]);
    },
    'clockOffsets.learn': async (owner, read) => {
      await applied(owner, operations['clockOffsets.learn']);
      await expect(read.offsets.load()).resolves.toEqual({ [ORIGIN]: 42_000 });
    },
    'settings.save': async (owner, read) => {
      await applied(owner, { op: 'settings.save', changes: { callerChecklist: ['Caller named their manager'] } });
      await applied(owner, operations['settings.save']);
      await expect(read.settings.load()).resolves.toMatchObject({ callerChecklist: ['Caller named their manager'], lastTab: 'bulk' });
    },
    'reports.save': async (owner, read) => {
      await applied(owner, operations['reports.save'], true);
      await expect(read.reports.get(ORIGIN)).resolves.toEqual(operations['reports.save'].scan);
      const held = scanFor({ phase: 'scanning', lease: { owner: 'tab-a', heartbeatAt: '2026-03-04T10:00:00.000Z' } });
      await applied(owner, { op: 'reports.save', scan: held, owner: 'tab-a' }, true);
      await applied(owner, { op: 'reports.save', scan: { ...held, phase: 'paused' }, owner: 'tab-b' }, false);
      await expect(read.reports.get(ORIGIN)).resolves.toEqual(held);
    },
    'reports.remove': async (owner, read) => {
      await applied(owner, operations['reports.save'], true);
      await applied(owner, operations['reports.remove']);
      await expect(read.reports.list()).resolves.toEqual([]);
    },
    'descriptions.remember': async (owner, read) => {
      await applied(owner, operations['descriptions.remember']);
      await expect(read.descriptions.get(ORIGIN)).resolves.toEqual({ resetUserMfa: rememberedOperation() });
    },
    'descriptions.forget': async (owner, read) => {
      await applied(owner, operations['descriptions.remember']);
      await applied(owner, operations['descriptions.forget']);
      await expect(read.descriptions.list()).resolves.toEqual({});
    },
  };

  it.each(Object.entries(cases))('%s', async (_op, check) => {
    const { owner } = startOwner();
    await check(owner, startOwner().stores);
  });
});

describe('intents the owner refuses', () => {
  /** Seeds a history and a run, then expects `intent` from `sender` refused as `refused`, with no storage write. */
  async function refusedWithoutWriting(intent: unknown, sender: IntentSender, refused: string) {
    const { owner, stores } = startOwner();
    await applied(owner, { op: 'audit.append', entries: entries(2) });
    await applied(owner, { op: 'bulk.save', run: bulkRunFor() }, true);
    const before = await storedLocal();
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    const removals = vi.spyOn(fakeBrowser.storage.local, 'remove');
    await expect(owner.apply(intent, sender)).resolves.toEqual({ ok: false, refused });
    expect(writes).not.toHaveBeenCalled();
    expect(removals).not.toHaveBeenCalled();
    await expect(storedLocal()).resolves.toEqual(before);
    await expect(historyIds(stores)).resolves.toEqual(['entry-0', 'entry-1']);
  }

  it.each([
    ['no intent at all', null],
    ['a bad intent id', { intentId: 'not-hex', operation: { op: 'audit.clear' } }],
    ['an unknown operation', intentOf({ op: 'audit.drop' } as unknown as StoreOperation)],
    ['an entry that breaks the schema', intentOf({ op: 'audit.append', entries: [{ ...auditEntryFor(), origin: 7 }] } as unknown as StoreOperation)],
    ['a run that breaks the schema', intentOf({ op: 'bulk.save', run: { ...bulkRunFor(), concurrency: 99 } })],
  ])('refuses %s as invalid', async (_what, intent) => {
    await refusedWithoutWriting(intent, EXTENSION_PAGE, 'invalid');
  });

  it.each([
    ['a clear of the history', intentOf({ op: 'audit.clear' })],
    ['entries of another origin', intentOf({ op: 'audit.append', entries: entries(1, 'theirs', OTHER) })],
    ['a run of another origin', intentOf({ op: 'bulk.save', run: bulkRunFor({ origin: OTHER }) })],
    ['the removal of another origin’s run', intentOf({ op: 'bulk.remove', origin: OTHER })],
  ])('refuses %s from a content script as not allowed', async (_what, intent) => {
    await refusedWithoutWriting(intent, contentScript(ORIGIN), 'not-allowed');
  });
});

describe('an intent tried again', () => {
  it('is applied once however often it arrives, each time answered alike', async () => {
    const { owner, stores } = startOwner();
    const first = intentOf({ op: 'settings.save', changes: { lastTab: 'bulk' } });
    await expect(owner.apply(first, EXTENSION_PAGE)).resolves.toEqual(APPLIED);
    await applied(owner, { op: 'settings.save', changes: { lastTab: 'report' } });
    // A late try of the first must not undo the newer change.
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    await expect(owner.apply(first, EXTENSION_PAGE)).resolves.toEqual(APPLIED);
    expect(writes).not.toHaveBeenCalled();
    await expect(stores.settings.load()).resolves.toMatchObject({ lastTab: 'report' });
  });

  it('keeps its first answer: a save granted before another tab took the run over is not applied again', async () => {
    const { owner, stores } = startOwner();
    const lease = (holder: string) => ({ owner: holder, heartbeatAt: '2025-03-04T10:00:00.000Z' });
    const mine = intentOf({ op: 'bulk.save', run: bulkRunFor({ phase: 'running', lease: lease('tab-a') }), owner: 'tab-a' });
    await expect(owner.apply(mine, contentScript(ORIGIN))).resolves.toEqual({ ok: true, value: true });
    const takenOver = bulkRunFor({ phase: 'running', lease: lease('tab-b') });
    await applied(owner, { op: 'bulk.save', run: takenOver }, true);
    await expect(owner.apply(mine, contentScript(ORIGIN))).resolves.toEqual({ ok: true, value: true });
    await expect(stores.bulk.get(ORIGIN)).resolves.toEqual(takenOver);
  });

  it('arriving twice at once adds its entries once, and both deliveries get the same answer', async () => {
    const { owner, stores } = startOwner();
    const intent = intentOf({ op: 'audit.append', entries: entries(3) });
    const answers = await Promise.all([owner.apply(intent, contentScript(ORIGIN)), owner.apply(intent, contentScript(ORIGIN))]);
    expect(answers).toEqual([APPLIED, APPLIED]);
    await expect(historyIds(stores)).resolves.toEqual(['entry-0', 'entry-1', 'entry-2']);
  });

  it.each([
    ['a few entries on a fresh history', 0, 3],
    ['a few entries after a nearly full page', AUDIT_PAGE_ENTRIES - 1, 3],
    ['5 s of a bulk run’s rows, more than a page', 200, 350],
    ['a tab’s joined appends, several pages', 600, 1_200],
  ])('after the owner restarted, with a new id, adds none of %s again', async (_what, before, count) => {
    const first = startOwner();
    if (before > 0) await applied(first.owner, { op: 'audit.append', entries: entries(before, 'before') });
    const batch = entries(count, 'batch');
    await applied(first.owner, { op: 'audit.append', entries: batch });
    // The service worker stopped before its answer reached the tab: a new owner, with no answers kept, gets the try again.
    const restarted = startOwner();
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    await expect(restarted.owner.apply(intentOf({ op: 'audit.append', entries: batch }), contentScript(ORIGIN))).resolves.toEqual(APPLIED);
    expect(writes).not.toHaveBeenCalled();
    await expect(historyIds(restarted.stores)).resolves.toEqual([...idsOf(entries(before, 'before')), ...idsOf(batch)]);
  });

  it('after the owner restarted, with its id, is answered as before and not applied again, however much other tabs wrote since', async () => {
    const first = startOwner();
    const mine = intentOf({ op: 'audit.append', entries: entries(2, 'mine') });
    await expect(first.owner.apply(mine, contentScript(ORIGIN))).resolves.toEqual(APPLIED);
    // Far more than the entry-id check reads: only the answer kept in storage.session catches the try.
    await applied(first.owner, { op: 'audit.append', entries: entries(3 * AUDIT_PAGE_ENTRIES, 'others') });
    const restarted = startOwner();
    await expect(restarted.owner.apply(mine, contentScript(ORIGIN))).resolves.toEqual(APPLIED);
    const ids = await historyIds(restarted.stores);
    expect(ids.filter((id) => id.startsWith('mine'))).toEqual(idsOf(entries(2, 'mine')));
  });

  it('refused for a full storage, is decided again when tried again', async () => {
    const quota = fakeQuota();
    const { owner, stores } = startOwner();
    await applied(owner, { op: 'audit.append', entries: entries(1, 'first') });
    const intent = intentOf({ op: 'audit.append', entries: entries(1, 'late') });
    await quota.fill();
    await expect(owner.apply(intent, EXTENSION_PAGE)).resolves.toEqual({ ok: false, refused: 'storage-full' });
    quota.limit = Number.POSITIVE_INFINITY;
    await expect(owner.apply(intent, EXTENSION_PAGE)).resolves.toEqual(APPLIED);
    await expect(historyIds(stores)).resolves.toEqual([...idsOf(entries(1, 'first')), ...idsOf(entries(1, 'late'))]);
  });

  it('after the owner restarted, adds only the entries of a new try that are not stored yet', async () => {
    const first = startOwner();
    await applied(first.owner, { op: 'audit.append', entries: entries(2) });
    const { owner, stores } = startOwner();
    await applied(owner, { op: 'audit.append', entries: entries(4) });
    await expect(historyIds(stores)).resolves.toEqual(idsOf(entries(4)));
  });
});

describe('order', () => {
  it('appends that arrive after a clear are kept, even while an earlier batch of appends waits', async () => {
    const { owner, stores } = startOwner();
    // A slow first write keeps the queue busy, so the appends below wait together.
    const busy = owner.apply(intentOf({ op: 'settings.save', changes: { lastTab: 'bulk' } }), EXTENSION_PAGE);
    const before = owner.apply(intentOf({ op: 'audit.append', entries: entries(1, 'before') }), contentScript(ORIGIN));
    const clear = owner.apply(intentOf({ op: 'audit.clear' }), EXTENSION_PAGE);
    const after = owner.apply(intentOf({ op: 'audit.append', entries: entries(1, 'after') }), contentScript(ORIGIN));
    await expect(Promise.all([busy, before, clear, after])).resolves.toEqual([APPLIED, APPLIED, APPLIED, APPLIED]);
    await expect(historyIds(stores)).resolves.toEqual(idsOf(entries(1, 'after')));
  });
});

describe('many senders at once', () => {
  const senders: IntentSender[] = [
    EXTENSION_PAGE,
    ...Array.from({ length: 12 }, (_, i) => contentScript(`https://env${i}.resolver.com`)),
  ];
  const originOf = (sender: IntentSender) => (sender.kind === 'content-script' ? sender.origin : ORIGIN);

  it('lose no entry and duplicate none across 400 appends, some delivered twice, in the order they arrived', async () => {
    const { owner, stores } = startOwner();
    const deliveries = Array.from({ length: 400 }, (_, n) => {
      const sender = senders[n % senders.length];
      const count = 1 + (n % 3);
      return { sender, intent: intentOf({ op: 'audit.append', entries: entries(count, `n${n}`, originOf(sender)) }) };
    });
    // Every seventh is delivered again while the first delivery is still queued (its answer was lost).
    const arriving = deliveries.flatMap((delivery, n) => (n % 7 === 0 ? [delivery, delivery] : [delivery]));
    const answers = await Promise.all(arriving.map(({ intent, sender }) => owner.apply(intent, sender)));
    expect(answers.every((answer) => answer.ok)).toBe(true);
    const expected = deliveries.flatMap(({ intent }) => (intent.operation.op === 'audit.append' ? idsOf(intent.operation.entries) : []));
    const stored = await historyIds(stores);
    expect(stored).toHaveLength(expected.length);
    expect(stored).toEqual(expected);
  });

  it('lose no record when every sender writes its own runs, reminders and offsets at once', async () => {
    const { owner, stores } = startOwner();
    const tabs = senders.filter((sender) => sender.kind === 'content-script');
    const writes = tabs.flatMap((sender, n) => {
      const origin = originOf(sender);
      const operations: StoreOperation[] = [
        { op: 'bulk.save', run: bulkRunFor({ origin, id: `run-${n}` }) },
        { op: 'reminders.apply', changes: [{ upsert: reminderFor({ origin }) }] },
        { op: 'clockOffsets.learn', origin, offsetMs: 60_000 * (n + 1) },
        { op: 'reports.save', scan: scanFor({ origin, id: `scan-${n}` }) },
      ];
      return operations.map((operation) => ({ sender, operation }));
    });
    const answers = await Promise.all(writes.map(({ sender, operation }) => owner.apply(intentOf(operation), sender)));
    expect(answers.every((answer) => answer.ok)).toBe(true);
    for (const [n, sender] of tabs.entries()) {
      const origin = originOf(sender);
      await expect(stores.bulk.get(origin)).resolves.toMatchObject({ id: `run-${n}` });
      await expect(stores.reports.get(origin)).resolves.toMatchObject({ id: `scan-${n}` });
    }
    await expect(stores.reminders.list()).resolves.toHaveLength(tabs.length);
    await expect(stores.offsets.load()).resolves.toEqual(Object.fromEntries(tabs.map((sender, n) => [originOf(sender), 60_000 * (n + 1)])));
  });
});

describe('a full storage', () => {
  const WRITTEN = ORIGIN;
  const at = (day: string) => `${day}T10:00:00.000Z`;
  const lease = { owner: 'tab-x', heartbeatAt: at('2026-03-04') };
  const NOW = new Date(at('2026-04-01'));

  /** Reports, runs and a three-page history of several environments; `WRITTEN` is the one the test writes for. */
  async function seed(owner: StoreOwner) {
    const report = (name: string, phase: 'finished' | 'cancelled' | 'failed' | 'scanning', day: string) =>
      applied(owner, { op: 'reports.save', scan: scanFor({ origin: `https://${name}.resolver.com`, phase, updatedAt: at(day), lease: phase === 'scanning' ? lease : null }) }, true);
    await report('a', 'finished', '2026-03-01');
    await report('e', 'cancelled', '2026-03-02');
    await report('g', 'failed', '2026-03-03');
    await report('c', 'scanning', '2026-01-15'); // the oldest, but still going on
    await applied(owner, { op: 'reports.save', scan: scanFor({ origin: WRITTEN, updatedAt: at('2026-01-01') }) }, true);
    const run = (name: string, phase: 'finished' | 'cancelled' | 'running' | 'paused' | 'review', day: string) =>
      applied(owner, { op: 'bulk.save', run: bulkRunFor({ origin: `https://${name}.resolver.com`, phase, updatedAt: at(day), lease: phase === 'running' ? lease : null }) }, true);
    await run('a', 'finished', '2025-03-01');
    await run('e', 'cancelled', '2025-03-02');
    await run('d', 'running', '2025-01-01');
    await run('p', 'paused', '2025-01-02');
    await run('r', 'review', '2025-01-03');
    await applied(owner, { op: 'bulk.save', run: bulkRunFor({ origin: WRITTEN, phase: 'finished', updatedAt: at('2024-12-01') }) }, true);
    await applied(owner, { op: 'audit.append', entries: entries(2 * AUDIT_PAGE_ENTRIES + 10) });
  }

  /** The written environment's report, one exempt user longer each time: a write that needs a little more room. */
  function growingReport(step: number) {
    const exempt = Array.from({ length: step }, (_, i) => ({ ...CAROL, id: 100 + i, name: `Exempt ${i}`, email: `exempt${i}@acme.example` }));
    return scanFor({ origin: WRITTEN, updatedAt: at('2026-03-20'), exempt: [CAROL, ...exempt] });
  }

  it('drops one thing per write, by the rule’s order, keeping what runs and what the write is for, and notes each drop', async () => {
    const quota = fakeQuota();
    const { owner, stores } = startOwner({ now: () => NOW });
    await seed(owner);
    const history = entries(2 * AUDIT_PAGE_ENTRIES + 10);
    const pageDrop = (page: number): StorageDrop => ({
      store: 'audit',
      at: NOW.toISOString(),
      count: AUDIT_PAGE_ENTRIES,
      from: history[page * AUDIT_PAGE_ENTRIES].time,
      to: history[(page + 1) * AUDIT_PAGE_ENTRIES - 1].time,
    });
    const expected: StorageDrop[] = [
      { store: 'report', at: NOW.toISOString(), origin: 'https://a.resolver.com', scannedAt: at('2026-03-01') },
      { store: 'report', at: NOW.toISOString(), origin: 'https://e.resolver.com', scannedAt: at('2026-03-02') },
      { store: 'report', at: NOW.toISOString(), origin: 'https://g.resolver.com', scannedAt: at('2026-03-03') },
      { store: 'bulk', at: NOW.toISOString(), origin: 'https://a.resolver.com', updatedAt: at('2025-03-01') },
      { store: 'bulk', at: NOW.toISOString(), origin: 'https://e.resolver.com', updatedAt: at('2025-03-02') },
      pageDrop(0),
      pageDrop(1),
    ];
    for (let step = 0; step < expected.length; step++) {
      await quota.fill();
      const report = growingReport(step + 1);
      await applied(owner, { op: 'reports.save', scan: report }, true);
      await expect(stores.reports.get(WRITTEN)).resolves.toEqual(report);
      // Exactly one more drop each time: the write went through as soon as it fitted.
      await expect(storedDrops()).resolves.toEqual(expected.slice(0, step + 1));
    }

    // What remains: the scan going on, the written environment's report and run, the runs going on or not yet started, the newest page.
    await expect(stores.reports.list().then((scans) => scans.map((scan) => scan.origin).sort())).resolves.toEqual(['https://acme.resolver.com', 'https://c.resolver.com']);
    const runs = await Promise.all(['https://d.resolver.com', 'https://p.resolver.com', 'https://r.resolver.com', WRITTEN].map((origin) => stores.bulk.get(origin)));
    expect(runs.map((run) => run?.phase)).toEqual(['running', 'paused', 'review', 'finished']);
    await expect(historyIds(stores)).resolves.toEqual(idsOf(history.slice(2 * AUDIT_PAGE_ENTRIES)));
    await expect(storedPageKeys()).resolves.toHaveLength(1);

    // Nothing may go any more: refused, and storage is left as it was.
    await quota.fill();
    const before = await storedLocal();
    await expect(owner.apply(intentOf({ op: 'reports.save', scan: growingReport(expected.length + 1) }), EXTENSION_PAGE)).resolves.toEqual({
      ok: false,
      refused: 'storage-full',
    });
    await expect(storedLocal()).resolves.toEqual(before);
  });

  it('notes what it dropped without any person’s name or email', async () => {
    const quota = fakeQuota();
    const { owner } = startOwner({ now: () => NOW });
    await seed(owner);
    for (let step = 1; step <= 7; step++) {
      await quota.fill();
      await applied(owner, { op: 'reports.save', scan: growingReport(step) }, true);
    }
    const noted = JSON.stringify((await fakeBrowser.storage.local.get(localKey(STORAGE_DROPS_KEY)))[localKey(STORAGE_DROPS_KEY)]);
    expect(JSON.parse(noted)).toHaveLength(7);
    for (const personal of ['@', 'Ada', 'Admin', 'Alice', 'Carol', 'Gus', 'User ', 'Acme Corp']) expect(noted).not.toContain(personal);
  });

  it('refuses a write that still does not fit once nothing may go, writing none of it', async () => {
    const quota = fakeQuota();
    const { owner, stores } = startOwner({ now: () => NOW });
    await applied(owner, { op: 'reports.save', scan: scanFor({ origin: OTHER }) }, true);
    await applied(owner, { op: 'audit.append', entries: entries(5) });
    await quota.fill();
    const big = bulkRunFor({ origin: WRITTEN, rows: Array.from({ length: 300 }, (_, i) => readyRow(i + 1)) });
    await expect(owner.apply(intentOf({ op: 'bulk.save', run: big }), contentScript(WRITTEN))).resolves.toEqual({ ok: false, refused: 'storage-full' });
    // The other environment's finished report went for it, and that is noted...
    await expect(stores.reports.list()).resolves.toEqual([]);
    await expect(storedDrops()).resolves.toEqual([{ store: 'report', at: NOW.toISOString(), origin: OTHER, scannedAt: scanFor().updatedAt }]);
    // ...but no part of the run is stored: no header, no chunk; the history's only page is kept.
    await expect(stores.bulk.get(WRITTEN)).resolves.toBeNull();
    const stored = await storedLocal();
    expect(Object.keys(stored).filter((key) => key.startsWith(localKey(BULK_CHUNK_PREFIX)))).toEqual([]);
    expect(stored[localKey(BULK_RUNS_KEY)] ?? {}).toEqual({});
    await expect(historyIds(stores)).resolves.toEqual(idsOf(entries(5)));
  });

  it('drops nothing for a failure that is not the quota, and says storage-error without the data', async () => {
    const { owner, stores } = startOwner({ now: () => NOW });
    await applied(owner, { op: 'reports.save', scan: scanFor({ origin: OTHER }) }, true);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('IO error: disk'));
    await expect(owner.apply(intentOf({ op: 'bulk.save', run: bulkRunFor() }), EXTENSION_PAGE)).resolves.toEqual({ ok: false, refused: 'storage-error' });
    await expect(stores.reports.list()).resolves.toHaveLength(1);
    await expect(storedDrops()).resolves.toEqual([]);
    expect(JSON.stringify(warn.mock.calls)).not.toMatch(/acme|Ada|User/);
  });
});

describe('collecting orphans', () => {
  const orphanRows = { revision: 1, rows: [readyRow(1)] };

  it('removes the pages and row chunks nothing names, and keeps named ones and every other key', async () => {
    const { owner, stores } = startOwner();
    await applied(owner, { op: 'audit.append', entries: entries(AUDIT_PAGE_ENTRIES + 50) });
    await applied(owner, { op: 'bulk.save', run: bulkRunFor({ rows: Array.from({ length: 150 }, (_, i) => readyRow(i + 1)) }) }, true);
    await applied(owner, { op: 'settings.save', changes: { lastTab: 'bulk' } });
    const orphans = [
      'auditHistoryPage:p99', // a page an append wrote before its index (a worker stopped between two writes)
      'auditHistoryPage:v1-0', // a page of a migration whose index was never written
      localKey(rowChunkKey(ORIGIN, 'run-0', 0)), // a replaced run's chunk
      localKey(rowChunkKey(ORIGIN, 'run-1', 7)), // a chunk past the run's last
      localKey(rowChunkKey('https://gone.resolver.com', 'run-9', 0)), // a removed run's chunk
    ];
    const unrelated = { auditHistoryPages: [1], bulkRunRows: [2], 'someone:else': 3 };
    await fakeBrowser.storage.local.set({ ...Object.fromEntries(orphans.map((key) => [key, key.startsWith('audit') ? entries(1, 'orphan') : orphanRows])), ...unrelated });
    const before = await storedLocal();

    await expect(owner.collectOrphans()).resolves.toBe(orphans.length);
    const after = await storedLocal();
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).filter((key) => !orphans.includes(key)).sort());
    for (const key of Object.keys(after)) expect(after[key]).toEqual(before[key]);
    await expect(historyIds(stores)).resolves.toEqual(idsOf(entries(AUDIT_PAGE_ENTRIES + 50)));
    await expect(stores.bulk.get(ORIGIN)).resolves.toMatchObject({ rows: { length: 150 } });
    await expect(owner.collectOrphans()).resolves.toBe(0);
  });

  it('keeps the pages and chunks a migration at start wrote, and collects only what they do not name', async () => {
    const v1History = entries(2 * AUDIT_PAGE_ENTRIES + 1, 'v1');
    const v1Run = bulkRunFor({ rows: Array.from({ length: 250 }, (_, i) => readyRow(i + 1)) });
    await fakeBrowser.storage.local.set({
      [localKey(AUDIT_HISTORY_KEY)]: v1History,
      [`${localKey(AUDIT_HISTORY_KEY)}$`]: { v: 1 },
      [localKey(BULK_RUNS_KEY)]: { [ORIGIN]: v1Run },
      'auditHistoryPage:p0': entries(1, 'left-over'),
    });
    const { owner, stores } = startOwner();
    await expect(owner.collectOrphans()).resolves.toBe(1);
    await expect(historyIds(stores)).resolves.toEqual(idsOf(v1History));
    await expect(stores.bulk.get(ORIGIN)).resolves.toEqual(v1Run);
    await expect(storedPageKeys()).resolves.toHaveLength(3);
  });

  it('lists the keys the way it is given', async () => {
    const { owner } = startOwner({ listKeys: async () => ['auditHistoryPage:ghost', 'settings'] });
    await fakeBrowser.storage.local.set({ 'auditHistoryPage:ghost': [], 'auditHistoryPage:unlisted': [] });
    await expect(owner.collectOrphans()).resolves.toBe(1);
    await expect(storedLocal()).resolves.toEqual({ 'auditHistoryPage:unlisted': [] });
  });
});
