/**
 * The stored bulk run of the tab's origin, kept current from extension storage: a popup opened
 * mid-run shows it at once, and a closed popup or a reloaded tab loses nothing.
 */
import { useCallback, useEffect, useState } from 'react';
import type { BulkRunSource } from '@/lib/bulk/bulk-bridge';
import type { BulkRun } from '@/lib/bulk/bulk-schema';

/**
 * A command's answer and a storage change can arrive in either order: of two copies of the same
 * run, the one updated last wins, so the view never steps back.
 */
function newer(shown: BulkRun | null | undefined, next: BulkRun | null): BulkRun | null {
  if (next === null || !shown || shown.id !== next.id) return next;
  return Date.parse(shown.updatedAt) > Date.parse(next.updatedAt) ? shown : next;
}

/** undefined while the stored run is being read; null when there is none. */
export function useBulkRun(runs: BulkRunSource, origin: string) {
  const [run, setRun] = useState<BulkRun | null | undefined>(undefined);

  const show = useCallback((next: BulkRun | null) => setRun((shown) => newer(shown, next)), []);

  useEffect(() => {
    let live = true;
    const stop = runs.watch(origin, (next) => live && show(next));
    void runs.get(origin).then(
      (stored) => live && setRun((shown) => (shown === undefined ? stored : shown)),
      // Unreadable storage: offer a new run rather than an endless "reading…".
      () => live && setRun((shown) => (shown === undefined ? null : shown)),
    );
    return () => {
      live = false;
      stop();
    };
  }, [runs, origin, show]);

  return { run, show };
}

/** The current time, renewed every `intervalMs` while `ticking` (for the rate, the time left and the heartbeat). */
export function useNow(ticking: boolean, intervalMs = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (!ticking) return;
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [ticking, intervalMs]);
  return now;
}
