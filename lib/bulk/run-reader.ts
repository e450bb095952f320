/**
 * Reads one origin's bulk run out of the stored headers and its row chunks (run-chunks.ts). A
 * reader keeps the chunks it parsed and reads again only those whose revision changed, so a
 * watcher of a 1,000-row run reads one or two chunks per progress save, not the whole run.
 *
 * Every read is zod-parsed; a run this version cannot read is ignored with a warning that holds
 * none of it (runs name people).
 */
import { storage } from '@wxt-dev/storage';
import * as z from 'zod/mini';
import type { BulkRow, BulkRun } from './bulk-schema';
import { assembleRun, BulkRunHeaderSchema, ChunkRefsSchema, rowChunkKeys, StoredRowChunkSchema, type ChunkRefs, type StoredRowChunk } from './run-chunks';

/** Only the record's shape: each origin's entry is parsed when that origin is read. */
const ByOriginSchema = z.record(z.string(), z.unknown());

/** A stored record of origin → run (v1) or header (v2); anything else reads as empty, with a warning. */
export function storedByOrigin(stored: unknown): Record<string, unknown> {
  const record = ByOriginSchema.safeParse(stored ?? {});
  if (record.success) return record.data;
  console.warn('Resolver MFA helper: the stored bulk runs are unreadable and were ignored.');
  return {};
}

export function warnUnreadableRun(): null {
  console.warn('Resolver MFA helper: a stored bulk run is unreadable and was ignored.');
  return null;
}

export interface RunReader {
  /**
   * The run of `origin` as `headers` (the stored header record, as read or as a change delivered
   * it) describes it; null when there is none, or it is unreadable (with a warning). 'replaced'
   * when a later save or removal replaced a chunk it names before that chunk was read.
   */
  read(headers: unknown, origin: string): Promise<BulkRun | null | 'replaced'>;
}

/** `readHeaders` reads the header record as stored now: it tells a replaced chunk from a lost one. */
export function createRunReader(readHeaders: () => Promise<unknown>): RunReader {
  const parsed = new Map<string, StoredRowChunk>();

  return {
    async read(headers, origin) {
      const entry = storedByOrigin(headers)[origin];
      if (entry === undefined) {
        parsed.clear();
        return null;
      }
      const header = BulkRunHeaderSchema.safeParse(entry);
      if (!header.success || header.data.origin !== origin) return warnUnreadableRun();
      const { rowChunks } = header.data;
      const keys = rowChunkKeys(header.data);
      const rowsAt = (key: string, index: number): BulkRow[] | undefined => {
        const chunk = parsed.get(key);
        return chunk?.revision === rowChunks[index] ? chunk.rows : undefined;
      };

      const changed = keys.filter((key, index) => rowsAt(key, index) === undefined);
      if (changed.length > 0) {
        for (const { key, value } of await storage.getItems(changed)) {
          const chunk = StoredRowChunkSchema.safeParse(value);
          if (chunk.success) parsed.set(key, chunk.data);
          else parsed.delete(key);
        }
      }
      const kept = new Set<string>(keys);
      for (const key of parsed.keys()) if (!kept.has(key)) parsed.delete(key);

      const chunks = keys.map(rowsAt);
      if (chunks.every((rows): rows is BulkRow[] => rows !== undefined)) return assembleRun(header.data, chunks);
      // A chunk is missing, damaged, or newer than this header. Storage writes a header and its
      // chunks in one set, so when the stored header has moved on, a later save or removal
      // replaced the chunk (and its own change follows); otherwise the chunk is lost.
      const now = ChunkRefsSchema.safeParse(storedByOrigin(await readHeaders())[origin]);
      return now.success && sameChunks(now.data, header.data) ? warnUnreadableRun() : 'replaced';
    },
  };
}

function sameChunks(a: ChunkRefs, b: ChunkRefs): boolean {
  return a.id === b.id && a.rowChunks.length === b.rowChunks.length && a.rowChunks.every((revision, index) => revision === b.rowChunks[index]);
}
