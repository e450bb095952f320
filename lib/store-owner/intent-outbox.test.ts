import { describe, expect, it } from 'vitest';
import { auditEntryFor } from '../audit/test-entries';
import { bulkRunFor } from '../bulk/test-runs';
import { scanFor } from '../exemption-report/test-scans';
import { createIntentOutbox, RETRY_DELAYS_MS, StoreRefused, type SendIntent } from './intent-outbox';
import type { StoreAnswer, StoreIntent, StoreOperation } from './store-intents';

const ORIGIN = 'https://acme.resolver.com';
const OTHER = 'https://other.resolver.com';
const APPLIED: StoreAnswer = { ok: true, value: null };

/** Operations no other joins or replaces: each goes as its own intent. */
const plain = (n: number): StoreOperation => ({ op: 'clockOffsets.learn', origin: ORIGIN, offsetMs: n * 60_000 });

/** What a sent operation was, for reading the order of deliveries. */
function describeOp(operation: StoreOperation): string {
  switch (operation.op) {
    case 'clockOffsets.learn':
      return `offset ${operation.offsetMs / 60_000}`;
    case 'bulk.save':
      return `save ${operation.run.origin} ${operation.run.id}${operation.owner === undefined ? '' : ` for ${operation.owner}`}`;
    case 'reports.save':
      return `report ${operation.scan.origin} ${operation.scan.id}`;
    case 'bulk.remove':
      return `remove ${operation.origin}`;
    default:
      return operation.op;
  }
}

/** Lets every pending promise callback run. */
const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * An owner the test answers by hand: each intent sent waits until `answer` (or `fail`) is called,
 * oldest first. Counts how many are on their way at once.
 */
