/**
 * Resolver's "who am I?" (`GET /user/users/me`), asked with the tab's session: the only source
 * the extension trusts for the admin and org an action runs as. The web app's stored copy of the
 * user is never used for that, because the page can write its own localStorage.
 */
import type { ApiClient } from './api-client';
import { t } from '../i18n';
import type { Failure, Org, Result } from '../protocol';
import { ENDPOINTS } from '../resolver/knowledge';
import { MeSchema, type Me } from '../resolver/schemas';
import { fail, ok } from '../result';

/** `token`: ask with this token instead of the tab's session (checking a candidate session). */
export async function whoAmI(client: ApiClient, token?: string): Promise<Result<Me>> {
  const response = await client.get(ENDPOINTS.me, token === undefined ? undefined : { token });
  if (!response.ok) return response;
  const me = MeSchema.safeParse(response.value.body);
  return me.success ? ok(me.data) : unexpectedResponse(response.value.status);
}

/** The org "who am I?" names as current; null when it names none. */
export function orgOf(me: Me): Org | null {
  const org = me.currentOrg;
  if (!org) return null;
  return { id: org.id, name: org.name ?? org.orgName ?? '' };
}

/** Resolver answered, but in a shape this extension cannot read. */
export function unexpectedResponse(status?: number): Failure {
  return fail('server', { status, detail: t('failure.detail.unexpected-response') });
}
