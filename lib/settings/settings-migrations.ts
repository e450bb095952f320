/**
 * The stored settings across versions: `SETTINGS_MIGRATIONS[n]` turns the stored value of version
 * n-1 into version n. @wxt-dev/storage runs them when the item is defined, before any read.
 */
import type { Migrations } from '../versioned-item';

/** v1: `{ callerChecklist }`; v2 adds `lastTab`. */
export const SETTINGS_VERSION = 2;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** v1 → v2: the helper opens on Reset, as it always did, until the admin picks another tab. */
function addLastTab(stored: unknown): unknown {
  // Not a settings object: left for parseStoredSettings to read as the defaults.
  if (!isRecord(stored)) return stored;
  return { ...stored, lastTab: 'reset' };
}

export const SETTINGS_MIGRATIONS: Migrations = { 2: addLastTab };
