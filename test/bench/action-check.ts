/**
 * Proof that a measured run really acted: the simulator received exactly the one PUT the action
 * means, with the expected body. A bench that timed a no-op would report nonsense.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Simulator } from '../simulator';

export type ActionKey = 'enforce' | 'reset' | 'optOut';
export const ACTION_KEYS: readonly ActionKey[] = ['enforce', 'reset', 'optOut'];

export interface ExpectedPut {
  path: string;
  body: unknown;
}

/** Call before the run: clears the simulator's request log. */
export function startWatching(sim: Simulator): void {
  sim.requests.length = 0;
}

/** Throws unless the PUTs since `startWatching` are exactly `expected`. */
export function assertOnlyPut(sim: Simulator, expected: ExpectedPut, what: string): void {
  const puts = sim.requests.filter((request) => request.method === 'PUT');
  const matches = puts.length === 1 && puts[0].path === expected.path && isDeepStrictEqual(puts[0].body, expected.body);
  if (!matches) {
    throw new Error(
      `${what}: expected one PUT ${expected.path} ${JSON.stringify(expected.body)}, the simulator received ` +
        `${JSON.stringify(puts.map((put) => ({ path: put.path, body: put.body })))}.`,
    );
  }
}

/** Throws with `what` unless `condition` holds (a state change the action must have made). */
export function assertState(condition: boolean, what: string): void {
  if (!condition) throw new Error(`The action did not take effect: ${what}.`);
}
