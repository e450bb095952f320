/**
 * The helper's settings, read straight from extension storage (the popup and the in-page panel
 * both can) and kept current when the options page saves.
 */
import { useEffect, useState } from 'react';
import type { Settings } from '@/lib/settings/settings-schema';
import type { SettingsStore } from '@/lib/settings/settings-store';
import { sharedStores } from '@/lib/store-owner/owned-stores';

/** This context's settings: read from storage, saved through the background (lib/store-owner/). */
export function sharedSettingsStore(): SettingsStore {
  return sharedStores().settings;
}

/** null until read. */
export function useSettings(store: SettingsStore = sharedSettingsStore()): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    let changed = false;
    const stop = store.watch((next) => {
      changed = true;
      if (live) setSettings(next);
    });
    void store.load().then((loaded) => live && !changed && setSettings(loaded));
    return () => {
      live = false;
      stop();
    };
  }, [store]);
  return settings;
}
