/** The JSON the API returns for users, memberships and orgs (fields per the 2022 client). */
import type { EnvironmentView, SimMembership, SimUser } from './state';

export interface AvailableOrg {
  id: number;
  orgName: string;
}

/** A user as seen from one org: isAdmin/allAccess/ssoBypass come from that org's membership. */
export function userJson(env: EnvironmentView, user: Readonly<SimUser>, orgId: number) {
  const membership = env.membership(orgId, user.id);
  return {
    id: user.id,
    first: user.first,
    last: user.last,
    email: user.email,
    isActive: user.isActive,
    isAdmin: membership?.isAdmin ?? false,
    allAccess: membership?.allAccess ?? false,
    isSSO: user.isSSO,
    ssoBypass: membership?.ssoBypass ?? false,
    lang: user.lang,
    superAdmin: user.superAdmin,
  };
}

export function membershipJson(membership: Readonly<SimMembership>): SimMembership {
  return { ...membership, roles: [...membership.roles], userGroups: [...membership.userGroups] };
}

/** Orgs where the user holds an active membership. */
export function availableOrgs(env: EnvironmentView, userId: number): AvailableOrg[] {
  return env.membershipsOf(userId).flatMap((m) => {
    const org = env.org(m.orgId);
    return m.isActive && org ? [{ id: org.id, orgName: org.name }] : [];
  });
}

export function currentOrgJson(env: EnvironmentView, orgId: number) {
  return { id: orgId, name: env.org(orgId)?.name ?? '' };
}
