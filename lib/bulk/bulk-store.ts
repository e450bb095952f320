/**
 * The bulk runs in extension storage, written by the content script of the Resolver tab that
 * executes a run and read and watched by the bulk UI in any context. One run per origin: its
 * header in `local:bulkRuns` (origin → header) and its rows in chunks under keys of their own
 * (run-chunks.ts), so a progress save writes a few kilobytes rather than the whole run.
 * Versioned like the audit history: to change the stored shape, edit bulk-schema.ts or
 * run-chunks.ts, bump BULK_RUNS_VERSION and add `BULK_RUNS_MIGRATIONS[<new version>]`.
 */
import { storage, type StorageItemKey } from '@wxt-dev/storage';
import * as z from 'zod/mini';
import { createSerialQueue } from '../serial-queue';
import { defineVersionedItem, versionMark, type Migrations, type Versioning, type VersionedItem } from '../versioned-item';
import type { BulkRunSource } from './bulk-bridge';
import { BulkRunSchema, type BulkRun } from './bulk-schema';
import { BulkRunHeaderSchema, ChunkRefsSchema, rowChunkKeys, sliceRows, splitRun, StoredRowChunkSchema, type BulkRunHeader } from './run-chunks';
import { createRunReader, storedByOrigin, warnUnreadableRun } from './run-reader';

export const BULK_RUNS_KEY = 'local:bulkRuns';

/** v1: `Record<origin, BulkRun>`. v2: `Record<origin, BulkRunHeader>`, the rows in chunks (run-chunks.ts). */
export const BULK_RUNS_VERSION = 2;

/**
 * The revision of every migrated chunk: a fixed one, so that contexts migrating at once (WXT runs
 * the migration in each context that defines the item while version 1 is stored) write the same values.
 */
const MIGRATED_REVISION = 0;

export const BULK_RUNS_MIGRATIONS: Migrations = {
  /** Each run's rows move to their chunks; unreadable runs are dropped (with a warning). */
  2: async (stored) => {
    const headers: Record<string, BulkRunHeader> = {};
    const chunks: ReturnType<typeof splitRun>['chunks'] = [];
    for (const [origin, entry] of Object.entries(storedByOrigin(stored))) {
      const run = BulkRunSchema.safeParse(entry);
      if (!run.success || run.data.origin !== origin) {
        warnUnreadableRun();
        continue;
      }
      const split = splitRun(run.data, MIGRATED_REVISION);
      headers[origin] = split.header;
      chunks.push(...split.chunks);
    }
    // Before WXT stores the headers: a header is never stored without its chunks.
    await storage.setItems(chunks);
    return headers;
  },
};

