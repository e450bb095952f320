/**
 * How far each Resolver origin's clock is from this machine's, learned from the `Date` header of
 * Resolver's answers and kept in extension storage (`local:resolverClockOffsets`, milliseconds,
 * Resolver minus local). Reminder expiries are moments on Resolver's clock: with the offset, a
 * laptop whose clock is wrong neither reminds early nor misses an expiry.
 */
import { storage } from '@wxt-dev/storage';
import * as z from 'zod/mini';
import type { ApiClient, ApiResponse } from '../page/api-client';
import type { Result } from '../protocol';
import { createSerialQueue } from '../serial-queue';

export const CLOCK_OFFSETS_KEY = 'local:resolverClockOffsets';

/**
 * Smaller changes are not written: the header counts whole seconds and the answer takes a moment
 * to arrive, so two readings of the same clock differ by a second or so.
 */
export const OFFSET_TOLERANCE_MS = 5_000;

/** zod's numbers are finite: an offset of Infinity or NaN is refused. */
export const ClockOffsetsSchema = z.record(z.string(), z.number());
export type ClockOffsets = z.infer<typeof ClockOffsetsSchema>;

export interface ClockOffsetStore {
  /** Every origin's offset; an origin never heard from is missing (read as 0). */
  load(): Promise<ClockOffsets>;
  /** Stores `offsetMs` for `origin` when it differs from the stored one by more than the tolerance. */
  learn(origin: string, offsetMs: number): Promise<void>;
  watch(onChange: (offsets: ClockOffsets) => void): () => void;
}

function parseOffsets(stored: unknown): ClockOffsets {
  const parsed = ClockOffsetsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : {};
}

/**
 * The owner's store (the background writes it), or, with `writeThroughOwner`, a reader's: learning
 * then sends the offset to the owner instead of writing, which checks it against the stored one again.
 */
export function createClockOffsetStore(writeThroughOwner?: (origin: string, offsetMs: number) => Promise<void>): ClockOffsetStore {
  // Read through parseOffsets: storage is a boundary.
  const item = storage.defineItem<unknown>(CLOCK_OFFSETS_KEY, { fallback: {} });
  const serially = createSerialQueue();
  // The offset this context last read or wrote per origin: every API answer is a reading, and a
  // bulk run's thousands of answers must not each wait for a storage round trip.
  const known = new Map<string, number>();
  const close = (origin: string, offsetMs: number) => {
    const last = known.get(origin);
    return last !== undefined && Math.abs(last - offsetMs) <= OFFSET_TOLERANCE_MS;
  };
  return {
    async load() {
      return parseOffsets(await item.getValue());
    },
    learn(origin, offsetMs) {
      if (close(origin, offsetMs)) return Promise.resolve();
      if (writeThroughOwner) {
        // Known at once: the answers that come while the owner takes it are readings of the same
        // clock, not offsets to send again. The owner compares it with the stored one.
        const rounded = Math.round(offsetMs);
        known.set(origin, rounded);
        return writeThroughOwner(origin, rounded);
      }
      return serially(async () => {
        const offsets = parseOffsets(await item.getValue());
        const stored = offsets[origin];
        if (stored !== undefined) known.set(origin, stored);
        if (close(origin, offsetMs)) return;
        const rounded = Math.round(offsetMs);
        await item.setValue({ ...offsets, [origin]: rounded });
        known.set(origin, rounded);
      });
    },
    watch(onChange) {
      return item.watch((stored) => onChange(parseOffsets(stored)));
    },
  };
}

/** Resolver's "now" for `origin`, given the stored offsets (0 for an origin never heard from). */
export function resolverNow(offsets: ClockOffsets, origin: string, localNowMs: number): number {
  return localNowMs + (offsets[origin] ?? 0);
}

/**
 * The same client, which also learns its origin's clock offset from every success's Date header.
 * The offset is stored before the answer is handed on, so whoever asked can read it right after.
 */
export function learningClockOffset(
  client: ApiClient,
  offsets: Pick<ClockOffsetStore, 'learn'>,
  now: () => number = Date.now,
): ApiClient {
  async function learnFrom(answer: Result<ApiResponse>): Promise<Result<ApiResponse>> {
    if (!answer.ok || answer.value.date === null) return answer;
    const resolverMs = Date.parse(answer.value.date);
    if (Number.isNaN(resolverMs)) return answer;
    try {
      await offsets.learn(client.origin, resolverMs - now());
    } catch (error) {
      // The answer matters more than the offset; the next answer tries again.
      console.warn('Resolver MFA helper: the Resolver clock offset could not be stored.', error instanceof Error ? error.message : '');
    }
    return answer;
  }
  return {
    origin: client.origin,
    get: async (path, options) => learnFrom(await client.get(path, options)),
    put: async (path, body) => learnFrom(await client.put(path, body)),
    // Documents are static files: their Date header says nothing worth keeping.
    getText: (path, options) => client.getText(path, options),
  };
}
