/**
 * Injected faults for reliability tests: answer the next N API requests with an error status
 * (e.g. 503 maintenance, 429 with Retry-After), drop their connection, or slow every request.
 * Rules are consumed in the order they were added; the first rule matching a path wins.
 */
import { MAINTENANCE_MESSAGE } from '../../lib/resolver/knowledge';

/** A string matches the exact path (no query); a function gets the path and method. */
export type PathMatcher = string | RegExp | ((path: string, method: string) => boolean);

export interface FaultResponse {
  status: number;
  /** Seconds, sent as the Retry-After header. */
  retryAfter?: number;
  /** The error body's message; defaults by status (503: maintenance, 429: too.many.requests). */
  message?: string;
}

export interface FaultController {
  failNext(count: number, response: FaultResponse, path?: PathMatcher): void;
  dropNext(count: number, path?: PathMatcher): void;
  /** Delay every API answer by `ms` (0 turns it off). */
  latency(ms: number): void;
  clear(): void;
}

/** Faults active from the first request (`startSimulator({faults})`). */
export interface FaultPlan {
  latencyMs?: number;
  fail?: { count: number; response: FaultResponse; path?: PathMatcher }[];
  drop?: { count: number; path?: PathMatcher }[];
}

export type FaultDecision =
  | { kind: 'fail'; status: number; message: string; retryAfter?: number }
  | { kind: 'drop' }
  | null;

interface Rule {
  remaining: number;
  matches(path: string, method: string): boolean;
  decision: Exclude<FaultDecision, null>;
}

function matcher(path: PathMatcher | undefined): Rule['matches'] {
  if (path === undefined) return () => true;
  if (typeof path === 'string') return (p) => p === path;
  if (path instanceof RegExp) return (p) => path.test(p);
  return path;
}

function defaultMessage(status: number): string {
  if (status === 503) return MAINTENANCE_MESSAGE;
  if (status === 429) return 'too.many.requests';
  return 'simulated.fault';
}

function checkCount(count: number): void {
  if (!Number.isInteger(count) || count < 1) throw new RangeError('count must be a positive integer');
}

export class Faults implements FaultController {
  private rules: Rule[] = [];
  private delayMs = 0;

  constructor(plan: FaultPlan = {}) {
    for (const f of plan.fail ?? []) this.failNext(f.count, f.response, f.path);
    for (const d of plan.drop ?? []) this.dropNext(d.count, d.path);
    if (plan.latencyMs !== undefined) this.latency(plan.latencyMs);
  }

  failNext(count: number, response: FaultResponse, path?: PathMatcher): void {
    checkCount(count);
    if (!Number.isInteger(response.status) || response.status < 400 || response.status > 599) {
      throw new RangeError('a fault status must be 400-599');
    }
    this.rules.push({
      remaining: count,
      matches: matcher(path),
      decision: {
        kind: 'fail',
        status: response.status,
        message: response.message ?? defaultMessage(response.status),
        retryAfter: response.retryAfter,
      },
    });
  }

  dropNext(count: number, path?: PathMatcher): void {
    checkCount(count);
    this.rules.push({ remaining: count, matches: matcher(path), decision: { kind: 'drop' } });
  }

  latency(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('latency must be a non-negative number of ms');
    this.delayMs = ms;
  }

  clear(): void {
    this.rules = [];
    this.delayMs = 0;
  }

  get latencyMs(): number {
    return this.delayMs;
  }

  /** The fault for this request, if any, consuming one use of its rule. */
  take(path: string, method: string): FaultDecision {
    const rule = this.rules.find((r) => r.remaining > 0 && r.matches(path, method));
    if (!rule) return null;
    rule.remaining -= 1;
    this.rules = this.rules.filter((r) => r.remaining > 0);
    return rule.decision;
  }
}
