/** The selected user's membership in the current org, as far as Resolver tells. */
import { useEffect, useState } from 'react';
import type { Failure, MembershipState, ResolverBridge, Result } from '@/lib/protocol';

export type MembershipLookup =
  | { state: 'loading' }
  | { state: 'known'; membership: MembershipState }
  | { state: 'unavailable'; failure: Failure };

export function useMembership(bridge: ResolverBridge, userId: number | null): MembershipLookup | null {
  const [loaded, setLoaded] = useState<{ userId: number; result: Result<MembershipState> } | null>(null);

  useEffect(() => {
    if (userId === null) return;
    // A slower answer for a previously selected user must not overwrite the current one.
    let current = true;
    void bridge.getMembership({ userId }).then((result) => {
      if (current) setLoaded({ userId, result });
    });
    return () => {
      current = false;
    };
  }, [bridge, userId]);

  if (userId === null) return null;
  if (loaded?.userId !== userId) return { state: 'loading' };
  return loaded.result.ok
    ? { state: 'known', membership: loaded.result.value }
    : { state: 'unavailable', failure: loaded.result };
}
