import { describe, expect, it, vi } from 'vitest';
import { startOncePerWorld } from './helper-run-once';

/** A started copy of the helper whose context can end. */
function copy() {
  return { isValid: true };
}

describe('startOncePerWorld', () => {
  it('starts the first copy and refuses a second while the first runs', () => {
    const world = {};
    const first = copy();
    const secondStart = vi.fn(copy);
    expect(startOncePerWorld(() => first, world)).toBe(first);
    expect(startOncePerWorld(secondStart, world)).toBeNull();
    expect(secondStart).not.toHaveBeenCalled();
  });

  it('starts a new copy once the running one has ended', () => {
    const world = {};
    const first = copy();
    startOncePerWorld(() => first, world);
    first.isValid = false;
    const second = copy();
    expect(startOncePerWorld(() => second, world)).toBe(second);
    expect(startOncePerWorld(copy, world)).toBeNull();
  });

  it('keeps separate worlds apart', () => {
    startOncePerWorld(copy, {});
    const other = copy();
    expect(startOncePerWorld(() => other, {})).toBe(other);
  });
});
