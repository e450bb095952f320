/**
 * Read endpoints: who am I, user search and lookup, one membership.
 * Search and lookup see the members of the session's org only (any signed-in user may search;
 * reading a membership is for that org's admins). Choice: the membership JSON includes
 * `mfaOptOut` (whether Resolver's does is not public), except for the `unreportedOptOut` users.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { ACCESS_DENIED_MESSAGE, ENDPOINTS } from '../../../lib/resolver/knowledge';
import { requireAdmin, requireSession } from '../auth';
import type { SimContext, SimEnv } from '../context';
import { apiError, validationError } from '../errors';
import { honoPath } from './hono-path';
import { currentOrgJson, membershipJson, userJson } from '../views';

const IdsSchema = z
  .string()
  .regex(/^\d+(,\d+)*$/, 'ids must be comma-separated user ids')
  .transform((ids) => ids.split(',').map(Number));

/** Users per page of the 'paged' user list, and all the 'capped' one answers (our choice). */
const USER_LIST_PAGE_SIZE = 100;
/** 1-based; anything but a positive integer is a 400, as for a bad `ids`. */
const PageSchema = z
  .string()
  .regex(/^[1-9]\d*$/, 'page must be a positive integer')
  .transform(Number);

export function userRoutes(ctx: SimContext): Hono<SimEnv> {
  const app = new Hono<SimEnv>();
  const signedIn = requireSession(ctx);

  app.get(ENDPOINTS.me, signedIn, (c) => {
    const { userId, orgId } = c.get('session');
    const env = c.get('env');
    const user = env.user(userId);
    if (!user) return apiError(c, 404, 'user.not.found');
    return c.json({ ...userJson(env, user, orgId), currentOrg: currentOrgJson(env, orgId) });
  });

  app.get(ENDPOINTS.users, signedIn, (c) => {
    const { orgId } = c.get('session');
    const env = c.get('env');
    const members = env.memberships
      .filter((m) => m.orgId === orgId)
      .flatMap((m) => {
        const user = env.user(m.userId);
        return user ? [user] : [];
      });
    const idsParam = c.req.query('ids');
    let found = members;
    if (idsParam !== undefined) {
      const ids = IdsSchema.safeParse(idsParam);
      if (!ids.success) return validationError(c, ids.error);
      found = found.filter((user) => ids.data.includes(user.id));
    }
    const search = c.req.query('search')?.trim().toLowerCase();
    if (search) {
      found = found.filter((user) =>
        [user.email, `${user.first} ${user.last}`].some((text) => text.toLowerCase().includes(search)),
      );
    }
    const data = (users: typeof found) => users.map((user) => userJson(env, user, orgId));
    // Choice: searches and id lookups answer in full; only the whole list pages or is capped
    // (Resolver's paging is not public; see USER_LIST_MODES). `page` means nothing outside 'paged'.
    if (search || idsParam !== undefined || ctx.userList === 'all') return c.json({ data: data(found) });
    if (ctx.userList === 'capped') {
      return c.json({ data: data(found.slice(0, USER_LIST_PAGE_SIZE)), total: found.length });
    }
    const page = PageSchema.safeParse(c.req.query('page') ?? '1');
    if (!page.success) return validationError(c, page.error);
    // Choice: a page past the end is empty with no next link, not a 404.
    const start = (page.data - 1) * USER_LIST_PAGE_SIZE;
    const next = start + USER_LIST_PAGE_SIZE < found.length ? `${ENDPOINTS.users}?page=${page.data + 1}` : null;
    return c.json({
      data: data(found.slice(start, start + USER_LIST_PAGE_SIZE)),
      meta: { total: found.length },
      links: { next },
    });
  });

  app.get(honoPath(ENDPOINTS.user), signedIn, (c) => {
    const { orgId } = c.get('session');
    const env = c.get('env');
    const id = Number(c.req.param('id'));
    const user = env.user(id);
    if (!user || !env.membership(orgId, id)) return apiError(c, 404, 'user.not.found');
    return c.json(userJson(env, user, orgId));
  });

  app.get(honoPath(ENDPOINTS.membership), signedIn, requireAdmin(), (c) => {
    const env = c.get('env');
    const orgId = Number(c.req.param('orgId'));
    const userId = Number(c.req.param('userId'));
    const caller = env.membership(orgId, c.get('session').userId);
    if (env.org(orgId) && !caller?.isAdmin) return apiError(c, 403, ACCESS_DENIED_MESSAGE, 'Not an admin of that org.');
    const membership = env.membership(orgId, userId);
    if (!membership) return apiError(c, 404, 'membership.not.found');
    const json = membershipJson(membership);
    if (!ctx.unreportedOptOut.has(userId)) return c.json(json);
    // As if Resolver did not report it: the field is absent, not null or false.
    const { mfaOptOut: _unreported, ...rest } = json;
    return c.json(rest);
  });

  return app;
}
