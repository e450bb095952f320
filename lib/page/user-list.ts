/** Reading Resolver's user list (`GET /user/users` → `{data: [user, ...]}`, documented). */
import type { UserSummary } from '../protocol';
import { ResolverUserSchema, UserListSchema } from '../resolver/schemas';
import { toUserSummary } from './user-summary';

/**
 * The users of one answer of the user list; null when the answer is not a list at all. One odd
 * entry (say, a service account without an id) must not hide everyone else: it is skipped.
 */
export function usersInList(body: unknown): UserSummary[] | null {
  const list = UserListSchema.safeParse(body);
  if (!list.success) return null;
  return list.data.data.flatMap((entry) => {
    const user = ResolverUserSchema.safeParse(entry);
    return user.success ? [toUserSummary(user.data)] : [];
  });
}
