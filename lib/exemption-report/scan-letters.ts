/** What one membership read means for a scan: the user's letters and, when exempt, their report row. */
import type { MembershipState, UserSummary } from '../protocol';
import { ACTIVE_STATE, USER_STATE, type ActiveState, type ExemptUser, type Scan, type UserState } from './report-schema';

/** Opted out, subject to MFA, or unreported: a missing `mfaOptOut` is never read as "subject". */
export function stateOf(membership: MembershipState): UserState {
  if (membership.mfaOptOut === true) return USER_STATE.exempt;
  if (membership.mfaOptOut === false) return USER_STATE.subject;
  return USER_STATE.unreported;
}

export function activeOf(flag: boolean | null | undefined): ActiveState {
  if (flag === true) return ACTIVE_STATE.active;
  if (flag === false) return ACTIVE_STATE.inactive;
  return ACTIVE_STATE.unknown;
}

/** Whether the user is active in the org: the membership's word first, then the user list's. */
export function isActiveFrom(membership: MembershipState, details: UserSummary | undefined): boolean | null {
  return membership.isActive ?? details?.isActive ?? null;
}

/** The report row of a user found exempt, from the freshest details at hand. */
export function exemptUserOf(
  userId: number,
  membership: MembershipState,
  details: UserSummary | undefined,
  known: ExemptUser | undefined,
): ExemptUser {
  return {
    id: userId,
    name: details?.name ?? known?.name ?? '',
    email: details?.email ?? known?.email ?? '',
    active: isActiveFrom(membership, details) ?? known?.active ?? null,
    admin: membership.isAdmin ?? details?.isAdmin ?? known?.admin ?? null,
    sso: details?.isSSO ?? known?.sso ?? null,
  };
}

/** The scan with one user's membership read again (a recheck after opting them back in). A user it never listed leaves it as it is. */
export function withMembership(scan: Scan, userId: number, membership: MembershipState, details: UserSummary | undefined): Scan {
  const index = scan.ids.indexOf(userId);
  if (index < 0) return scan;
  const state = stateOf(membership);
  const known = scan.exempt.find((user) => user.id === userId);
  const others = scan.exempt.filter((user) => user.id !== userId);
  const replace = (letters: string, letter: string) => `${letters.slice(0, index)}${letter}${letters.slice(index + 1)}`;
  return {
    ...scan,
    states: replace(scan.states, state),
    active: replace(scan.active, activeOf(isActiveFrom(membership, details))),
    exempt: state === USER_STATE.exempt ? [...others, exemptUserOf(userId, membership, details, known)] : others,
  };
}
