import { describe, expect, it, vi } from 'vitest';
import { readManagedPolicy, watchManagedPolicy, type ManagedArea } from './managed-policy';

function area(managed: ManagedArea['managed']): ManagedArea & { fire(name: string): void } {
  const listeners = new Set<(changes: Record<string, unknown>, name: string) => void>();
  return {
    managed,
    onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
    fire: (name) => listeners.forEach((l) => l({}, name)),
  };
}

describe('managed storage', () => {
  it('reads no policy where there is none: {} (Chrome), a throw (Firefox) or no area', async () => {
    const none = { values: {}, problems: [] };
    await expect(readManagedPolicy(area({ get: async () => ({}) }))).resolves.toEqual(none);
    await expect(readManagedPolicy(area({ get: () => Promise.reject(new Error('Managed storage manifest not found')) }))).resolves.toEqual(none);
    await expect(readManagedPolicy(area(undefined))).resolves.toEqual(none);
  });

  it('asks the background where this context has no managed area, or it fails otherwise than "no policy"', async () => {
    const fromBackground = vi.fn(async () => ({ allowBulkRuns: false }));
    const expected = { values: { allowBulkRuns: false }, problems: [] };
    await expect(readManagedPolicy(area(undefined), fromBackground)).resolves.toEqual(expected);
    await expect(readManagedPolicy(area({ get: () => Promise.reject(new Error('Access denied')) }), fromBackground)).resolves.toEqual(expected);
    expect(fromBackground).toHaveBeenCalledTimes(2);
  });

  it('does not ask the background when the area says there is no policy, nor when it reads one', async () => {
    const fromBackground = vi.fn(async () => ({ allowBulkRuns: false }));
    await expect(
      readManagedPolicy(area({ get: () => Promise.reject(new Error('Managed storage manifest not found')) }), fromBackground),
    ).resolves.toEqual({ values: {}, problems: [] });
    await expect(readManagedPolicy(area({ get: async () => ({ requireReason: true }) }), fromBackground)).resolves.toEqual({
      values: { requireReason: true },
      problems: [],
    });
    expect(fromBackground).not.toHaveBeenCalled();
  });

  it('reads no policy when the background could not read it either', async () => {
    await expect(readManagedPolicy(area(undefined), async () => null)).resolves.toEqual({ values: {}, problems: [] });
  });

  it('reads the policy', async () => {
    await expect(readManagedPolicy(area({ get: async () => ({ allowEnforce: false }) }))).resolves.toEqual({ values: { allowEnforce: false }, problems: [] });
  });

  it('reads it again when the managed area changes, not for other areas, until unwatched', async () => {
    let stored: Record<string, unknown> = {};
    const fake = area({ get: async () => stored });
    const onChange = vi.fn();
    const stop = watchManagedPolicy(onChange, fake);
    stored = { requireReason: true };
    fake.fire('local');
    fake.fire('managed');
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith({ values: { requireReason: true }, problems: [] }));
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    fake.fire('managed');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
