import { describe, expect, it } from 'vitest';
import { parseArgs, SAMPLES } from './args';

describe('parseArgs', () => {
  it('reads the flags in any order', () => {
    expect(parseArgs(['--json', '--quick'])).toEqual({ quick: true, json: true, updateBudget: false });
    expect(parseArgs([])).toEqual({ quick: false, json: false, updateBudget: false });
  });

  it('refuses an unknown option rather than running a different bench than asked', () => {
    expect(() => parseArgs(['--quik'])).toThrow(/--quik/);
  });
});

describe('sample sizes', () => {
  it('keep the issue’s minimums even in quick mode', () => {
    for (const sizes of Object.values(SAMPLES)) {
      expect(sizes.popupPairs).toBeGreaterThanOrEqual(20);
      expect(sizes.swaggerPairs).toBeGreaterThanOrEqual(5);
      expect(sizes.bulkRows).toBe(1000);
      expect(sizes.scanUsers).toBe(2000);
    }
    expect(SAMPLES.full.swaggerPairs).toBeGreaterThanOrEqual(10);
  });
});
