/**
 * The three MFA admin actions (documented paths, 204 on success, admins only).
 * - enforce: the body must equal the advertised example; enforces every org of the environment;
 * - reset: the advertised example with the user id in its numeric placeholder; clears the
 *   enrolment and remembered devices so the next login shows the setup;
 * - membership: applies EVERY field it is sent to the membership in the session's org, as
 *   Resolver does (so the full example really overwrites isAdmin, isActive, roles).
 */
import { Hono } from 'hono';
import { ACTIONS } from '../../../lib/resolver/knowledge';
import { requireAdmin, requireSession } from '../auth';
import type { SimContext, SimEnv } from '../context';
import { apiError, malformedBody, readJsonBody, validationError } from '../errors';
import { isUneditedExample, placeholderValue } from '../example-match';
import { MembershipPatchSchema } from '../state';
import { honoPath } from './hono-path';

export function mfaActionRoutes(ctx: SimContext): Hono<SimEnv> {
  const app = new Hono<SimEnv>();
  const admin = [requireSession(ctx), requireAdmin()] as const;

  app.put(ACTIONS.enforceOrgMfa.path, ...admin, async (c) => {
    const json = await readJsonBody(c);
    if (!json.ok) return malformedBody(c);
    if (!isUneditedExample(ctx.examples.enforce.value, json.value)) {
      return apiError(c, 400, 'invalid.request.payload', 'The body must be the documented example.');
    }
    c.get('env').enforceMfaOnAllOrgs();
    return c.body(null, 204);
  });

  app.put(ACTIONS.resetUserMfa.path, ...admin, async (c) => {
    const json = await readJsonBody(c);
    if (!json.ok) return malformedBody(c);
    const userId = placeholderValue(ctx.examples.reset.value, json.value);
    if (userId === null) {
      return apiError(c, 400, 'invalid.request.payload', 'The body must be the documented example with a user id.');
    }
    const env = c.get('env');
    if (!env.user(userId)) return apiError(c, 404, 'user.not.found');
    env.clearEnrolment(userId);
    ctx.mfa.forgetDevices(env.name, userId);
    return c.body(null, 204);
  });

  app.put(honoPath(ACTIONS.setMfaOptOut.path), ...admin, async (c) => {
    const json = await readJsonBody(c);
    if (!json.ok) return malformedBody(c);
    const patch = MembershipPatchSchema.safeParse(json.value);
    if (!patch.success) return validationError(c, patch.error);
    const env = c.get('env');
    const membership = env.membership(c.get('session').orgId, Number(c.req.param('id')));
    if (!membership) return apiError(c, 404, 'user.not.found');
    env.updateMembership(membership, patch.data);
    return c.body(null, 204);
  });

  return app;
}
