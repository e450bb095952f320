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
