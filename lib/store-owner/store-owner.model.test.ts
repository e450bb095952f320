/**
 * Model-based test of the stores' owner and the audit history: random sequences of appends (from
 * extension pages, the history's own tab and a tab of another origin, some delivered twice),
 * late tries of earlier intents (with their id, or with a new one after a restart), clears,
 * restarts, upgrades from version 1, a full storage and exports run against the real owner and
 * stores over the fake browser's storage, and are compared with a plain model: the history as
 * pages of entries, oldest first.
 *
 * The runs stay far below AUDIT_HISTORY_LIMIT (20 commands of at most 300 entries), so the model
 * does not trim.
 */
// Inside the commands, node's assert rather than expect: as strict, and cheap enough for 1,000 runs.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toCsv, toJsonExport } from '../audit/audit-export';
import { AUDIT_HISTORY_KEY, defineAuditHistoryItem } from '../audit/audit-migrations';
import { AUDIT_PAGE_ENTRIES } from '../audit/audit-pages';
import { AUDIT_HISTORY_LIMIT, type AuditEntry } from '../audit/audit-schema';
import { createAuditStore, DEDUPE_PAGES } from '../audit/audit-store';
import { auditEntryFor } from '../audit/test-entries';
import { storedIndex, storedPageKeys } from '../audit/test-stored-history';
import { parseCsv } from '../test-csv';
import type { StorageDrop } from './storage-drops';
import type { IntentSender, StoreAnswer, StoreIntent } from './store-intents';
import type { OwnedStores, StoreOwner } from './store-owner';
import { contentScript, EXTENSION_PAGE, fakeQuota, intentOf, newIntentId, startOwner, storedDrops, type FakeQuota } from './test-owner';

const ORIGIN = 'https://acme.resolver.com';
const OTHER = 'https://other.resolver.com';
const NOW = new Date('2026-04-01T10:00:00.000Z');
const APPLIED: StoreAnswer = { ok: true, value: null };
const FULL: StoreAnswer = { ok: false, refused: 'storage-full' };
const NOT_ALLOWED: StoreAnswer = { ok: false, refused: 'not-allowed' };

/** 1,000 sequences of up to 20 commands take some seconds; the default 5 s is too tight on a busy machine. */
const RUNS = { numRuns: 1_000 };
const PROPERTY_TIMEOUT = 120_000;
const MAX_COMMANDS = 20;

interface Model {
  /** The history as the owner should have paged it, oldest first. */
  pages: AuditEntry[][];
  /** Entries made so far: the next one is `e<made>`. */
  made: number;
  /** Every append intent an allowed sender delivered, for later tries. */
  sent: StoreIntent[];
  /** The answers the running owner holds, by intent id (a restart forgets them). */
  answers: Map<string, StoreAnswer>;
  /** What the owner noted it dropped to make room, oldest first. */
  drops: StorageDrop[];
}

interface Real {
  owner: StoreOwner;
  stores: OwnedStores;
  quota: FakeQuota;
}

type ModelCommand = fc.AsyncCommand<Model, Real, false>;

function newEntries(model: Model, count: number): AuditEntry[] {
  return Array.from({ length: count }, () => {
    const n = model.made++;
    return auditEntryFor({ id: `e${n}`, origin: ORIGIN, time: new Date(Date.UTC(2026, 0, 1) + n * 1_000).toISOString() });
  });
}

const appendOf = (intent: StoreIntent): AuditEntry[] => (intent.operation.op === 'audit.append' ? intent.operation.entries : []);

/** The ids an append of `count` entries is checked against: the newest DEDUPE_PAGES pages, and older ones while they hold fewer than the batch and a page more. */
function idsChecked(pages: readonly AuditEntry[][], count: number): Set<string> {
  let from = Math.max(0, pages.length - DEDUPE_PAGES);
  let held = pages.slice(from).reduce((sum, page) => sum + page.length, 0);
  while (from > 0 && held < count + AUDIT_PAGE_ENTRIES) {
    from -= 1;
    held += pages[from].length;
  }
  return new Set(pages.slice(from).flatMap((page) => page.map((entry) => entry.id)));
}

/** `entries` appended as the history does: those already there skipped, the last page filled, then new pages. */
function appendToModel(model: Model, entries: readonly AuditEntry[]): void {
  const known = idsChecked(model.pages, entries.length);
  let added = entries.filter((entry) => !known.has(entry.id));
  const last = model.pages.at(-1);
  if (last !== undefined && last.length < AUDIT_PAGE_ENTRIES) {
    const fill = added.slice(0, AUDIT_PAGE_ENTRIES - last.length);
    last.push(...fill);
    added = added.slice(fill.length);
  }
  for (let start = 0; start < added.length; start += AUDIT_PAGE_ENTRIES) model.pages.push(added.slice(start, start + AUDIT_PAGE_ENTRIES));
}

