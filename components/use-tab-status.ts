/**
 * The Resolver tab's status, read on mount and again whenever the helper needs it. The tab answers
 * from the session it has checked while the token is unchanged; `fresh` (the admin's Refresh) has
 * it ask Resolver again.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ResolverBridge, Result, TabStatus } from '@/lib/protocol';
import type { SignedInStatus } from './use-action-flow';

export function useTabStatus(bridge: ResolverBridge) {
  /** null until the tab first answers. */
  const [status, setStatus] = useState<Result<TabStatus> | null>(null);
  // The forms stay mounted once an admin session was seen, even if the session later ends, so
  // the admin can sign in again in the tab and retry without retyping.
  const [lastAdmin, setLastAdmin] = useState<SignedInStatus | null>(null);

  const refresh = useCallback(async (options: { fresh?: boolean } = {}) => {
    const result = await bridge.getStatus(options.fresh ? { fresh: true } : undefined);
    setStatus(result);
    const session = result.ok ? result.value.session : null;
    if (result.ok && session?.isAdmin) setLastAdmin({ ...result.value, session });
    return result;
  }, [bridge]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { status, lastAdmin, refresh };
}
