/**
 * How a context hands its writes to the stores' owner: intents wait in this context's memory, in
 * order, and go one at a time. One the owner did not answer (its service worker stopped or was
 * starting, the extension was updating) is tried again with the same id, later and later, for as
 * long as this context lives: an outcome is never dropped because the background could not be
 * reached, and the owner applies a retried intent once (store-intents.ts).
 *
 * One at a time keeps a context's writes in the order it made them (a run's progress saves), and
 * `pending` lets the UI say what is not yet saved: only what has waited a while, since every write
 * waits a few milliseconds for the owner's answer.
 */
import { randomId } from '../random-id';
import { APPEND_ENTRIES_MAX, StoreAnswerSchema, type StoreOperation, type StoreRefusal } from './store-intents';

/** What goes to the owner: lib/background-messages.ts sends it. Throws when nobody answered. */
export type SendIntent = (intent: { intentId: string; operation: StoreOperation }) => Promise<unknown>;

export interface IntentOutbox {
  /**
   * Resolves with the owner's value once it applied the operation; rejects with a StoreRefused
   * when the owner refused it (then it is not tried again).
   */
  submit(operation: StoreOperation): Promise<boolean | null>;
  /** How many submits have waited for the owner at least `olderThanMs` (all by default), those being sent included. */
  pending(olderThanMs?: number): number;
}

export class StoreRefused extends Error {
  constructor(readonly refused: StoreRefusal) {
    super(`The extension's background refused to store this (${refused}).`);
    this.name = 'StoreRefused';
  }
}

/** Waits between tries: quick while a service worker starts, then every 2 s. */
export const RETRY_DELAYS_MS = [50, 100, 250, 500, 1_000, 2_000];

export interface OutboxOptions {
  newId?: () => string;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

interface Waiting {
  intent: { intentId: string; operation: StoreOperation };
  /** Every submit this intent answers (several when later snapshots replaced earlier ones), and when each was made. */
  settle: { resolve: (value: boolean | null) => void; reject: (error: Error) => void; since: number }[];
}

/** How many records an append holds. */
function sizeOf(operation: StoreOperation): number {
  if (operation.op === 'audit.append') return operation.entries.length;
  if (operation.op === 'reminders.apply') return operation.changes.length;
  return 1;
}

/** Appends of one kind as one (see joinLater). */
function joinOperations(operations: StoreOperation[]): StoreOperation {
  const [first] = operations;
  if (first.op === 'audit.append') {
    return { op: 'audit.append', entries: operations.flatMap((operation) => (operation.op === 'audit.append' ? operation.entries : [])) };
  }
  return { op: 'reminders.apply', changes: operations.flatMap((operation) => (operation.op === 'reminders.apply' ? operation.changes : [])) };
}

/**
 * Saves of a whole run or scan are snapshots: a newer one waiting replaces an older one not yet
 * sent, so a tab whose background is unreachable keeps one copy per run, not one per progress save.
 */
function snapshotOf(operation: StoreOperation): string | null {
  if (operation.op === 'bulk.save') return `bulk ${operation.run.origin} ${operation.owner ?? ''}`;
  if (operation.op === 'reports.save') return `report ${operation.scan.origin} ${operation.owner ?? ''}`;
  return null;
}

/** The run or scan an operation writes (a save or a removal), by store and origin; null for any other. */
function recordOf(operation: StoreOperation): string | null {
  switch (operation.op) {
    case 'bulk.save':
      return `bulk ${operation.run.origin}`;
    case 'bulk.remove':
      return `bulk ${operation.origin}`;
    case 'reports.save':
      return `report ${operation.scan.origin}`;
    case 'reports.remove':
      return `report ${operation.origin}`;
    default:
      return null;
  }
}

export function createIntentOutbox(send: SendIntent, options: OutboxOptions = {}): IntentOutbox {
  const newId = options.newId ?? randomId;
  const sleep = options.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const queue: Waiting[] = [];
  let sending = false;

  /** Submits still waiting: an intent answers several when appends went together or snapshots replaced older ones. */
  const waiting = (olderThanMs = 0) => {
    const madeBy = now() - olderThanMs;
    return queue.reduce((count, item) => count + item.settle.filter(({ since }) => since <= madeBy).length, 0);
  };

  /** The owner's answer, after as many tries as it takes. */
  async function deliver(intent: Waiting['intent']) {
    for (let attempt = 0; ; attempt++) {
      try {
        const answer = StoreAnswerSchema.safeParse(await send(intent));
        // An answer of another shape comes from another version of the extension (an update in progress): try again.
        if (answer.success) return answer.data;
      } catch {
        // Nobody answered: the service worker is starting, stopped mid-answer, or the extension is updating.
      }
      await sleep(RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)]);
    }
  }

  /**
   * Before an append (of history entries or of reminder changes) goes for the first time, the
   * later ones of the same kind join it, as one intent: the owner then writes that store once for
   * all of them. A tab recording many outcomes while the owner is busy (or starting) catches up in
   * a few writes, not one round trip per outcome. They only move earlier, never past another write
   * to the same store (a dismissal, a clear), so each store's writes keep their order; writes to
   * other stores do not depend on them (a run's "recorded" marks are saved only after their append
   * was answered).
   */
  function joinLater(head: Waiting): void {
    const op = head.intent.operation.op;
    if (op !== 'audit.append' && op !== 'reminders.apply') return;
    const store = op.split('.')[0];
    const joined: Waiting[] = [];
    let size = sizeOf(head.intent.operation);
    for (const later of queue.slice(1)) {
      const other = later.intent.operation;
      if (other.op === op && size + sizeOf(other) <= APPEND_ENTRIES_MAX) {
        joined.push(later);
        size += sizeOf(other);
      } else if (other.op.split('.')[0] === store) {
        break;
      }
    }
    if (joined.length === 0) return;
    const all = [head, ...joined];
    head.intent = { intentId: head.intent.intentId, operation: joinOperations(all.map((item) => item.intent.operation)) };
    head.settle = all.flatMap((item) => item.settle);
    for (const item of joined) queue.splice(queue.indexOf(item), 1);
  }

  async function drain(): Promise<void> {
    if (sending) return;
    sending = true;
    try {
      while (queue.length > 0) {
        const head = queue[0];
        joinLater(head);
        const answer = await deliver(head.intent);
        queue.shift();
        for (const { resolve, reject } of head.settle) {
          if (answer.ok) resolve(answer.value);
          else reject(new StoreRefused(answer.refused));
        }
      }
    } finally {
      sending = false;
    }
  }

  return {
    submit(operation) {
      return new Promise((resolve, reject) => {
        const snapshot = snapshotOf(operation);
        // Not the head: it may be on its way already, with its id. And only the last write waiting
        // for this run or scan: replacing an older save that a removal or another executor's save
        // follows would move this save before that write, and the run would end removed or theirs.
        const record = recordOf(operation);
        const last = snapshot === null ? undefined : queue.slice(1).findLast((waiting) => recordOf(waiting.intent.operation) === record);
        if (last !== undefined && snapshotOf(last.intent.operation) === snapshot) {
          last.intent = { intentId: newId(), operation };
          last.settle.push({ resolve, reject, since: now() });
          return;
        }
        queue.push({ intent: { intentId: newId(), operation }, settle: [{ resolve, reject, since: now() }] });
        void drain();
      });
    },
    pending: waiting,
  };
}

