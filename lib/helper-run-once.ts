/**
 * Keeps the helper to one running copy per frame. The bootstrap's request and the popup may both
 * inject it into the same page (lib/helper-injection.ts); each injection evaluates the script
 * again in the same isolated world, whose globalThis the page cannot see.
 */

/** What the running copy leaves on the isolated world's globalThis. */
const RUNNING_KEY = '__resolverMfaHelperRunning';

interface Running {
  readonly isValid: boolean;
}

/**
 * Starts the helper unless a live copy already runs in this world: returns what `start` returned,
 * or null if another copy is running. A copy whose context has ended (an extension update left it
 * disconnected) no longer counts, so the new version takes over.
 */
export function startOncePerWorld<T extends Running>(start: () => T, world: object = globalThis): T | null {
  const previous: unknown = Reflect.get(world, RUNNING_KEY);
  if (isRunning(previous) && previous.isValid) return null;
  const started = start();
  Reflect.set(world, RUNNING_KEY, started);
  return started;
}

function isRunning(value: unknown): value is Running {
  return typeof value === 'object' && value !== null && 'isValid' in value;
}
