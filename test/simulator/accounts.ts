/** The demo's sign-in accounts, described from the simulator's seed so the list cannot drift. */
import { SEED } from './index';

type NamedUser = (typeof SEED.users)[keyof typeof SEED.users];

function orgNames(ids: readonly number[]): string {
  return Object.values(SEED.orgs)
    .filter((org) => ids.includes(org.id))
    .map((org) => org.name)
    .join(' + ');
}

function notes(user: NamedUser): string[] {
  const result = [user.isAdmin ? 'admin' : 'not an admin', orgNames(user.orgs)];
  if ('totpSecret' in user) result.push(`enrolled in MFA, authenticator key ${user.totpSecret}`);
  if (user.mfaOptOut) result.push('opted out of MFA');
  if (user.isSSO) result.push('SSO user: MFA never applies');
  return result;
}

/** One line per named account, then one for the generated users. */
export function accountLines(): string[] {
  const named = Object.values(SEED.users).map((user) => `${user.email} / ${user.password}: ${notes(user).join(', ')}`);
  const { count, email } = SEED.generatedUsers;
  return [...named, `${email(1)} … ${email(count)} / ${SEED.passwords.user}: generated users, not admins`];
}