/** A new service worker: the owner's memory is gone, the answers it gave are still in storage.session. */
function restart(model: Model, real: Real): void {
  Object.assign(real, startOwner({ now: () => NOW }));
}

/** Delivers an intent the way the owner's answer cache decides, and checks the answer against the model's. */
async function deliver(model: Model, real: Real, intent: StoreIntent, sender: IntentSender): Promise<void> {
  const kept = model.answers.get(intent.intentId);
  const answer = await real.owner.apply(intent, sender);
  if (kept !== undefined) {
    assert.deepEqual(answer, kept);
    return;
  }
  assert.deepEqual(answer, APPLIED);
  appendToModel(model, appendOf(intent));
  model.answers.set(intent.intentId, answer);
}

const senders = { page: EXTENSION_PAGE, tab: contentScript(ORIGIN), 'other tab': contentScript(OTHER) } as const;
type SenderName = keyof typeof senders;

class Append implements ModelCommand {
  constructor(
    readonly count: number,
    readonly from: SenderName,
    readonly delivery: 'once' | 'twice' | 'twice at once',
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const intent = intentOf({ op: 'audit.append', entries: newEntries(model, this.count) });
    const sender = senders[this.from];
    if (this.from === 'other tab') {
      // Its entries name the history's origin, not the tab's own.
      assert.deepEqual(await real.owner.apply(intent, sender), NOT_ALLOWED);
      return;
    }
    model.sent.push(intent);
    if (this.delivery === 'twice at once') {
      const answers = await Promise.all([real.owner.apply(intent, sender), real.owner.apply(intent, sender)]);
      assert.deepEqual(answers, [APPLIED, APPLIED]);
      appendToModel(model, appendOf(intent));
      model.answers.set(intent.intentId, APPLIED);
      return;
    }
    await deliver(model, real, intent, sender);
    // The answer was lost: the same intent, with its id, comes again.
    if (this.delivery === 'twice') await deliver(model, real, intent, sender);
  }
  toString = () => `append(${this.count} from ${this.from}, ${this.delivery})`;
}

/** An earlier intent tried again late, with its own id: the owner's answer to it may be forgotten by now. */
class TryAgain implements ModelCommand {
  constructor(readonly pick: number) {}
  check = (model: Readonly<Model>) => model.sent.length > 0;
  async run(model: Model, real: Real) {
    await deliver(model, real, model.sent[this.pick % model.sent.length], EXTENSION_PAGE);
  }
  toString = () => `tryAgain(#${this.pick})`;
}

/** The service worker stopped before an earlier intent's answer reached its tab; the tab's next try, under a new id. */
class TryAgainAfterRestart implements ModelCommand {
  constructor(readonly pick: number) {}
  check = (model: Readonly<Model>) => model.sent.length > 0;
  async run(model: Model, real: Real) {
    restart(model, real);
    const intent = intentOf({ op: 'audit.append', entries: appendOf(model.sent[this.pick % model.sent.length]) }, newIntentId());
    model.sent.push(intent);
    await deliver(model, real, intent, senders.tab);
  }
  toString = () => `tryAgainAfterRestart(#${this.pick})`;
}

class Clear implements ModelCommand {
  constructor(readonly from: 'page' | 'tab') {}
  check = () => true;
  async run(model: Model, real: Real) {
    const answer = await real.owner.apply(intentOf({ op: 'audit.clear' }), senders[this.from]);
    if (this.from === 'tab') {
      assert.deepEqual(answer, NOT_ALLOWED);
      return;
    }
    assert.deepEqual(answer, APPLIED);
    model.pages = [];
  }
  toString = () => `clear(from ${this.from})`;
}

class Restart implements ModelCommand {
  check = () => true;
  async run(model: Model, real: Real) {
    restart(model, real);
  }
  toString = () => 'restart';
}

/** Storage rewritten as version 1 of the extension kept it (one list, oldest first), then the owner starts and migrates it. */
class Migrate implements ModelCommand {
  check = () => true;
  async run(model: Model, real: Real) {
    // The running owner's own start (a migration of the previous rewrite) ends first, as a browser's would.
    await real.stores.audit.namedPageKeys();
    await fakeBrowser.storage.local.remove(await storedPageKeys());
    const key = AUDIT_HISTORY_KEY.slice('local:'.length);
    const list = model.pages.flat();
    await fakeBrowser.storage.local.set({ [key]: list, [`${key}$`]: { v: 1 } });
    restart(model, real);
    model.pages = Array.from({ length: Math.ceil(list.length / AUDIT_PAGE_ENTRIES) }, (_, page) =>
      list.slice(page * AUDIT_PAGE_ENTRIES, (page + 1) * AUDIT_PAGE_ENTRIES),
    );
  }
  toString = () => 'migrate from v1';
}

