/**
 * How much of extension storage the helper's data uses, for the options page: Chrome gives
 * `storage.local` 10 MB (QUOTA_BYTES) to an extension without `unlimitedStorage`, which this one
 * does not ask for (SECURITY.md). Browsers that do not tell (no getBytesInUse or no quota) read as null.
 */
import { browser } from 'wxt/browser';

export interface StorageUsage {
  used: number;
  quota: number;
}

/** From this share of the quota on, the options page offers to export the history first. */
export const NEARLY_FULL_SHARE = 0.8;

interface LocalArea {
  getBytesInUse?: (keys: null) => Promise<number>;
  QUOTA_BYTES?: number;
}

export async function readStorageUsage(area: LocalArea = browser.storage.local as unknown as LocalArea): Promise<StorageUsage | null> {
  if (typeof area.getBytesInUse !== 'function' || typeof area.QUOTA_BYTES !== 'number') return null;
  try {
    return { used: await area.getBytesInUse(null), quota: area.QUOTA_BYTES };
  } catch {
    return null;
  }
}
