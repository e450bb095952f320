/**
 * The documented demo seed. Ids are stable: tests and the README may rely on them.
 *
 * | who                  | id  | password         | production orgs            | notes                                  |
 * |----------------------|-----|------------------|----------------------------|----------------------------------------|
 * | admin@acme.example   | 1   | demo-admin-pass  | Acme Corp, Acme Subsidiary | admin of every org, not enrolled       |
 * | alice@acme.example   | 2   | demo-user-pass   | Acme Corp, Acme Subsidiary | enrolled in TOTP (ALICE_TOTP_SECRET)   |
 * | bob@acme.example     | 3   | demo-user-pass   | Acme Corp                  | not enrolled                           |
 * | carol@acme.example   | 4   | demo-user-pass   | Acme Corp                  | membership mfaOptOut: true             |
 * | dave.sso@acme.example| 5   | demo-user-pass   | Acme Corp                  | SSO user: MFA never applies            |
 * | viewer@acme.example  | 6   | demo-user-pass   | Acme Corp                  | not an admin                           |
 * | user001…user200      | 101…300 | demo-user-pass | Acme Corp                 | generated, not admins                  |
 * | user201…user240      | 301…340 | demo-user-pass | Acme Subsidiary           | generated, not admins                  |
 *
 * Orgs: Acme Corp (10) and Acme Subsidiary (11) in production (`acme` host); Acme Sandbox (20) in
 * the sandbox (`acme-sandbox` host), whose users are the six named ones (same ids, same
 * passwords, alice enrolled with the same secret), as after a sandbox refresh.
 * Membership id = orgId * 1000 + userId. MFA starts not enforced anywhere.
 */
import type { EnvironmentName, EnvironmentSeed, SimMembership, SimUser } from './state';

/** Base32, 20 bytes: what an authenticator app would hold for alice. */
export const ALICE_TOTP_SECRET = 'ALICEDEMOTOTPSECRETKEY234567ABCD';

const ROLE = { administrator: 1, riskManager: 2, investigator: 3, auditor: 4, readOnly: 5 } as const;

const ORGS = {
  acmeCorp: { id: 10, name: 'Acme Corp', environment: 'production' },
  acmeSubsidiary: { id: 11, name: 'Acme Subsidiary', environment: 'production' },
  acmeSandbox: { id: 20, name: 'Acme Sandbox', environment: 'sandbox' },
} as const;

const ADMIN_PASSWORD = 'demo-admin-pass';
const USER_PASSWORD = 'demo-user-pass';

interface NamedUser {
  id: number;
  email: string;
  first: string;
  last: string;
  password: string;
  /** Production org ids; every named user is also in Acme Sandbox. */
  orgs: readonly number[];
  isAdmin: boolean;
  isSSO: boolean;
  mfaOptOut: boolean;
  roles: readonly number[];
  totpSecret?: string;
}

const NAMED_USERS = {
  admin: {
    id: 1, email: 'admin@acme.example', first: 'Jordan', last: 'Blake', password: ADMIN_PASSWORD,
    orgs: [ORGS.acmeCorp.id, ORGS.acmeSubsidiary.id], isAdmin: true, isSSO: false, mfaOptOut: false,
    roles: [ROLE.administrator],
  },
  alice: {
    id: 2, email: 'alice@acme.example', first: 'Alice', last: 'Martin', password: USER_PASSWORD,
    orgs: [ORGS.acmeCorp.id, ORGS.acmeSubsidiary.id], isAdmin: false, isSSO: false, mfaOptOut: false,
    roles: [ROLE.riskManager, ROLE.investigator], totpSecret: ALICE_TOTP_SECRET,
  },
  bob: {
    id: 3, email: 'bob@acme.example', first: 'Bob', last: 'Nguyen', password: USER_PASSWORD,
    orgs: [ORGS.acmeCorp.id], isAdmin: false, isSSO: false, mfaOptOut: false,
    roles: [ROLE.investigator, ROLE.auditor],
  },
  carol: {
    id: 4, email: 'carol@acme.example', first: 'Carol', last: 'Okafor', password: USER_PASSWORD,
    orgs: [ORGS.acmeCorp.id], isAdmin: false, isSSO: false, mfaOptOut: true,
    roles: [ROLE.riskManager],
  },
  dave: {
    id: 5, email: 'dave.sso@acme.example', first: 'Dave', last: 'Singh', password: USER_PASSWORD,
    orgs: [ORGS.acmeCorp.id], isAdmin: false, isSSO: true, mfaOptOut: false,
    roles: [ROLE.auditor],
  },
  viewer: {
    id: 6, email: 'viewer@acme.example', first: 'Vera', last: 'Lindqvist', password: USER_PASSWORD,
    orgs: [ORGS.acmeCorp.id], isAdmin: false, isSSO: false, mfaOptOut: false,
    roles: [ROLE.readOnly],
  },
} as const satisfies Record<string, NamedUser>;

