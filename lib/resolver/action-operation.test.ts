import { describe, expect, it } from 'vitest';
import { actionOperationAmong, actionOperationIn } from './action-operation';
import { failureOf as failure } from './test-failure';
import { OPENAPI30_BROKEN, OPENAPI30_INLINE, SWAGGER2_DEFINITIONS, SWAGGER2_SERVICE } from './test-specs';

/** A description holding only the membership operation, whose example cannot be read. */
const BROKEN_MEMBERSHIP_ONLY = {
  openapi: '3.0.0',
  info: { title: 'membership', version: '1' },
  paths: {
    '/user/users/{id}/membership': {
      put: { requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Gone' } } } } },
    },
  },
};

describe('actionOperationIn', () => {
  it('gives the route with its base path and the example body', () => {
    expect(actionOperationIn('resetUserMfa', SWAGGER2_SERVICE)).toEqual({
      pathTemplate: '/user/users/mfa/reset',
      example: [0],
    });
  });

  it('is undefined for an operation the description does not hold', () => {
    expect(actionOperationIn('setMfaOptOut', SWAGGER2_DEFINITIONS)).toBeUndefined();
  });

  it('never reads the membership example, so a broken one cannot stop an opt-out', () => {
    expect(actionOperationIn('setMfaOptOut', BROKEN_MEMBERSHIP_ONLY)).toEqual({
      pathTemplate: '/user/users/{id}/membership',
      example: undefined,
    });
  });

  it('throws for a document that is not an API description', () => {
    expect(failure(() => actionOperationIn('resetUserMfa', { hello: 'world' })).code).toBe('spec-unrecognized');
  });
});

describe('actionOperationAmong (several descriptions)', () => {
  it('takes each operation from the first description that holds it', () => {
    const specs = [SWAGGER2_DEFINITIONS, OPENAPI30_INLINE];
    expect(actionOperationAmong('enforceOrgMfa', specs)).toMatchObject({ index: 0, operation: { pathTemplate: '/user/org/mfa' } });
    expect(actionOperationAmong('setMfaOptOut', specs)).toMatchObject({
      index: 1,
      operation: { pathTemplate: '/core/v2/user/users/{id}/membership' },
    });
  });

  it('passes over a broken description when another holds the operation', () => {
    expect(actionOperationAmong('resetUserMfa', [OPENAPI30_BROKEN, SWAGGER2_SERVICE])).toEqual({
      index: 1,
      operation: { pathTemplate: '/user/users/mfa/reset', example: [0] },
    });
  });

  it('throws the broken description\'s error when no other holds the operation, and is undefined when none holds it', () => {
    expect(failure(() => actionOperationAmong('resetUserMfa', [OPENAPI30_BROKEN, SWAGGER2_DEFINITIONS.paths])).code).toBe(
      'spec-ref-unresolved',
    );
    expect(actionOperationAmong('setMfaOptOut', [SWAGGER2_DEFINITIONS])).toBeUndefined();
    expect(actionOperationAmong('setMfaOptOut', [])).toBeUndefined();
  });
});
