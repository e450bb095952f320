/**
 * The last action this browser's history recorded on a user in one Resolver environment, for the
 * user card. Matched by origin and user id: ids are per environment, and the history may hold
 * several environments.
 */
import { useEffect, useState } from 'react';
import type { AuditEntry } from '@/lib/audit/audit-schema';
import type { AuditHistory } from '@/lib/audit/audit-store';
import { sharedStores } from '@/lib/store-owner/owned-stores';

export type LastAction =
  | { state: 'loading' }
  | { state: 'none' }
  | { state: 'unavailable' }
  | { state: 'found'; entry: AuditEntry };

/** This context's view of the history (lib/store-owner/owned-stores.ts). */
export function sharedHistory(): AuditHistory {
  return sharedStores().audit;
}

function lastOn(entries: AuditEntry[], origin: string, userId: number): LastAction {
  const entry = entries.find((candidate) => candidate.origin === origin && candidate.target?.userId === userId);
  return entry ? { state: 'found', entry } : { state: 'none' };
}

export function useLastAction(origin: string, userId: number, history: AuditHistory = sharedHistory()): LastAction {
  const [last, setLast] = useState<{ key: string; value: LastAction } | null>(null);
  const key = `${origin} ${userId}`;

  useEffect(() => {
    let live = true;
    let changed = false;
    const stop = history.watch((entries) => {
      changed = true;
      if (live) setLast({ key, value: lastOn(entries, origin, userId) });
    });
    history.list().then(
      (entries) => live && !changed && setLast({ key, value: lastOn(entries, origin, userId) }),
      () => live && !changed && setLast({ key, value: { state: 'unavailable' } }),
    );
    return () => {
      live = false;
      stop();
    };
  }, [history, key, origin, userId]);

  // An answer for the previous user is never shown for the next one.
  return last?.key === key ? last.value : { state: 'loading' };
}