function ownerByHand() {
  const sent: StoreIntent[] = [];
  const open: { resolve: (answer: unknown) => void; reject: (error: Error) => void }[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const send: SendIntent = (intent) => {
    sent.push(structuredClone(intent));
    inFlight += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
    return new Promise((resolve, reject) => open.push({ resolve, reject })).finally(() => {
      inFlight -= 1;
    });
  };
  async function next(settle: (waiting: (typeof open)[number]) => void) {
    await settled();
    const waiting = open.shift();
    if (waiting === undefined) throw new Error('Nothing was sent to answer.');
    settle(waiting);
    await settled();
  }
  return {
    send,
    sent,
    ops: () => sent.map((intent) => describeOp(intent.operation)),
    mostInFlight: () => mostInFlight,
    /** Answers the oldest intent on its way; `APPLIED` when called without an answer. */
    answer: (...answer: unknown[]) => next((waiting) => waiting.resolve(answer.length === 0 ? APPLIED : answer[0])),
    /** Answers the intent on its way as the owner would: true for a save, null for anything else. */
    answerAsOwner: () => next((waiting) => waiting.resolve(sent.at(-1)?.operation.op.endsWith('.save') ? { ok: true, value: true } : APPLIED)),
    fail: () => next((waiting) => waiting.reject(new Error('Could not establish connection. Receiving end does not exist.'))),
  };
}

/** Submits `operations` at once behind an intent on its way, answers each intent as the owner would, and names those sent, in order. */
async function sentFor(operations: StoreOperation[]): Promise<string[]> {
  const owner = ownerByHand();
  const outbox = createIntentOutbox(owner.send, fakeTime());
  const submits = Promise.all([plain(1), ...operations].map((operation) => outbox.submit(operation)));
  while (outbox.pending() > 0) await owner.answerAsOwner();
  await submits;
  return owner.ops();
}

/** Ids 1, 2, 3... in hex, and a sleep that only notes how long it was asked to wait. */
function fakeTime() {
  let ids = 0;
  const slept: number[] = [];
  return {
    newId: () => (++ids).toString(16).padStart(32, '0'),
    sleep: async (ms: number) => {
      slept.push(ms);
    },
    slept,
  };
}

/** Notes the order in which submits settle. */
function tracked<T>(log: string[], name: string, promise: Promise<T>): Promise<T> {
  return promise.then(
    (value) => {
      log.push(`${name} ${String(value)}`);
      return value;
    },
    (error: unknown) => {
      log.push(`${name} refused`);
      throw error;
    },
  );
}

describe('the intent outbox', () => {
  it('sends intents one at a time, in the order they were submitted, and settles them in that order', async () => {
    const owner = ownerByHand();
    const outbox = createIntentOutbox(owner.send, fakeTime());
    const log: string[] = [];
    const submits = [1, 2, 3, 4, 5].map((n) => tracked(log, `#${n}`, outbox.submit(plain(n))));
    for (let n = 1; n <= 5; n++) {
      await settled();
      // Only the next one has gone; the others wait for its answer.
      expect(owner.sent).toHaveLength(n);
      await owner.answer();
    }
    await Promise.all(submits);
    expect(owner.ops()).toEqual(['offset 1', 'offset 2', 'offset 3', 'offset 4', 'offset 5']);
    expect(log).toEqual(['#1 null', '#2 null', '#3 null', '#4 null', '#5 null']);
    expect(owner.mostInFlight()).toBe(1);
    expect(new Set(owner.sent.map((intent) => intent.intentId)).size).toBe(5);
  });

  it('tries an intent nobody answered again, with the same id, waiting longer each time, until it is delivered', async () => {
    const owner = ownerByHand();
    const time = fakeTime();
    const outbox = createIntentOutbox(owner.send, time);
    const first = outbox.submit(plain(1));
    const second = outbox.submit(plain(2));
    for (let failures = 0; failures < 9; failures++) await owner.fail();
    await owner.answer({ ok: true, value: true });
    await expect(first).resolves.toBe(true);
    expect(time.slept).toEqual([50, 100, 250, 500, 1_000, 2_000, 2_000, 2_000, 2_000]);
    expect(time.slept.slice(0, RETRY_DELAYS_MS.length)).toEqual(RETRY_DELAYS_MS);
    expect(owner.ops()).toEqual(Array.from({ length: 10 }, () => 'offset 1').concat('offset 2'));
    expect(new Set(owner.sent.slice(0, 10).map((intent) => intent.intentId)).size).toBe(1);
    // The next intent waited all along, and has an id of its own.
    expect(owner.sent[10]?.intentId).not.toBe(owner.sent[0]?.intentId);
    await owner.answer();
    await expect(second).resolves.toBeNull();
  });

  it.each([
    ['nothing', undefined],
    ['text', 'ok'],
    ['an ok of another type', { ok: 'yes', value: null }],
    ['an answer without its value', { ok: true }],
    ['a refusal this version does not know', { ok: false, refused: 'busy' }],
  ])('tries an intent again, with the same id, when the answer is %s (another version of the extension)', async (_what, odd) => {
    const owner = ownerByHand();
    const time = fakeTime();
    const outbox = createIntentOutbox(owner.send, time);
    const submitted = outbox.submit(plain(1));
    await owner.answer(odd);
    await owner.answer(APPLIED);
    await expect(submitted).resolves.toBeNull();
    expect(owner.sent).toHaveLength(2);
    expect(owner.sent[1]?.intentId).toBe(owner.sent[0]?.intentId);
    expect(time.slept).toEqual([RETRY_DELAYS_MS[0]]);
  });

  it.each(['not-allowed', 'invalid', 'storage-full', 'storage-error'] as const)(
    'rejects a submit the owner refused (%s) with StoreRefused, does not send it again, and goes on with the next',
    async (refused) => {
      const owner = ownerByHand();
      const outbox = createIntentOutbox(owner.send, fakeTime());
      const first = outbox.submit({ op: 'audit.append', entries: [auditEntryFor({ reason: 'Lost phone, Alice Example' })] }).catch((caught: unknown) => caught);
      const second = outbox.submit(plain(2));
      await owner.answer({ ok: false, refused });
      const error = await first;
      expect(error).toBeInstanceOf(StoreRefused);
      expect((error as StoreRefused).refused).toBe(refused);
      // Its message names why, never what the intent held.
      expect((error as StoreRefused).message).not.toMatch(/Alice|acme/);
      await owner.answer();
      await expect(second).resolves.toBeNull();
      expect(owner.ops()).toEqual(['audit.append', 'offset 2']);
    },
  );

  it('counts the submits waiting, the one on its way included, down to 0', async () => {
    const owner = ownerByHand();
    const outbox = createIntentOutbox(owner.send, fakeTime());
    expect(outbox.pending()).toBe(0);
    const submits = [1, 2, 3].map((n) => outbox.submit(plain(n)));
    expect(outbox.pending()).toBe(3);
    await owner.fail();
    expect(outbox.pending()).toBe(3);
    await owner.answer();
    expect(outbox.pending()).toBe(2);
    await owner.answer();
    expect(outbox.pending()).toBe(1);
    await owner.answer();
    await Promise.all(submits);
    expect(outbox.pending()).toBe(0);
  });

  it('counts, when asked, only the submits that have waited at least so long', async () => {
    const owner = ownerByHand();
    let clock = 10_000;
    const outbox = createIntentOutbox(owner.send, { ...fakeTime(), now: () => clock });
    const first = outbox.submit(plain(1));
    clock += 1_500;
    const second = outbox.submit(plain(2));
    expect([outbox.pending(2_000), outbox.pending(1_500), outbox.pending()]).toEqual([0, 1, 2]);
    clock += 500;
    expect([outbox.pending(2_000), outbox.pending(500), outbox.pending(501)]).toEqual([1, 2, 1]);
    clock += 1_500;
    expect(outbox.pending(2_000)).toBe(2);
    await owner.answer();
    expect(outbox.pending(2_000)).toBe(1);
    await owner.answer();
    await Promise.all([first, second]);
    expect(outbox.pending(0)).toBe(0);
  });
});

describe('snapshots of a run or scan in the outbox', () => {
  const run = (id: string, origin = ORIGIN) => bulkRunFor({ id, origin });

  it('sends only the newest of two saves of one run waiting behind the one on its way, and answers both with its answer', async () => {
    const owner = ownerByHand();
    const outbox = createIntentOutbox(owner.send, fakeTime());
    const head = outbox.submit(plain(1));
    const older = outbox.submit({ op: 'bulk.save', run: run('v1'), owner: 'tab-a' });
    const newer = outbox.submit({ op: 'bulk.save', run: run('v2'), owner: 'tab-a' });
    expect(outbox.pending()).toBe(3);
    await owner.answer();
    await owner.answer({ ok: true, value: false });
    await expect(head).resolves.toBeNull();
    await expect(older).resolves.toBe(false);
    await expect(newer).resolves.toBe(false);
    expect(owner.ops()).toEqual(['offset 1', `save ${ORIGIN} v2 for tab-a`]);
    expect(outbox.pending()).toBe(0);
  });

  it('counts the submit a replacing snapshot adds, since it was made, until the snapshot is answered', async () => {
    const owner = ownerByHand();
    let clock = 0;
    const outbox = createIntentOutbox(owner.send, { ...fakeTime(), now: () => clock });
    const submits = [outbox.submit(plain(1)), outbox.submit({ op: 'bulk.save', run: run('v1') })];
    clock = 3_000;
    submits.push(outbox.submit({ op: 'bulk.save', run: run('v2') }));
    expect([outbox.pending(), outbox.pending(2_000)]).toEqual([3, 2]);
    await owner.answer();
    expect([outbox.pending(), outbox.pending(2_000)]).toEqual([2, 1]);
    await owner.answer({ ok: true, value: true });
    await Promise.all(submits);
    expect(outbox.pending()).toBe(0);
  });

  it('replaces a waiting scan by a newer one the same way', async () => {
    const owner = ownerByHand();
    const outbox = createIntentOutbox(owner.send, fakeTime());
    const submits = [
      outbox.submit(plain(1)),
      outbox.submit({ op: 'reports.save', scan: scanFor({ id: 'scan-1' }) }),
      outbox.submit({ op: 'reports.save', scan: scanFor({ id: 'scan-2' }) }),
      outbox.submit({ op: 'reports.save', scan: scanFor({ id: 'scan-3' }) }),
    ];
    await owner.answer();
    await owner.answer({ ok: true, value: true });
    await expect(Promise.all(submits)).resolves.toEqual([null, true, true, true]);
    expect(owner.ops()).toEqual(['offset 1', `report ${ORIGIN} scan-3`]);
  });

  it('does not replace the save on its way: the newer one follows it', async () => {
    const owner = ownerByHand();
    const outbox = createIntentOutbox(owner.send, fakeTime());
    const submits = [outbox.submit({ op: 'bulk.save', run: run('v1') }), outbox.submit({ op: 'bulk.save', run: run('v2') })];
    await owner.fail();
    await owner.answer({ ok: true, value: true });
    await owner.answer({ ok: true, value: true });
    await Promise.all(submits);
    expect(owner.ops()).toEqual([`save ${ORIGIN} v1`, `save ${ORIGIN} v1`, `save ${ORIGIN} v2`]);
    expect(owner.sent[1]?.intentId).toBe(owner.sent[0]?.intentId);
  });

  it('keeps the saves of other origins and of other executors apart', async () => {
    const sent = await sentFor([
      { op: 'bulk.save', run: run('mine') },
      { op: 'bulk.save', run: run('theirs', OTHER) },
      { op: 'bulk.save', run: run('held'), owner: 'tab-a' },
    ]);
    expect(sent).toEqual(['offset 1', `save ${ORIGIN} mine`, `save ${OTHER} theirs`, `save ${ORIGIN} held for tab-a`]);
  });

  it('never moves a save past a removal of its run submitted after the save it would replace', async () => {
    const sent = await sentFor([{ op: 'bulk.save', run: run('old') }, { op: 'bulk.remove', origin: ORIGIN }, { op: 'bulk.save', run: run('new') }]);
    // Delivered in order, the new run is what stays stored; the new save in the old one's place, before the removal, would be lost.
    expect(sent).toEqual(['offset 1', `save ${ORIGIN} old`, `remove ${ORIGIN}`, `save ${ORIGIN} new`]);
  });

  it('never moves a save past a save of the same run for another executor', async () => {
    const sent = await sentFor([
      { op: 'bulk.save', run: run('progress 1'), owner: 'tab-a' },
      { op: 'bulk.save', run: run('taken over') },
      { op: 'bulk.save', run: run('progress 2'), owner: 'tab-a' },
    ]);
    expect(sent).toEqual(['offset 1', `save ${ORIGIN} progress 1 for tab-a`, `save ${ORIGIN} taken over`, `save ${ORIGIN} progress 2 for tab-a`]);
  });
});

describe('appends in the outbox', () => {
  it('go as one intent with the one about to be sent, and each submit gets the answer', async () => {
    const owner = ownerByHand();
    const outbox = createIntentOutbox(owner.send, fakeTime());
    const head = outbox.submit(plain(1));
    const appends = ['a', 'b', 'c'].map((id) => outbox.submit({ op: 'audit.append', entries: [auditEntryFor({ id })] }));
    expect(outbox.pending()).toBe(4);
    await owner.answer();
    await owner.answer();
    await expect(Promise.all([head, ...appends])).resolves.toEqual([null, null, null, null]);
    expect(owner.ops()).toEqual(['offset 1', 'audit.append']);
    const joined = owner.sent[1]?.operation;
    expect(joined?.op === 'audit.append' ? joined.entries.map((entry) => entry.id) : []).toEqual(['a', 'b', 'c']);
  });

  it('do not join across a clear of the history', async () => {
    const sent = await sentFor([
      { op: 'audit.append', entries: [auditEntryFor({ id: 'before' })] },
      { op: 'audit.clear' },
      { op: 'audit.append', entries: [auditEntryFor({ id: 'after' })] },
    ]);
    expect(sent).toEqual(['offset 1', 'audit.append', 'audit.clear', 'audit.append']);
  });
});
