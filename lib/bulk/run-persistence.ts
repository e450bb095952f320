/**
 * Saves the run an executor holds in memory, with its rows' audit drafts, at most every
 * `intervalMs` (a 5,000-row run is too big to write per row), and at once on `flush()` (every
 * phase change, and pagehide).
 *
 * Order of each save: the drafts of rows that became final are added to the audit history first,
 * then the run that shows those rows final. A crash between the two writes leaves the rows
 * pending in the stored run: the run resumes, sends them again (the PUTs are idempotent) and
 * records them again. So a crash can duplicate an audit entry, never lose one.
 */
import type { AuditDraft } from '../audit/audit-schema';
import type { AuditRecorder } from '../audit/audit-store';
import type { BulkRun } from './bulk-schema';
import type { BulkStore } from './bulk-store';

/** At most two writes a second: a live progress bar without rewriting a large run for every row. */
export const SAVE_INTERVAL_MS = 500;

export interface RunPersistenceOptions {
  store: BulkStore;
  recorder: AuditRecorder;
  /** The lease owner the saves are made for (see BulkStore.save). */
  owner: string;
  /** The run as it is now (the executor's in-memory copy). */
  run: () => BulkRun;
  /** Another executor took the run over: this one must stop. */
  onLost: () => void;
  intervalMs?: number;
}

export interface RunPersistence {
  /** Adds the draft of a row that reached done or failed; it is written before the run that shows it. */
  record(draft: AuditDraft): void;
  /** The run changed: save it within the interval. */
  changed(): void;
  /** Saves now (after any save in progress), and resolves once written. */
  flush(): Promise<void>;
  /** Stops saving the run; drafts still waiting are added to the audit history. */
  stop(): Promise<void>;
}

export function createRunPersistence(options: RunPersistenceOptions): RunPersistence {
  const intervalMs = options.intervalMs ?? SAVE_INTERVAL_MS;
  let drafts: AuditDraft[] = [];
  let dirty = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  async function write(): Promise<void> {
    if (stopped || (!dirty && drafts.length === 0)) return;
    dirty = false;
    // Taken together, synchronously: the snapshot shows exactly the rows whose drafts go first.
    const batch = drafts;
    drafts = [];
    const snapshot = structuredClone(options.run());
    try {
      await options.recorder.recordMany(batch);
    } catch (error) {
      // Without their audit entries the rows may not be saved as final: both wait for the next save.
      drafts = [...batch, ...drafts];
      dirty = true;
      console.warn('Resolver MFA helper: bulk rows could not be added to the audit history.', error instanceof Error ? error.message : '');
      return;
    }
    try {
      if (!(await options.store.save(snapshot, options.owner))) {
        stopped = true;
        options.onLost();
      }
    } catch (error) {
      dirty = true;
      console.warn('Resolver MFA helper: the bulk run could not be saved.', error instanceof Error ? error.message : '');
    }
  }

  function enqueueWrite(): Promise<void> {
    writing = writing.then(write);
    return writing;
  }

  return {
    record(draft) {
      drafts.push(draft);
    },
    changed() {
      dirty = true;
      if (timer !== undefined || stopped) return;
      timer = setTimeout(() => {
        timer = undefined;
        void enqueueWrite();
      }, intervalMs);
    },
    flush() {
      dirty = true;
      clearTimeout(timer);
      timer = undefined;
      return enqueueWrite();
    },
    async stop() {
      clearTimeout(timer);
      timer = undefined;
      await writing;
      stopped = true;
      const rest = drafts;
      drafts = [];
      await options.recorder.recordMany(rest).catch(() => undefined);
    },
  };
}
