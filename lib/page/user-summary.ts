/** How a Resolver user is shown to the admin: the UI's UserSummary (name = first + last). */
import type { UserSummary } from '../protocol';
import type { ResolverUser } from '../resolver/schemas';

export function toUserSummary(user: ResolverUser): UserSummary {
  const summary: UserSummary = {
    id: user.id,
    name: [user.first, user.last]
      .map((part) => part?.trim() ?? '')
      .filter((part) => part !== '')
      .join(' '),
    email: user.email ?? '',
  };
  // Flags are copied only when Resolver sent them: a missing isSSO must not read as "not SSO".
  if (typeof user.isActive === 'boolean') summary.isActive = user.isActive;
  if (typeof user.isAdmin === 'boolean') summary.isAdmin = user.isAdmin;
  if (typeof user.isSSO === 'boolean') summary.isSSO = user.isSSO;
  return summary;
}
