/** The targets, and which of them a run met. */
import type { BudgetCheck } from './bundle-size';
import type { EffortByAction } from './effort-extension';
import { ACTION_KEYS } from './action-check';

export const TARGETS = {
  /** Clicks plus typed fields per action with the helper, confirmation included. */
  extensionInteractionsMax: 3,
  popupReadyRatioMax: 1.5,
  swaggerLoadRatioMax: 1.05,
  bulkThroughputRatioMin: 0.9,
  /** The helper's exemption scan against a plain fetch loop of the same reads at the same concurrency. */
  exemptionScanRatioMin: 0.9,
} as const;

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

export interface TargetsMet {
  extensionInteractions: boolean;
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
    popupReady: inputs.popupReadyRatio <= TARGETS.popupReadyRatioMax,
    swaggerLoad: inputs.swaggerLoadRatio <= TARGETS.swaggerLoadRatioMax,
    bulkThroughput: inputs.bulkThroughputRatio !== null && inputs.bulkThroughputRatio >= TARGETS.bulkThroughputRatioMin,
    exemptionScan: inputs.exemptionScanRatio !== null && inputs.exemptionScanRatio >= TARGETS.exemptionScanRatioMin,
    bundleBudget: inputs.bundle.length > 0 && inputs.bundle.every((entry) => entry.ok),
  };
}

export function allMet(met: TargetsMet): boolean {
  return Object.values(met).every(Boolean);
}
