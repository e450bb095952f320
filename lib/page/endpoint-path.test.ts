import { describe, expect, it } from 'vitest';
import { endpointPath } from './endpoint-path';
import { ENDPOINTS } from '../resolver/knowledge';

describe('endpointPath', () => {
  it('fills every named parameter of a read endpoint', () => {
    expect(endpointPath(ENDPOINTS.membership, { orgId: 11, userId: 42 })).toBe('/user/org/11/user/42');
    expect(endpointPath(ENDPOINTS.user, { id: 42 })).toBe('/user/users/42');
  });

  it.each([
    ['a missing parameter', {}],
    ['zero', { id: 0 }],
    ['a negative id', { id: -1 }],
    ['a fraction', { id: 1.5 }],
    ['NaN', { id: Number.NaN }],
    ['an unsafe integer', { id: 2 ** 53 }],
  ])('refuses %s rather than sending a request to a literal or wrong path', (_name, params) => {
    expect(() => endpointPath(ENDPOINTS.user, params)).toThrow();
  });
});
