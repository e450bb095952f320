/**
 * zod schemas for the bodies Resolver answers with. They are deliberately loose: Resolver adds
 * fields over time, and the 2022 client is our only field list, so unknown fields pass through
 * untouched and anything we do not strictly need is optional.
 */
import * as z from 'zod/mini';

/** `null` and a missing field mean the same thing to us: unknown. */
const optionalText = z.nullish(z.string());
const optionalFlag = z.nullish(z.boolean());

/** documented: every error body is `{statusCode, message, details}`. */
export const ErrorBodySchema = z.looseObject({
  statusCode: z.optional(z.number()),
  message: z.optional(z.string()),
  details: z.optional(z.unknown()),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** A user as `GET /user/users/{id}` and the search return it (client-2022 field names). */
export const ResolverUserSchema = z.looseObject({
  id: z.int().check(z.positive()),
  first: optionalText,
  last: optionalText,
  email: optionalText,
  isActive: optionalFlag,
  isAdmin: optionalFlag,
  isSSO: optionalFlag,
});
export type ResolverUser = z.infer<typeof ResolverUserSchema>;

/**
 * `GET /user/users/me`: the signed-in user plus `currentOrg` (documented: includes `currentOrg.id`).
 * The org's display name is `name` or `orgName` (the login answer's `availableOrgs` uses `orgName`).
 */
export const MeSchema = z.extend(ResolverUserSchema, {
  currentOrg: z.nullish(z.looseObject({ id: z.int().check(z.positive()), name: optionalText, orgName: optionalText })),
});
export type Me = z.infer<typeof MeSchema>;

/** `GET /user/users?search=` → `{data: [user, ...]}` (documented). Entries are checked one by one. */
export const UserListSchema = z.looseObject({ data: z.array(z.unknown()) });

/** A flag we may not get: missing or not a boolean reads as `null` (unknown), never as false. */
const flagOrUnknown = z.catch(z.nullable(z.boolean()), null);

/**
 * `GET /user/org/{orgId}/user/{userId}`: only the three fields the UI shows are read. Whether it
 * returns `mfaOptOut` at all is not public, hence "unknown" rather than a guessed value.
 */
export const MembershipSchema = z.looseObject({
  mfaOptOut: flagOrUnknown,
  isAdmin: flagOrUnknown,
  isActive: flagOrUnknown,
});

/** `GET /discover/discover` (client-2022): service key → `{url, docUrl}`; other values are ignored. */
export const DiscoverSchema = z.record(z.string(), z.unknown());
export const DiscoveredServiceSchema = z.looseObject({ docUrl: z.string() });
