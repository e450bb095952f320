import { describe, expect, it } from 'vitest';
import { DiscoveredServiceSchema, ErrorBodySchema, MeSchema, MembershipSchema, ResolverUserSchema } from './schemas';

describe('Resolver response schemas', () => {
  it('read a user and keep fields they do not know', () => {
    const parsed = ResolverUserSchema.parse({ id: 2, first: 'Alice', last: 'Martin', lang: 'fr', superAdmin: false });
    expect(parsed).toMatchObject({ id: 2, first: 'Alice', lang: 'fr' });
  });

  it('refuse a user without a usable id', () => {
    expect(ResolverUserSchema.safeParse({ first: 'No', last: 'Id' }).success).toBe(false);
    expect(ResolverUserSchema.safeParse({ id: '2' }).success).toBe(false);
  });

  it('read "who am I" with its current org under either name field', () => {
    expect(MeSchema.parse({ id: 1, currentOrg: { id: 11, orgName: 'Acme Corp' } }).currentOrg).toMatchObject({
      id: 11,
      orgName: 'Acme Corp',
    });
    expect(MeSchema.parse({ id: 1 }).currentOrg).toBeUndefined();
  });

  it('read membership flags, turning anything that is not a boolean into unknown', () => {
    expect(MembershipSchema.parse({ mfaOptOut: true, isAdmin: 'yes', roles: [2] })).toMatchObject({
      mfaOptOut: true,
      isAdmin: null,
      isActive: null,
    });
  });

  it('read the documented error body, whatever its details hold', () => {
    expect(ErrorBodySchema.parse({ statusCode: 403, message: 'access.denied', details: { ip: 'x' } })).toMatchObject({
      message: 'access.denied',
    });
    expect(ErrorBodySchema.safeParse({ message: 42 }).success).toBe(false);
  });

  it('read a discovered service only when it names a docUrl', () => {
    expect(DiscoveredServiceSchema.safeParse({ url: 'https://a.resolver.com/user', docUrl: '/api' }).success).toBe(true);
    expect(DiscoveredServiceSchema.safeParse({ url: 'https://a.resolver.com/user' }).success).toBe(false);
  });
});
