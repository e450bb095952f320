import { describe, expect, it } from 'vitest';
import type { EffortByAction } from './effort-extension';
import { countRequests, type RequestCounts } from './request-count';
import { PACKAGE_PART } from './bundle-size';
import { allMet, requestsWithinTarget, SIZE_TARGET_KEYS, SIZE_TARGETS, targetsMet, TARGETS, type TargetInputs } from './targets';

const get = (path: string, query: Record<string, string> = {}) => ({ method: 'GET', path, query });
const ME = get('/user/users/me');
const SEARCH = get('/user/users', { search: 'user5@example.com' });
const MEMBERSHIP = get('/user/org/1/user/5');
const put = (path: string) => ({ method: 'PUT', path, query: {} });

/** Exactly what the issue allows per action. */
const ALLOWED = {
  enforce: countRequests([put('/user/org/mfa')]),
  reset: countRequests([SEARCH, MEMBERSHIP, put('/user/users/mfa/reset')]),
  optOut: countRequests([SEARCH, MEMBERSHIP, put('/user/users/5/membership')]),
};
const NONE = countRequests([]);

const effort = (
  enforce: number,
  reset: number,
  optOut: number,
  requests: Partial<Record<keyof typeof ALLOWED, RequestCounts>> = {},
): EffortByAction => {
  const one = (interactions: number, action: keyof typeof ALLOWED) => ({
    interactions,
    wallTimeMs: 1,
    requests: requests[action] ?? ALLOWED[action],
    beforeStart: countRequests([ME]),
    afterSuccess: NONE,
  });
  return { enforce: one(enforce, 'enforce'), reset: one(reset, 'reset'), optOut: one(optOut, 'optOut') };
};

/** A measured part exactly at its size ceiling, within its budget. */
const atCeiling = (name: (typeof SIZE_TARGETS)[number]) => {
  const raw = TARGETS.sizeMaxBytes[name];
  const gzip = name === PACKAGE_PART ? null : 5;
  return { name, files: ['x'], raw, gzip, budget: { raw, gzip: gzip ?? undefined }, ok: true };
};

const passing: TargetInputs = {
  extension: effort(3, 3, 3),
  popupReadyRatio: 1.15,
  swaggerLoadRatio: 1.02,
  bulkThroughputRatio: 0.9,
  exemptionScanRatio: 0.9,
  bundle: SIZE_TARGETS.map(atCeiling),
};

describe('targetsMet', () => {
  it('meets every target exactly at its limit', () => {
    const met = targetsMet(passing);
    expect(met).toEqual({
      extensionInteractions: true,
      requestsPerAction: true,
      whoAmIPerAction: true,
      popupReady: true,
      swaggerLoad: true,
      bulkThroughput: true,
      exemptionScan: true,
      bundleBudget: true,
      chromePackageSize: true,
      backgroundSize: true,
      helperScriptSize: true,
      popupSize: true,
    });
    expect(allMet(met)).toBe(true);
  });

  it('fails the effort target when any one action takes a 4th interaction', () => {
    expect(targetsMet({ ...passing, extension: effort(3, 3, 4) }).extensionInteractions).toBe(false);
  });

  it('allows enforce 1 request, reset and opt-out 3 each, and no who-am-i', () => {
    expect(TARGETS.requestsPerAction).toEqual({ enforce: 1, reset: 3, optOut: 3 });
    expect(TARGETS.whoAmIPerAction).toBe(0);
    for (const action of ['enforce', 'reset', 'optOut'] as const) expect(requestsWithinTarget(action, ALLOWED[action])).toBe(true);
  });

  it('fails the request target when one action sends one request more, the who-am-i target still met', () => {
    const twice = countRequests([SEARCH, MEMBERSHIP, MEMBERSHIP, put('/user/users/5/membership')]);
    const met = targetsMet({ ...passing, extension: effort(3, 3, 3, { optOut: twice }) });
    expect(met).toMatchObject({ requestsPerAction: false, whoAmIPerAction: true });
    expect(requestsWithinTarget('optOut', twice)).toBe(false);
    expect(allMet(met)).toBe(false);
    const enforceWithRead = countRequests([get('/user/users/1'), put('/user/org/mfa')]);
    expect(targetsMet({ ...passing, extension: effort(3, 3, 3, { enforce: enforceWithRead }) }).requestsPerAction).toBe(false);
  });

  it('fails the who-am-i target for a single "who am I?" even within the request limit', () => {
    // Reset by email with no membership read but a who-am-i: 3 requests, within the limit.
    const withMe = countRequests([ME, SEARCH, put('/user/users/mfa/reset')]);
    const met = targetsMet({ ...passing, extension: effort(3, 3, 3, { reset: withMe }) });
    expect(met).toMatchObject({ requestsPerAction: true, whoAmIPerAction: false });
    expect(requestsWithinTarget('reset', withMe)).toBe(false);
    expect(allMet(met)).toBe(false);
  });

  it('counts neither the opening who-am-i, nor an API description document, nor what follows the success', () => {
    const extension = effort(3, 3, 3, { enforce: countRequests([get('/api/openapi.json'), put('/user/org/mfa')]) });
    extension.reset.beforeStart = countRequests([ME, ME]);
    extension.optOut.afterSuccess = countRequests([ME]);
    expect(targetsMet({ ...passing, extension })).toMatchObject({ requestsPerAction: true, whoAmIPerAction: true });
  });

  it('fails each ratio just past its limit', () => {
    const met = targetsMet({ ...passing, popupReadyRatio: 1.151, swaggerLoadRatio: 1.021, bulkThroughputRatio: 0.89, exemptionScanRatio: 0.89 });
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

  it('holds the lean-build ceilings: package 220 kB, background 30 kB, helper 320 kB, popup 300 kB, popup 1.15×, Swagger 1.02×', () => {
    expect(TARGETS.sizeMaxBytes).toEqual({ [PACKAGE_PART]: 220_000, background: 30_000, 'content:resolver-main': 320_000, popup: 300_000 });
    expect(TARGETS.popupReadyRatioMax).toBe(1.15);
    expect(TARGETS.swaggerLoadRatioMax).toBe(1.02);
  });

  it('fails each size target one byte past its ceiling, and when the part was not measured', () => {
    for (const name of SIZE_TARGETS) {
      const over = passing.bundle.map((part) => (part.name === name ? { ...part, raw: part.raw + 1 } : part));
      const met = targetsMet({ ...passing, bundle: over });
      expect(met[SIZE_TARGET_KEYS[name]], name).toBe(false);
      expect(allMet(met)).toBe(false);
      const missing = targetsMet({ ...passing, bundle: passing.bundle.filter((part) => part.name !== name) });
      expect(missing[SIZE_TARGET_KEYS[name]], name).toBe(false);
    }
  });
});
