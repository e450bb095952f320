/** One user's membership in an org (`GET /user/org/{orgId}/user/{userId}`, documented). */
import type { ApiClient } from './api-client';
import type { MembershipState, Result } from '../protocol';
import { ENDPOINTS } from '../resolver/knowledge';
import { MembershipSchema } from '../resolver/schemas';
import { ok } from '../result';
import { endpointPath } from './endpoint-path';
import { unexpectedResponse } from './who-am-i';

/** The three fields the helper reads; each is null where Resolver did not report it. */
export async function readMembership(client: ApiClient, orgId: number, userId: number): Promise<Result<MembershipState>> {
  const response = await client.get(endpointPath(ENDPOINTS.membership, { orgId, userId }));
  if (!response.ok) return response;
  const membership = MembershipSchema.safeParse(response.value.body);
  if (!membership.success) return unexpectedResponse(response.value.status);
  const { mfaOptOut, isAdmin, isActive } = membership.data;
  return ok({ mfaOptOut, isAdmin, isActive });
}
