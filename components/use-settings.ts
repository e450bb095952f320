/**
 * The helper's settings, read straight from extension storage (the popup and the in-page panel
 * both can) and kept current when the options page saves.
 */
import { useMemo } from 'react';
import type { Settings } from '@/lib/settings/settings-schema';
import type { SettingsStore } from '@/lib/settings/settings-store';
import { sharedStores } from '@/lib/store-owner/owned-stores';
import { useLiveValue } from './use-live-value';

/** This context's settings: read from storage, saved through the background (lib/store-owner/). */
export function sharedSettingsStore(): SettingsStore {
  return sharedStores().settings;
}

/** null until read. */
export function useSettings(store: SettingsStore = sharedSettingsStore()): Settings | null {
  return useLiveValue(useMemo(() => ({ read: () => store.load(), watch: store.watch }), [store]));
}
