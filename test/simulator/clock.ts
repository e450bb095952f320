/**
 * The simulator's clock, in unix seconds. It follows wall time plus an offset so tests can make
 * tokens, lockouts and remembered devices expire without waiting. TOTP codes are NOT checked
 * against it: authenticator apps (and otplib in tests) use real time.
 */
export interface SimClock {
  now(): number;
  advance(seconds: number): void;
}

export function createClock(): SimClock {
  let offset = 0;
  return {
    now: () => Math.floor(Date.now() / 1000) + offset,
    advance(seconds) {
      if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError('advance() takes a non-negative number of seconds');
      offset += seconds;
    },
  };
}
