/** The targets, and which of them a run met. */
import { PACKAGE_PART, type BudgetCheck } from './bundle-size';
import type { EffortByAction } from './effort-extension';
import { ACTION_KEYS, type ActionKey } from './action-check';
import type { RequestCounts } from './request-count';

export const TARGETS = {
  /** Clicks plus typed fields per action with the helper, confirmation included. */
  extensionInteractionsMax: 3,
  popupReadyRatioMax: 1.15,
  swaggerLoadRatioMax: 1.02,
  bulkThroughputRatioMin: 0.9,
  /** The helper's exemption scan against a plain fetch loop of the same reads at the same concurrency. */
  exemptionScanRatioMin: 0.9,
  /**
   * The issue: "a single action by email sends at most the search, one membership read where the
   * action needs it, and the one write". Resolver API requests (under /user/) of the helper's
   * steady run, counted from the popup showing its status (the one "who am I?" the helper may send
   * when it opens, to show that status, is not part of the action) to the success message. Reset
   * and opt-out both read the membership (their forms show the user's current MFA state); enforce
   * is org-wide: no search, no membership, only the PUT.
   */
  requestsPerAction: { enforce: 1, reset: 3, optOut: 3 } satisfies Record<ActionKey, number>,
  /** "Who am I?" (`GET /user/users/me`) requests within those: the status shown on opening answers it. */
  whoAmIPerAction: 0,
  /**
   * The lean-build issue's ceilings, in raw bytes (kB of 1,000 bytes, as `npm run zip` prints
   * them), of the parts bundle-size.ts measures: the Chrome package, and what the background, the
   * helper on every Resolver page and the popup each load when they start.
   */
  sizeMaxBytes: {
    [PACKAGE_PART]: 220_000,
    background: 30_000,
    'content:resolver-main': 320_000,
    popup: 300_000,
  },
} as const;

export type SizeTarget = keyof typeof TARGETS.sizeMaxBytes;
export const SIZE_TARGETS = Object.keys(TARGETS.sizeMaxBytes) as SizeTarget[];

/** Where TargetsMet tells each size target. */
export const SIZE_TARGET_KEYS = {
  [PACKAGE_PART]: 'chromePackageSize',
  background: 'backgroundSize',
  'content:resolver-main': 'helperScriptSize',
  popup: 'popupSize',
} as const satisfies Record<SizeTarget, string>;
type SizeTargetKey = (typeof SIZE_TARGET_KEYS)[SizeTarget];

/** Whether the part `name` of the measured bundle is within its ceiling (not measured: not met). */
export function sizeWithinTarget(bundle: readonly BudgetCheck[], name: SizeTarget): boolean {
  const part = bundle.find((entry) => entry.name === name);
  return part !== undefined && part.raw <= TARGETS.sizeMaxBytes[name];
}

/** Whether one action's requests keep to its limits (total under /user/, and who-am-i). */
export function requestsWithinTarget(action: ActionKey, requests: RequestCounts): boolean {
  return requests.total <= TARGETS.requestsPerAction[action] && requests.whoAmI <= TARGETS.whoAmIPerAction;
}

export interface TargetInputs {
  extension: EffortByAction;
  popupReadyRatio: number;
  swaggerLoadRatio: number;
  /** null: not measured, which is not met. */
  bulkThroughputRatio: number | null;
  /** null: not measured, which is not met. */
  exemptionScanRatio: number | null;
  bundle: readonly BudgetCheck[];
}

export interface TargetsMet extends Record<SizeTargetKey, boolean> {
  extensionInteractions: boolean;
  /** Every action within `TARGETS.requestsPerAction`. */
  requestsPerAction: boolean;
  /** Every action within `TARGETS.whoAmIPerAction`. */
  whoAmIPerAction: boolean;
  popupReady: boolean;
  swaggerLoad: boolean;
  bulkThroughput: boolean;
  exemptionScan: boolean;
  bundleBudget: boolean;
}

export function targetsMet(inputs: TargetInputs): TargetsMet {
  return {
    extensionInteractions: ACTION_KEYS.every(
      (action) => inputs.extension[action].interactions <= TARGETS.extensionInteractionsMax,
    ),
    requestsPerAction: ACTION_KEYS.every(
      (action) => inputs.extension[action].requests.total <= TARGETS.requestsPerAction[action],
    ),
    whoAmIPerAction: ACTION_KEYS.every((action) => inputs.extension[action].requests.whoAmI <= TARGETS.whoAmIPerAction),
    popupReady: inputs.popupReadyRatio <= TARGETS.popupReadyRatioMax,
    swaggerLoad: inputs.swaggerLoadRatio <= TARGETS.swaggerLoadRatioMax,
    bulkThroughput: inputs.bulkThroughputRatio !== null && inputs.bulkThroughputRatio >= TARGETS.bulkThroughputRatioMin,
    exemptionScan: inputs.exemptionScanRatio !== null && inputs.exemptionScanRatio >= TARGETS.exemptionScanRatioMin,
    bundleBudget: inputs.bundle.length > 0 && inputs.bundle.every((entry) => entry.ok),
    ...(Object.fromEntries(SIZE_TARGETS.map((name) => [SIZE_TARGET_KEYS[name], sizeWithinTarget(inputs.bundle, name)])) as Record<
      SizeTargetKey,
      boolean
    >),
  };
}

export function allMet(met: TargetsMet): boolean {
  return Object.values(met).every(Boolean);
}