/** Storage is full: the append needs room, which only the history's oldest page, never its only one, can make. */
class AppendToFullStorage implements ModelCommand {
  constructor(readonly count: number) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const intent = intentOf({ op: 'audit.append', entries: newEntries(model, this.count) });
    model.sent.push(intent);
    // Full once the owner's start (a migration) has written what it writes.
    await real.stores.audit.namedPageKeys();
    await real.quota.fill();
    try {
      const answer = await real.owner.apply(intent, EXTENSION_PAGE);
      if (model.pages.length < 2) {
        assert.deepEqual(answer, FULL);
        return;
      }
      assert.deepEqual(answer, APPLIED);
      // Only what was applied is answered again as it was; a refusal is decided again.
      model.answers.set(intent.intentId, answer);
      const [oldest] = model.pages.splice(0, 1);
      model.drops.push({ store: 'audit', at: NOW.toISOString(), count: oldest.length, from: oldest[0].time, to: oldest.at(-1)?.time ?? null });
      appendToModel(model, appendOf(intent));
    } finally {
      real.quota.limit = Number.POSITIVE_INFINITY;
    }
  }
  toString = () => `appendToFullStorage(${this.count})`;
}

/** Reads the history every way it leaves the extension, and compares each with the model: entry for entry when `whole` (at the end of a run), by id otherwise. */
async function checkHistory(model: Model, real: Real, whole = false): Promise<void> {
  const expected = model.pages.flat().reverse();
  const ids = expected.map((entry) => entry.id);
  const listed = await real.stores.audit.list();
  assert.deepEqual(
    listed.map((entry) => entry.id),
    ids,
  );
  if (whole) assert.deepEqual(listed, expected);
  // Another context's view, without migrations: what the options page shows.
  const read = await createAuditStore({ item: defineAuditHistoryItem(null) }).list();
  assert.deepEqual(
    read.map((entry) => entry.id),
    ids,
  );
  const json = JSON.parse(toJsonExport(listed, NOW)) as { entries: { id: string }[] };
  assert.deepEqual(
    json.entries.map((entry) => entry.id),
    ids,
  );
  // The id is the CSV's last column.
  const [, ...rows] = parseCsv(toCsv(listed));
  assert.deepEqual(
    rows.map((row) => row.at(-1)),
    ids,
  );
  // Paged as the model pages it, with no page left unnamed.
  const index = (await storedIndex()) as { pages: { count: number }[] } | undefined;
  assert.deepEqual(
    (index?.pages ?? []).map((page) => page.count),
    model.pages.map((page) => page.length),
  );
  assert.equal((await storedPageKeys()).length, model.pages.length);
  assert.deepEqual(await storedDrops(), model.drops);
}

class Export implements ModelCommand {
  check = () => true;
  run = (model: Model, real: Real) => checkHistory(model, real);
  toString = () => 'export';
}

const appends = fc
  .oneof(
    { weight: 6, arbitrary: fc.record({ count: fc.integer({ min: 1, max: 5 }), from: fc.constantFrom<SenderName>('page', 'tab', 'other tab') }) },
    // Often about a page at once (a bulk run's batch), so the history has several pages to drop from.
    { weight: 3, arbitrary: fc.record({ count: fc.integer({ min: 200, max: 300 }), from: fc.constant<SenderName>('page') }) },
  )
  .chain(({ count, from }) => fc.constantFrom<Append['delivery']>('once', 'twice', 'twice at once').map((delivery) => new Append(count, from, delivery)));

const commands = fc.commands<Model, Real, false>(
  [
    appends,
    fc.nat().map((pick) => new TryAgain(pick)),
    fc.nat().map((pick) => new TryAgainAfterRestart(pick)),
    fc.constantFrom<Clear['from']>('page', 'tab').map((from) => new Clear(from)),
    fc.constant(new Restart()),
    fc.constant(new Migrate()),
    fc.integer({ min: 1, max: 3 }).map((count) => new AppendToFullStorage(count)),
    fc.constant(new Export()),
  ],
  { maxCommands: MAX_COMMANDS, size: 'max' },
);

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the stores’ owner against a model of the audit history', () => {
  it(
    `keeps the history the model keeps over ${RUNS.numRuns} random sequences of appends, retries, clears, restarts, upgrades and full storage`,
    async () => {
      assert.ok(MAX_COMMANDS * 300 < AUDIT_HISTORY_LIMIT);
      const quota = fakeQuota();
      await fc.assert(
        fc.asyncProperty(commands, async (sequence) => {
          fakeBrowser.reset();
          quota.limit = Number.POSITIVE_INFINITY;
          const model: Model = { pages: [], made: 0, sent: [], answers: new Map(), drops: [] };
          const real: Real = { ...startOwner({ now: () => NOW }), quota };
          await fc.asyncModelRun(() => ({ model, real }), sequence);
          await checkHistory(model, real, true);
          // Every write left no page behind.
          assert.equal(await real.owner.collectOrphans(), 0);
        }),
        RUNS,
      );
    },
    PROPERTY_TIMEOUT,
  );
});
