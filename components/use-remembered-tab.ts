/**
 * The helper opens on the tab the admin used last (kept in the settings), so a series of the same
 * action (a week of opt-outs) needs no tab switch each time the popup opens.
 */
import { useCallback, useEffect, useState } from 'react';
import type { HelperTab } from '@/lib/settings/settings-schema';
import type { SettingsStore } from '@/lib/settings/settings-store';
import { sharedSettingsStore } from './use-settings';

/** `initial` is null until the settings are read. */
export function useRememberedTab(store: SettingsStore = sharedSettingsStore()) {
  const [initial, setInitial] = useState<HelperTab | null>(null);

  useEffect(() => {
    let live = true;
    void store.load().then(
      (settings) => live && setInitial(settings.lastTab),
      // Unreadable storage must not hide the actions: open on the first tab.
      () => live && setInitial('reset'),
    );
    return () => {
      live = false;
    };
  }, [store]);

  const remember = useCallback(
    (tab: HelperTab) => {
      // Only a convenience: if storage refuses, the helper opens on the previous tab next time.
      store.save({ lastTab: tab }).catch(() => undefined);
    },
    [store],
  );

  return { initial, remember };
}
