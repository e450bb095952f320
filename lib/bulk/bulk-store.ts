/**
 * The bulk runs in extension storage (`local:bulkRuns`: origin → its one run), written by the
 * content script of the Resolver tab that executes a run and watched by the bulk UI in any
 * context. Versioned like the audit history: to change the run's shape, edit bulk-schema.ts, bump
 * BULK_RUNS_VERSION and add `BULK_RUNS_MIGRATIONS[<new version>]`.
 *
 * Every read is zod-parsed; a run this version cannot read is ignored with a warning that holds
 * none of it (runs name people).
 */
import { z } from 'zod';
import { createSerialQueue } from '../serial-queue';
import { defineVersionedItem, type Migrations, type Versioning, type VersionedItem } from '../versioned-item';
import type { BulkRunSource } from './bulk-bridge';
import { BulkRunSchema, type BulkRun } from './bulk-schema';

export const BULK_RUNS_KEY = 'local:bulkRuns';

/** v1: `Record<origin, BulkRun>`. */
export const BULK_RUNS_VERSION = 1;

/** Version 1 is the first shape: nothing to migrate yet. */
export const BULK_RUNS_MIGRATIONS: Migrations = {};

export function defineBulkRunsItem(versioning: Versioning = { version: BULK_RUNS_VERSION, migrations: BULK_RUNS_MIGRATIONS }) {
  return defineVersionedItem(BULK_RUNS_KEY, {}, versioning);
}

export interface BulkStore extends BulkRunSource {
  /**
   * Stores a copy of the run, taken when called (later changes to `run` are not saved), under its origin. With `owner`, only while no other executor holds the stored
   * run's lease: answers false, storing nothing, when another tab has taken the run over.
   */
  save(run: BulkRun, owner?: string): Promise<boolean>;
  remove(origin: string): Promise<void>;
}

/** Only the record's shape: each origin's run is parsed when that origin is read. */
const StoredRunsSchema = z.record(z.string(), z.unknown());
/** Just enough of a stored run to see who executes it, without parsing its thousands of rows. */
const StoredLeaseSchema = z.looseObject({ lease: z.looseObject({ owner: z.string() }).nullable() });

export function createBulkStore(item: VersionedItem = defineBulkRunsItem()): BulkStore {
  // Read-modify-write of the shared record: serialised, so two writes in this context never drop one another.
  const serially = createSerialQueue();

  return {
    async get(origin) {
      return runOf(await item.getValue(), origin);
    },
    watch(origin, onChange) {
      return item.watch((stored) => onChange(runOf(stored, origin)));
    },
    async save(run, owner) {
      const checked = BulkRunSchema.parse(run);
      return serially(async () => {
        const runs = storedRuns(await item.getValue());
        const holder = StoredLeaseSchema.safeParse(runs[run.origin]);
        const heldBy = holder.success ? holder.data.lease?.owner : undefined;
        if (owner !== undefined && heldBy !== undefined && heldBy !== owner) return false;
        await item.setValue({ ...runs, [run.origin]: checked });
        return true;
      });
    },
    remove(origin) {
      return serially(async () => {
        const { [origin]: _removed, ...others } = storedRuns(await item.getValue());
        await item.setValue(others);
      });
    },
  };
}

/** What the bulk UI reads and watches. */
export function createBulkRunSource(): BulkRunSource {
  const { get, watch } = createBulkStore();
  return { get, watch };
}

function storedRuns(stored: unknown): Record<string, unknown> {
  const runs = StoredRunsSchema.safeParse(stored ?? {});
  if (runs.success) return runs.data;
  console.warn('Resolver MFA helper: the stored bulk runs are unreadable and were ignored.');
  return {};
}

function runOf(stored: unknown, origin: string): BulkRun | null {
  const entry = storedRuns(stored)[origin];
  if (entry === undefined) return null;
  const run = BulkRunSchema.safeParse(entry);
  if (run.success && run.data.origin === origin) return run.data;
  console.warn('Resolver MFA helper: a stored bulk run is unreadable and was ignored.');
  return null;
}
