/**
 * Runs tasks one after another, each starting once the previous one has settled (a failed task
 * does not stop the next). Stores that read a whole stored value and write it back use one per
 * context: extension storage has no compare-and-set, so two such updates overlapping would each
 * write a value without the other's change.
 */
export type SerialQueue = <T>(task: () => Promise<T>) => Promise<T>;

export function createSerialQueue(): SerialQueue {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
}
