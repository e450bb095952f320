import { describe, expect, it } from 'vitest';
import { assembleRun, BulkRunHeaderSchema, CHUNK_ROWS, rowChunkKey, sliceRows, splitRun, StoredRowChunkSchema } from './run-chunks';
import { bulkRunFor, readyRow } from './test-runs';

const rows = (count: number) => Array.from({ length: count }, (_, index) => readyRow(index + 1));

describe('a run in chunks', () => {
  it('cuts the rows into chunks of CHUNK_ROWS in order, the last one shorter, and no chunk for no rows', () => {
    expect(sliceRows(rows(0))).toEqual([]);
    expect(sliceRows(rows(CHUNK_ROWS)).map((chunk) => chunk.length)).toEqual([CHUNK_ROWS]);
    const sliced = sliceRows(rows(2 * CHUNK_ROWS + 1));
    expect(sliced.map((chunk) => chunk.length)).toEqual([CHUNK_ROWS, CHUNK_ROWS, 1]);
    expect(sliced[1][0].line).toBe(CHUNK_ROWS + 1);
  });

  it('splits into a header without rows and valid chunks that assemble back into the run', () => {
    const run = bulkRunFor({ rows: rows(250) });
    const { header, chunks } = splitRun(run, 7);
    expect(BulkRunHeaderSchema.parse(header)).toEqual(header);
    expect(header).not.toHaveProperty('rows');
    expect(header.rowChunks).toEqual([7, 7, 7]);
    expect(chunks.map(({ key }) => key)).toEqual([0, 1, 2].map((index) => rowChunkKey(run.origin, run.id, index)));
    const stored = chunks.map(({ value }) => StoredRowChunkSchema.parse(value));
    expect(assembleRun(header, stored.map((chunk) => chunk.rows))).toEqual(run);
  });

  it('keys every chunk by origin, run and index, never mixing two up though origins and ids hold colons', () => {
    const keys = [
      rowChunkKey('https://acme.resolver.com:8443', 'run', 0),
      rowChunkKey('https://acme.resolver.com', '8443:run', 0),
      rowChunkKey('https://acme.resolver.com', '8443', 0),
      rowChunkKey('https://acme.resolver.com', '8443', 1),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key.startsWith('local:bulkRunRows:')).toBe(true);
  });
});
