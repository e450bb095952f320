/**
 * The data of one Resolver environment (production or sandbox): orgs, users, memberships and
 * MFA enrolments. Each environment has its own store, as a separate Resolver environment has its
 * own database. Tests read it through the read-only `EnvironmentView`.
 */
import { z } from 'zod';

export type EnvironmentName = 'production' | 'sandbox';

export interface SimOrg {
  id: number;
  name: string;
  mfaEnforced: boolean;
}

export interface SimUser {
  id: number;
  first: string;
  last: string;
  email: string;
  password: string;
  isActive: boolean;
  isSSO: boolean;
  lang: string;
  superAdmin: boolean;
}

/**
 * The membership fields `PUT /user/users/{id}/membership` may write. One schema serves the
 * stored record and the request body (partial, strict: unknown fields are a 400, as in a
 * validated Resolver API).
 */
export const MembershipFieldsSchema = z.object({
  isAdmin: z.boolean(),
  isActive: z.boolean(),
  allAccess: z.boolean(),
  mfaOptOut: z.boolean(),
  ssoBypass: z.boolean(),
  roles: z.array(z.number().int()),
  userGroups: z.array(z.number().int()),
});
export type MembershipFields = z.infer<typeof MembershipFieldsSchema>;
export const MembershipPatchSchema = MembershipFieldsSchema.partial().strict();
export type MembershipPatch = z.infer<typeof MembershipPatchSchema>;

export interface SimMembership extends MembershipFields {
  /** orgId * 1000 + userId: stable and documented in seed.ts. */
  id: number;
  userId: number;
  orgId: number;
}

export interface SimEnrolment {
  userId: number;
  /** Base32 TOTP secret. */
  secret: string;
  enrolledAt: number;
}

export interface EnvironmentView {
  readonly name: EnvironmentName;
  readonly orgs: readonly Readonly<SimOrg>[];
  readonly users: readonly Readonly<SimUser>[];
  readonly memberships: readonly Readonly<SimMembership>[];
  org(orgId: number): Readonly<SimOrg> | undefined;
  user(idOrEmail: number | string): Readonly<SimUser> | undefined;
  membership(orgId: number, userId: number): Readonly<SimMembership> | undefined;
  membershipsOf(userId: number): readonly Readonly<SimMembership>[];
  enrolment(userId: number): Readonly<SimEnrolment> | undefined;
}

/** Read-only view for assertions: `sim.state.production.membership(orgId, userId)`. */
export interface SimState {
  readonly production: EnvironmentView;
  readonly sandbox: EnvironmentView;
}

export interface EnvironmentSeed {
  orgs: SimOrg[];
  users: SimUser[];
  memberships: SimMembership[];
  enrolments: SimEnrolment[];
}

export class EnvironmentStore implements EnvironmentView {
  readonly orgs: SimOrg[];
  readonly users: SimUser[];
  readonly memberships: SimMembership[];
  private readonly enrolments = new Map<number, SimEnrolment>();

  constructor(
    readonly name: EnvironmentName,
    seed: EnvironmentSeed,
  ) {
    // Copies, so every simulator instance starts from the same seed.
    this.orgs = seed.orgs.map((org) => ({ ...org }));
    this.users = seed.users.map((user) => ({ ...user }));
    this.memberships = seed.memberships.map((m) => ({ ...m, roles: [...m.roles], userGroups: [...m.userGroups] }));
    for (const e of seed.enrolments) this.enrolments.set(e.userId, { ...e });
  }

  org(orgId: number): SimOrg | undefined {
    return this.orgs.find((org) => org.id === orgId);
  }

  user(idOrEmail: number | string): SimUser | undefined {
    if (typeof idOrEmail === 'number') return this.users.find((user) => user.id === idOrEmail);
    const email = idOrEmail.trim().toLowerCase();
    return this.users.find((user) => user.email.toLowerCase() === email);
  }

  membership(orgId: number, userId: number): SimMembership | undefined {
    return this.memberships.find((m) => m.orgId === orgId && m.userId === userId);
  }

  membershipsOf(userId: number): SimMembership[] {
    return this.memberships.filter((m) => m.userId === userId);
  }

  enrolment(userId: number): SimEnrolment | undefined {
    return this.enrolments.get(userId);
  }

  enrol(userId: number, secret: string, now: number): void {
    this.enrolments.set(userId, { userId, secret, enrolledAt: now });
  }

  clearEnrolment(userId: number): void {
    this.enrolments.delete(userId);
  }

  /** documented: enforcing MFA in an environment with several orgs enforces it on all of them. */
  enforceMfaOnAllOrgs(): void {
    for (const org of this.orgs) org.mfaEnforced = true;
  }

  updateMembership(membership: SimMembership, patch: MembershipPatch): void {
    Object.assign(membership, patch);
  }

  /** Test-only: the API has no call that deactivates a user (a membership's isActive is another flag). */
  setUserActive(userId: number, active: boolean): void {
    const user = this.user(userId);
    // Throws rather than doing nothing, so a test with a wrong id fails where it is wrong.
    if (!user) throw new Error(`no user ${userId} in ${this.name}`);
    user.isActive = active;
  }

  /** Test-only: sets a membership's opt-out without signing in as an admin of its org. */
  setMfaOptOut(orgId: number, userId: number, optOut: boolean): void {
    const membership = this.membership(orgId, userId);
    if (!membership) throw new Error(`no membership of user ${userId} in org ${orgId} in ${this.name}`);
    this.updateMembership(membership, { mfaOptOut: optOut });
  }
}

/** The test-only changes a test may make to one environment's data (`sim.arrange.production`). */
export type EnvironmentArrange = Pick<EnvironmentStore, 'setUserActive' | 'setMfaOptOut'>;
