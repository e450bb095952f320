import { describe, expect, it, vi } from 'vitest';
import type { Result, TabStatus } from '@/lib/protocol';
import { withEarlyStatus } from './early-status';

/** Told apart by their detail: which question answered. */
const answer = (which: string): Result<TabStatus> => ({ ok: false, kind: 'network', detail: which });

describe('withEarlyStatus', () => {
  it('gives the first plain status question the answer asked for early, and asks anew after', async () => {
    const getStatus = vi.fn(async (_request?: { fresh?: boolean }) => answer('asked now'));
    const bridge = withEarlyStatus({ getStatus }, Promise.resolve(answer('early')));
    await expect(bridge.getStatus()).resolves.toEqual(answer('early'));
    expect(getStatus).not.toHaveBeenCalled();
    await expect(bridge.getStatus()).resolves.toEqual(answer('asked now'));
    expect(getStatus).toHaveBeenCalledTimes(1);
  });

  it('asks anew for a fresh status (the admin’s Refresh), and then never hands the early answer out', async () => {
    const getStatus = vi.fn(async (_request?: { fresh?: boolean }) => answer('asked now'));
    const bridge = withEarlyStatus({ getStatus }, Promise.resolve(answer('early')));
    await expect(bridge.getStatus({ fresh: true })).resolves.toEqual(answer('asked now'));
    expect(getStatus).toHaveBeenCalledWith({ fresh: true });
    await expect(bridge.getStatus()).resolves.toEqual(answer('asked now'));
    expect(getStatus).toHaveBeenCalledTimes(2);
  });

  it('keeps the bridge’s other questions as they are', () => {
    const findUsers = vi.fn();
    const bridge = withEarlyStatus({ getStatus: vi.fn(), findUsers }, Promise.resolve(answer('early')));
    expect(bridge.findUsers).toBe(findUsers);
  });
});
