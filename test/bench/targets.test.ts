import { describe, expect, it } from 'vitest';
import { allMet, targetsMet, type TargetInputs } from './targets';

const effort = (enforce: number, reset: number, optOut: number) => ({
  enforce: { interactions: enforce, wallTimeMs: 1 },
  reset: { interactions: reset, wallTimeMs: 1 },
  optOut: { interactions: optOut, wallTimeMs: 1 },
});

const passing: TargetInputs = {
  extension: effort(3, 3, 3),
  popupReadyRatio: 1.5,
  swaggerLoadRatio: 1.05,
  bulkThroughputRatio: 0.9,
  exemptionScanRatio: 0.9,
  bundle: [{ name: 'popup', files: ['popup.html'], raw: 10, gzip: 5, budget: { raw: 10, gzip: 5 }, ok: true }],
};

describe('targetsMet', () => {
  it('meets every target exactly at its limit', () => {
    const met = targetsMet(passing);
    expect(met).toEqual({
      extensionInteractions: true,
      popupReady: true,
      swaggerLoad: true,
      bulkThroughput: true,
      exemptionScan: true,
      bundleBudget: true,
    });
    expect(allMet(met)).toBe(true);
  });

  it('fails the effort target when any one action takes a 4th interaction', () => {
    expect(targetsMet({ ...passing, extension: effort(3, 3, 4) }).extensionInteractions).toBe(false);
  });

  it('fails each ratio just past its limit', () => {
    const met = targetsMet({ ...passing, popupReadyRatio: 1.51, swaggerLoadRatio: 1.06, bulkThroughputRatio: 0.89, exemptionScanRatio: 0.89 });
    expect(met).toMatchObject({ popupReady: false, swaggerLoad: false, bulkThroughput: false, exemptionScan: false });
    expect(allMet(met)).toBe(false);
  });

  it('counts an unmeasured bulk throughput as not met', () => {
    expect(targetsMet({ ...passing, bulkThroughputRatio: null }).bulkThroughput).toBe(false);
  });

  it('counts an unmeasured exemption scan as not met, and only that one', () => {
    const met = targetsMet({ ...passing, exemptionScanRatio: null });
    expect(met.exemptionScan).toBe(false);
    expect(met.bulkThroughput).toBe(true);
    expect(allMet(met)).toBe(false);
  });

  it('fails the budget when one entrypoint is over it, or when nothing was measured', () => {
    const over = { ...passing.bundle[0], ok: false };
    expect(targetsMet({ ...passing, bundle: [...passing.bundle, over] }).bundleBudget).toBe(false);
    expect(targetsMet({ ...passing, bundle: [] }).bundleBudget).toBe(false);
  });
});
