/**
 * How a bulk run lies in extension storage (BULK_RUNS_VERSION 2): the run without its rows (the
 * header) in the `local:bulkRuns` record, and its rows in chunks of CHUNK_ROWS, each under its own
 * key. A progress save then rewrites the small header and the one or two chunks whose rows moved,
 * rather than the whole run (about 370 KB for 1,000 rows), which every context watching storage
 * would receive twice (old and new value).
 */
import * as z from 'zod/mini';
import { BULK_ROW_LIMIT, BulkRowSchema, BulkRunSchema, type BulkRow, type BulkRun } from './bulk-schema';

/**
 * Rows per chunk. About 70 rows finish per second and a run is saved every 1–5 s, so a progress
 * save touches 1–2 chunks of about 37 KB, while a 5,000-row run still needs only 50 keys.
 */
export const CHUNK_ROWS = 100;

const RevisionSchema = z.int().check(z.nonnegative());

/**
 * The stored run without its rows: `rowChunks` holds the revision of each chunk (chunk i holds
 * rows [i * CHUNK_ROWS, (i + 1) * CHUNK_ROWS)), so a reader sees which chunks changed since it
 * last read them without reading any.
 */
export const BulkRunHeaderSchema = z.extend(z.omit(BulkRunSchema, { rows: true }), {
  rowChunks: z.array(RevisionSchema).check(z.maxLength(Math.ceil(BULK_ROW_LIMIT / CHUNK_ROWS))),
});
export type BulkRunHeader = z.infer<typeof BulkRunHeaderSchema>;

/** Just which chunks a stored header names, without parsing the rest of it. */
export const ChunkRefsSchema = z.pick(BulkRunHeaderSchema, { origin: true, id: true, rowChunks: true });
export type ChunkRefs = z.infer<typeof ChunkRefsSchema>;

/**
 * One chunk as stored. It carries its own revision, the one its header names, so a reader that
 * got a header and then its chunks can tell a chunk that a later save already replaced.
 */
export const StoredRowChunkSchema = z.object({
  revision: RevisionSchema,
  rows: z.array(BulkRowSchema).check(z.minLength(1), z.maxLength(CHUNK_ROWS)),
});
export type StoredRowChunk = z.infer<typeof StoredRowChunkSchema>;

/**
 * The storage key of one chunk. It names the origin and the run, so a new run never reads an old
 * run's chunks; JSON keeps the parts apart although origins (ports) and ids may hold colons.
 */
export function rowChunkKey(origin: string, runId: string, index: number) {
  return `${BULK_CHUNK_PREFIX}${JSON.stringify([origin, runId, index])}` as const;
}

/** What every chunk's key starts with: the stores' owner collects chunks no header names. */
export const BULK_CHUNK_PREFIX = 'local:bulkRunRows:';

/** The keys of every chunk the header names, in row order. */
export function rowChunkKeys(header: Pick<BulkRunHeader, 'origin' | 'id' | 'rowChunks'>) {
  return header.rowChunks.map((_revision, index) => rowChunkKey(header.origin, header.id, index));
}

/** The rows cut into chunks of CHUNK_ROWS (the last one shorter); no rows, no chunks. */
export function sliceRows<T>(rows: readonly T[]): T[][] {
  return Array.from({ length: Math.ceil(rows.length / CHUNK_ROWS) }, (_, index) => rows.slice(index * CHUNK_ROWS, (index + 1) * CHUNK_ROWS));
}

/** The run a header and its chunks' rows (in the header's order) describe. */
export function assembleRun({ rowChunks: _revisions, ...run }: BulkRunHeader, chunks: readonly (readonly BulkRow[])[]): BulkRun {
  return { ...run, rows: chunks.flat() };
}

/** A run as stored: its header, and each chunk under its key, all chunks at `revision`. */
export function splitRun({ rows, ...run }: BulkRun, revision: number) {
  const slices = sliceRows(rows);
  const header: BulkRunHeader = { ...run, rowChunks: slices.map(() => revision) };
  const keys = rowChunkKeys(header);
  const chunks = slices.map((slice, index) => ({ key: keys[index], value: { revision, rows: slice } satisfies StoredRowChunk }));
  return { header, chunks };
}
