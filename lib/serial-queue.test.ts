import { describe, expect, it } from 'vitest';
import { createSerialQueue } from './serial-queue';

describe('a serial queue', () => {
  it('starts each task only once the one before has finished, in the order given', async () => {
    const serially = createSerialQueue();
    const log: string[] = [];
    const task = (name: string, ms: number) => () =>
      new Promise<string>((resolve) => {
        log.push(`start ${name}`);
        setTimeout(() => {
          log.push(`end ${name}`);
          resolve(name);
        }, ms);
      });
    const results = await Promise.all([serially(task('slow', 20)), serially(task('fast', 0))]);
    expect(results).toEqual(['slow', 'fast']);
    expect(log).toEqual(['start slow', 'end slow', 'start fast', 'end fast']);
  });

  it('hands a failure to its caller and still runs the next task', async () => {
    const serially = createSerialQueue();
    const failed = serially(() => Promise.reject(new Error('quota')));
    const next = serially(() => Promise.resolve('ran'));
    await expect(failed).rejects.toThrow('quota');
    await expect(next).resolves.toBe('ran');
  });
});
