/**
 * Reads a user's membership in the current org (their MFA opt-out flag) for the action flow, and
 * keeps the latest answer to show on the form.
 */
import { useRef, useState } from 'react';
import type { Failure, MembershipState, ResolverBridge } from '@/lib/protocol';

/** What one read told: the membership, or why it could not be read (the action stays possible). */
export type MembershipRead =
  | { state: 'known'; membership: MembershipState }
  | { state: 'unavailable'; failure: Failure };

export type MembershipLookup = { state: 'loading' } | MembershipRead;

/** The user's opt-out flag when Resolver returned it; null when unknown. */
export function currentOptOut(lookup: MembershipLookup | null): boolean | null {
  return lookup?.state === 'known' ? lookup.membership.mfaOptOut : null;
}

export function useMembershipReader(bridge: ResolverBridge) {
  const [shown, setShown] = useState<{ userId: number; lookup: MembershipLookup } | null>(null);
  // Answers can arrive out of order (another user picked meanwhile): only the latest read is shown.
  const latest = useRef(0);

  async function read(userId: number): Promise<MembershipRead> {
    const ticket = ++latest.current;
    setShown({ userId, lookup: { state: 'loading' } });
    const result = await bridge.getMembership({ userId });
    const lookup: MembershipRead = result.ok
      ? { state: 'known', membership: result.value }
      : { state: 'unavailable', failure: result };
    if (ticket === latest.current) setShown({ userId, lookup });
    return lookup;
  }

  function forget(): void {
    latest.current += 1;
    setShown(null);
  }

  return { shown, read, forget };
}