const GENERATED = { firstId: 101, count: 240, inAcmeCorp: 200 } as const;
const FIRST_NAMES = [
  'Liam', 'Olivia', 'Noah', 'Emma', 'Ethan', 'Ava', 'Lucas', 'Mia', 'Mason', 'Sofia',
  'Logan', 'Chloe', 'Owen', 'Zoe', 'Aria', 'Jack', 'Nora', 'Leo', 'Ruby', 'Isaac',
];
const LAST_NAMES = [
  'Chen', 'Patel', 'Smith', 'Garcia', 'Kowalski', 'Dubois', 'Rossi', 'Tanaka', 'Murphy',
  'Novak', 'Silva', 'Haddad', 'Larsen', 'Moreau', 'Baker',
];

/** `user001@acme.example` … for n = 1 … 240. */
export function generatedUserEmail(n: number): string {
  return `user${String(n).padStart(3, '0')}@acme.example`;
}

export const SEED = {
  orgs: ORGS,
  tenants: { production: 'acme', sandbox: 'acme-sandbox' },
  passwords: { admin: ADMIN_PASSWORD, user: USER_PASSWORD },
  users: NAMED_USERS,
  roles: ROLE,
  generatedUsers: {
    ...GENERATED,
    /** user n has id firstId + n - 1; 1…200 are in Acme Corp, 201…240 in Acme Subsidiary. */
    email: generatedUserEmail,
  },
} as const;

function membership(orgId: number, userId: number, fields: Partial<SimMembership> = {}): SimMembership {
  return {
    id: orgId * 1000 + userId,
    userId,
    orgId,
    isAdmin: false,
    isActive: true,
    allAccess: false,
    mfaOptOut: false,
    ssoBypass: false,
    roles: [ROLE.readOnly],
    userGroups: [],
    ...fields,
  };
}

function namedUserRecord(u: NamedUser): SimUser {
  return {
    id: u.id, first: u.first, last: u.last, email: u.email, password: u.password,
    isActive: true, isSSO: u.isSSO, lang: 'en', superAdmin: false,
  };
}

function namedMembership(orgId: number, u: NamedUser): SimMembership {
  return membership(orgId, u.id, {
    isAdmin: u.isAdmin, allAccess: u.isAdmin, mfaOptOut: u.mfaOptOut, roles: [...u.roles],
    userGroups: u.isAdmin ? [] : [100 + (u.id % 3)],
  });
}

/** `extra` more users after the 240 (user241…), all in Acme Corp: for bulk runs of 1,000+ rows. */
function generatedUsers(extra: number): { users: SimUser[]; memberships: SimMembership[] } {
  const users: SimUser[] = [];
  const memberships: SimMembership[] = [];
  for (let n = 1; n <= GENERATED.count + extra; n++) {
    const id = GENERATED.firstId + n - 1;
    users.push({
      id,
      first: FIRST_NAMES[(n - 1) % FIRST_NAMES.length],
      last: LAST_NAMES[Math.floor((n - 1) / FIRST_NAMES.length) % LAST_NAMES.length],
      email: generatedUserEmail(n),
      password: USER_PASSWORD,
      isActive: true, isSSO: false, lang: 'en', superAdmin: false,
    });
    const inSubsidiary = n > GENERATED.inAcmeCorp && n <= GENERATED.count;
    const orgId = inSubsidiary ? ORGS.acmeSubsidiary.id : ORGS.acmeCorp.id;
    memberships.push(membership(orgId, id, { roles: [n % 2 === 0 ? ROLE.readOnly : ROLE.auditor] }));
  }
  return { users, memberships };
}

/** A fresh copy of one environment's seed data. */
export function seedEnvironment(name: EnvironmentName, now: number, extraUsers = 0): EnvironmentSeed {
  const named: NamedUser[] = Object.values(NAMED_USERS);
  const enrolments = named.flatMap((u) =>
    u.totpSecret === undefined ? [] : [{ userId: u.id, secret: u.totpSecret, enrolledAt: now }],
  );
  const users = named.map(namedUserRecord);

  if (name === 'sandbox') {
    const org = ORGS.acmeSandbox;
    return {
      orgs: [{ id: org.id, name: org.name, mfaEnforced: false }],
      users,
      memberships: named.map((u) => namedMembership(org.id, u)),
      enrolments,
    };
  }
  const generated = generatedUsers(extraUsers);
  return {
    orgs: [ORGS.acmeCorp, ORGS.acmeSubsidiary].map((o) => ({ id: o.id, name: o.name, mfaEnforced: false })),
    users: [...users, ...generated.users],
    memberships: [...named.flatMap((u) => u.orgs.map((orgId) => namedMembership(orgId, u))), ...generated.memberships],
    enrolments,
  };
}
