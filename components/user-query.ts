/**
 * Decides what the admin meant by the text in a user field: an id or a search (email or name).
 */
import { t } from '@/lib/i18n';
import { looksLikeEmail, parseUserId, RequestBuildError } from '@/lib/resolver';

export type UserQuery =
  | { kind: 'id'; id: number; query: string }
  | { kind: 'search'; query: string }
  | { kind: 'invalid'; message: string };

/**
 * Text that starts like a number is meant as an id, so it must be a valid one: searching Resolver
 * for "12a" or "1e3" could quietly match somebody else, so the id parser's own message is shown.
 */
const STARTS_LIKE_A_NUMBER = /^[-+]?\p{Nd}/u;

export function classifyUserQuery(text: string): UserQuery {
  const query = text.trim();
  if (query === '') return { kind: 'invalid', message: t('ui.user.required') };
  if (looksLikeEmail(query) || !STARTS_LIKE_A_NUMBER.test(query)) return { kind: 'search', query };
  try {
    return { kind: 'id', id: parseUserId(query), query };
  } catch (error) {
    if (error instanceof RequestBuildError) return { kind: 'invalid', message: error.message };
    throw error;
  }
}
