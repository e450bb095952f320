/**
 * What a bulk run does after each answer from Resolver, for lookups and sends alike. Retrying is
 * safe because the bulk PUTs are idempotent (resetting or setting a flag twice ends the same) and
 * the lookups are GETs. Resolver's rate limits are not public, so these are our choices.
 */
import type { Result } from '../protocol';
import type { BulkPauseReason } from './bulk-schema';

/** Tries of one request for server errors, network failures and timeouts, the first included. */
export const MAX_TRIES = 5;
/** 429 without a readable Retry-After waits this long; a longer Retry-After is capped. */
export const RATE_LIMIT_DEFAULT_SECONDS = 5;
export const RATE_LIMIT_CAP_SECONDS = 60;
export const BACKOFF_CAP_MS = 30_000;

export type Verdict =
  | { kind: 'done' }
  | { kind: 'failed' }
  /** 429: nothing new is sent by the whole run for `waitMs`, then this request is tried again. */
  | { kind: 'rate-limited'; waitMs: number }
  | { kind: 'retry'; waitMs: number }
  /** The run cannot go on until something outside it changes; the request is tried again then. */
  | { kind: 'pause'; reason: Extract<BulkPauseReason, 'session' | 'forbidden' | 'maintenance'> };

/** `tries`: tries of this request so far, this one included. `random` in [0, 1) spreads the retries. */
export function verdictFor(result: Result<unknown>, tries: number, random: () => number): Verdict {
  if (result.ok) return { kind: 'done' };
  switch (result.kind) {
    case 'session-ended':
    case 'signed-out':
      return { kind: 'pause', reason: 'session' };
    case 'forbidden':
      return { kind: 'pause', reason: 'forbidden' };
    case 'maintenance':
      return { kind: 'pause', reason: 'maintenance' };
    case 'server':
    case 'network':
    case 'timeout':
      return tries < MAX_TRIES ? { kind: 'retry', waitMs: backoffMs(tries, random) } : { kind: 'failed' };
    case 'rejected':
      if (result.status === 429) {
        const seconds = Math.min(result.retryAfter ?? RATE_LIMIT_DEFAULT_SECONDS, RATE_LIMIT_CAP_SECONDS);
        return { kind: 'rate-limited', waitMs: seconds * 1000 };
      }
      return { kind: 'failed' };
    default:
      return { kind: 'failed' };
  }
}

/** 1, 2, 4, 8 s after tries 1–4, plus up to a second of jitter so parallel retries spread out. */
export function backoffMs(tries: number, random: () => number): number {
  return Math.min(BACKOFF_CAP_MS, 1000 * 2 ** (tries - 1) + Math.floor(random() * 1000));
}

/** The run-wide 429 wait: while closed, no request of the run is sent. */
export interface RateGate {
  closeFor(ms: number): void;
  /** Milliseconds until the gate opens; 0 when open. */
  remainingMs(): number;
}

export function createRateGate(now: () => number): RateGate {
  let openAt = 0;
  return {
    closeFor(ms) {
      openAt = Math.max(openAt, now() + ms);
    },
    remainingMs() {
      return Math.max(0, openAt - now());
    },
  };
}