export function defineBulkRunsItem(versioning: Versioning | null = { version: BULK_RUNS_VERSION, migrations: BULK_RUNS_MIGRATIONS }) {
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

/** What only the stores' owner (lib/store-owner/) uses besides writing. */
export interface BulkOwnerStore extends BulkStore {
  /** The runs no tab executes any more (finished or cancelled), oldest update first: what the quota rule may drop. */
  finishedRuns(): Promise<{ origin: string; updatedAt: string }[]>;
  /** The chunk keys the stored headers name: any other stored chunk is an orphan. */
  namedChunkKeys(): Promise<Set<string>>;
}

/** Just enough of a stored header for the quota rule. */
const StoredEndSchema = z.looseObject({ phase: z.enum(['finished', 'cancelled']), updatedAt: z.iso.datetime() });

/** How often get reads again when a save replaced the chunks it was reading, before it gives up. */
const READ_ATTEMPTS = 5;

/** Just enough of a stored header to see who executes the run. */
const StoredLeaseSchema = z.looseObject({ lease: z.nullable(z.looseObject({ owner: z.string() })) });

/** What a store last wrote of an origin's run: each chunk's rows as JSON, and the revision written. */
interface Written {
  runId: string;
  chunks: { json: string; revision: number }[];
}

export function createBulkStore(item: VersionedItem = defineBulkRunsItem()): BulkOwnerStore {
  // Read-modify-write of the shared record: serialised, so two writes in this context never drop one another.
  const serially = createSerialQueue();
  const written = new Map<string, Written>();
  const readHeaders = () => item.getValue();

  return {
    async get(origin) {
      const reader = createRunReader(readHeaders);
      // 'replaced': a save landed between reading the header and its chunks; read the new one.
      for (let attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
        const run = await reader.read(await readHeaders(), origin);
        if (run !== 'replaced') return run;
      }
      console.warn('Resolver MFA helper: a stored bulk run kept changing while it was read.');
      return null;
    },
    watch(origin, onChange) {
      const reader = createRunReader(readHeaders);
      // Every save rewrites the header record. One change at a time: a slow read never delivers an older run after a newer one.
      const inOrder = createSerialQueue();
      let watching = true;
      const unwatch = item.watch((headers) => {
        void inOrder(async () => {
          if (!watching) return;
          let run: Awaited<ReturnType<typeof reader.read>>;
          try {
            run = await reader.read(headers, origin);
          } catch (error) {
            console.warn('Resolver MFA helper: the stored bulk run could not be read.', error instanceof Error ? error.message : '');
            return;
          }
          // 'replaced': a later save already rewrote this header's chunks; its own change delivers that run.
          if (watching && run !== 'replaced') onChange(run);
        });
      });
      return () => {
        watching = false;
        unwatch();
      };
    },
    async save(run, owner) {
      const { rows, ...fields } = run;
      const slices = sliceRows(rows);
      // Both copies are taken now: the runner goes on changing the run's rows in place while this save waits its turn.
      // The revisions are placeholders until the stored header is read; parsing them checks the row count.
      const header = BulkRunHeaderSchema.parse({ ...fields, rowChunks: slices.map(() => 0) });
      const contents = slices.map((slice) => JSON.stringify(slice));
      return serially(async () => {
        const headers = storedByOrigin(await readHeaders());
        const stored = headers[header.origin];
        const holder = StoredLeaseSchema.safeParse(stored);
        const heldBy = holder.success ? holder.data.lease?.owner : undefined;
        if (owner !== undefined && heldBy !== undefined && heldBy !== owner) return false;

        const refs = ChunkRefsSchema.safeParse(stored);
        const storedRevisions = refs.success && refs.data.id === header.id ? refs.data.rowChunks : [];
        const known = written.get(header.origin);
        const knownChunks = known?.runId === header.id ? known.chunks : [];
        const keys = rowChunkKeys(header);
        const changed: { key: StorageItemKey; value: unknown }[] = [];
        const now = Date.now();
        const chunks = contents.map((json, index) => {
          const was = knownChunks[index];
          // Unchanged since this store wrote it, and not rewritten since by another.
          if (was !== undefined && was.json === json && was.revision === storedRevisions[index]) return was;
          // Time-based and above the stored one: a run removed and stored again never repeats a
          // revision a watcher still holds the rows of.
          const revision = Math.max(now, (storedRevisions[index] ?? 0) + 1);
          changed.push({ key: keys[index], value: StoredRowChunkSchema.parse({ revision, rows: JSON.parse(json) }) });
          return { json, revision };
        });

        const saved = { ...header, rowChunks: chunks.map((chunk) => chunk.revision) };
        // One setItems is one storage.local.set: no context ever reads a header whose chunks are not written yet.
        await storage.setItems([
          { key: item.key, value: { ...headers, [header.origin]: saved } },
          // Chrome sends no change for an unchanged value, so writing the mark every time costs nothing.
          versionMark(item.key, BULK_RUNS_VERSION),
          ...changed,
        ]);
        written.set(header.origin, { runId: header.id, chunks });
        // The chunks the stored header named that this one does not (another run's): harmless, but they must not pile up.
        const kept = new Set<string>(keys);
        const left = chunkKeysOf(stored).filter((key) => !kept.has(key));
        if (left.length > 0) await storage.removeItems(left);
        return true;
      });
    },
    async finishedRuns() {
      return Object.entries(storedByOrigin(await readHeaders()))
        .flatMap(([origin, stored]) => {
          const end = StoredEndSchema.safeParse(stored);
          return end.success ? [{ origin, updatedAt: end.data.updatedAt }] : [];
        })
        .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
    },
    async namedChunkKeys() {
      return new Set(Object.values(storedByOrigin(await readHeaders())).flatMap(chunkKeysOf));
    },
    remove(origin) {
      return serially(async () => {
        const { [origin]: removed, ...others } = storedByOrigin(await readHeaders());
        await item.setValue(others);
        written.delete(origin);
        const left = chunkKeysOf(removed);
        if (left.length > 0) await storage.removeItems(left);
      });
    },
  };
}

/** What the bulk UI reads and watches, in any context (a reader's view: no migrations, see versioned-item.ts). */
export function createBulkRunSource(): BulkRunSource {
  const { get, watch } = createBulkStore(defineBulkRunsItem(null));
  return { get, watch };
}

/** The chunk keys a stored header names (none when it cannot tell). */
function chunkKeysOf(stored: unknown) {
  const refs = ChunkRefsSchema.safeParse(stored);
  return refs.success ? rowChunkKeys(refs.data) : [];
}
