import { describe, expect, it } from 'vitest';
import { actionRequestBuilder, builtInPlan } from './build-request';
import { ACTIONS } from './knowledge';
import type { RequestErrorCode } from './request-error';
import { buildActionRequest, planFromSpec } from './test-build';
import { failureOf as failure } from './test-failure';
import {
  MEMBERSHIP_EXAMPLE,
  OPENAPI30_BROKEN,
  OPENAPI30_CYCLE,
  OPENAPI30_INLINE,
  OPENAPI30_REFS,
  OPENAPI31,
  openApiNested,
  openApiResetExample,
  SWAGGER2_BASE_PATH,
  SWAGGER2_DEFINITIONS,
  SWAGGER2_SERVICE,
} from './test-specs';

describe('builtInPlan', () => {
  it('labels the guessed examples default and the documented opt-out body documented, on the documented routes', () => {
    expect(builtInPlan('enforceOrgMfa')).toEqual({ pathTemplate: '/user/org/mfa', example: { mfaEnabled: true }, source: 'default' });
    expect(builtInPlan('resetUserMfa')).toEqual({ pathTemplate: '/user/users/mfa/reset', example: { userId: 0 }, source: 'default' });
    expect(builtInPlan('setMfaOptOut')).toMatchObject({ pathTemplate: '/user/users/{id}/membership', source: 'documented' });
  });
});

describe('actionRequestBuilder with a plan', () => {
  it('carries the plan\'s source and description into the request, and asks for the plan once', () => {
    let asked = 0;
    const build = actionRequestBuilder('resetUserMfa', () => {
      asked += 1;
      return { pathTemplate: '/user/users/mfa/reset', example: [1], source: 'pasted', description: { found: 'remembered', url: null } };
    });
    expect(build({ userId: 42 })).toEqual({
      method: 'PUT',
      path: '/user/users/mfa/reset',
      body: [42],
      source: 'pasted',
      description: { found: 'remembered', url: null },
    });
    expect(build({ userId: 43 }).body).toEqual([43]);
    expect(asked).toBe(1);
  });
});

describe('buildActionRequest without an API description', () => {
  it('enforces MFA with a copy of the default example', () => {
    const request = buildActionRequest('enforceOrgMfa', {});
    expect(request).toEqual({ method: 'PUT', path: '/user/org/mfa', body: { mfaEnabled: true }, source: 'default' });
    expect(request.body).not.toBe(ACTIONS.enforceOrgMfa.defaultExample);
  });

  it('resets MFA with the user id in the default placeholder', () => {
    expect(buildActionRequest('resetUserMfa', { userId: 42 })).toEqual({
      method: 'PUT',
      path: '/user/users/mfa/reset',
      body: { userId: 42 },
      source: 'default',
    });
  });

  it('opts a user out or back in through their membership', () => {
    expect(buildActionRequest('setMfaOptOut', { userId: 42, optOut: true })).toEqual({
      method: 'PUT',
      path: '/user/users/42/membership',
      body: { mfaOptOut: true },
      source: 'documented',
    });
    expect(buildActionRequest('setMfaOptOut', { userId: 42, optOut: false }).body).toEqual({ mfaOptOut: false });
  });

  it('ignores a user id given to the org-wide action', () => {
    expect(buildActionRequest('enforceOrgMfa', { userId: 5, optOut: true }).body).toEqual({ mfaEnabled: true });
  });
});

describe('buildActionRequest from a Swagger 2.0 description', () => {
  it('generates the example from a $ref into definitions', () => {
    expect(buildActionRequest('enforceOrgMfa', {}, SWAGGER2_DEFINITIONS)).toEqual({
      method: 'PUT',
      path: '/user/org/mfa',
      body: { mfaEnabled: true, rememberDeviceDays: 30 },
      source: 'spec',
    });
    expect(buildActionRequest('resetUserMfa', { userId: 42 }, SWAGGER2_DEFINITIONS).body).toEqual({ userId: 42 });
  });

  it('uses the default for an operation the description lacks', () => {
    expect(buildActionRequest('setMfaOptOut', { userId: 42, optOut: true }, SWAGGER2_DEFINITIONS)).toEqual({
      method: 'PUT',
      path: '/user/users/42/membership',
      body: { mfaOptOut: true },
      source: 'documented',
    });
  });

  it('puts the base path in front and prefers the schema example to x-example', () => {
    expect(buildActionRequest('resetUserMfa', { userId: 42 }, SWAGGER2_BASE_PATH)).toEqual({
      method: 'PUT',
      path: '/api/user/users/mfa/reset',
      body: { userIds: [42] },
      source: 'spec',
    });
  });

  it('uses the parameter x-example when the schema has none', () => {
    expect(buildActionRequest('enforceOrgMfa', {}, SWAGGER2_BASE_PATH).body).toEqual({ enforce: true });
  });

  it('finds operations listed under a service base path', () => {
    expect(buildActionRequest('resetUserMfa', { userId: 42 }, SWAGGER2_SERVICE)).toEqual({
      method: 'PUT',
      path: '/user/users/mfa/reset',
      body: [42],
      source: 'spec',
    });
    expect(buildActionRequest('setMfaOptOut', { userId: 42, optOut: false }, SWAGGER2_SERVICE).path).toBe(
      '/user/users/42/membership',
    );
  });
});

describe('buildActionRequest from an OpenAPI 3 description', () => {
  it('takes the JSON media-type example and replaces a bare placeholder', () => {
    expect(buildActionRequest('resetUserMfa', { userId: 42 }, OPENAPI30_INLINE).body).toBe(42);
    expect(buildActionRequest('enforceOrgMfa', {}, OPENAPI30_INLINE).body).toEqual({
      enabled: true,
      orgs: [{ id: 5 }],
    });
  });

  it('keeps only the path of a server on another origin', () => {
    expect(buildActionRequest('enforceOrgMfa', {}, OPENAPI30_INLINE).path).toBe('/core/v2/user/org/mfa');
  });

  it('follows $ref to request bodies, examples and allOf schemas', () => {
    expect(buildActionRequest('resetUserMfa', { userId: 42 }, OPENAPI30_REFS)).toEqual({
      method: 'PUT',
      path: '/v3/user/users/mfa/reset',
      body: { user: { id: 42 }, notify: true },
      source: 'spec',
    });
    expect(buildActionRequest('enforceOrgMfa', {}, OPENAPI30_REFS).body).toEqual({
      reason: 'string',
      mode: 'required',
    });
  });

  it('reads OpenAPI 3.1 schema examples and prefers the user-id key among several numbers', () => {
    expect(buildActionRequest('enforceOrgMfa', {}, OPENAPI31).body).toEqual({ on: true });
    expect(buildActionRequest('resetUserMfa', { userId: 42 }, OPENAPI31)).toEqual({
      method: 'PUT',
      path: '/api/user/users/mfa/reset',
      body: { ids: [42], days: 0 },
      source: 'spec',
    });
  });

  it('returns a body that does not share objects with the description', () => {
    const spec = structuredClone(OPENAPI30_INLINE);
    const body = buildActionRequest('enforceOrgMfa', {}, spec).body;
    expect(body).toEqual(spec.paths['/user/org/mfa'].put.requestBody.content['application/json'].example);
    expect(body).not.toBe(spec.paths['/user/org/mfa'].put.requestBody.content['application/json'].example);
  });
});

describe('actionRequestBuilder (many requests of one action)', () => {
  it('builds what buildActionRequest builds, for each input, without sharing bodies', () => {
    const build = actionRequestBuilder('resetUserMfa', () => planFromSpec('resetUserMfa', OPENAPI30_REFS));
    const first = build({ userId: 42 });
    const second = build({ userId: 43 });
    expect(first).toEqual(buildActionRequest('resetUserMfa', { userId: 42 }, OPENAPI30_REFS));
    expect(second).toEqual(buildActionRequest('resetUserMfa', { userId: 43 }, OPENAPI30_REFS));
    expect(first.body).toEqual({ user: { id: 42 }, notify: true });
  });

  it('still reports invalid input before a broken description, and the description error on every call', () => {
    const build = actionRequestBuilder('resetUserMfa', () => planFromSpec('resetUserMfa', OPENAPI30_BROKEN));
    expect(() => build({})).toThrow(expect.objectContaining({ code: 'user-id-missing' }));
    const broken = () => build({ userId: 42 });
    expect(broken).toThrow();
    expect(failure(broken)).toEqual(failure(() => buildActionRequest('resetUserMfa', { userId: 42 }, OPENAPI30_BROKEN)));
    expect(failure(broken)).toEqual(failure(broken));
  });
});

describe('the opt-out body', () => {
  it.each([
    ['Swagger 2.0', SWAGGER2_BASE_PATH, '/api/user/users/42/membership'],
    ['Swagger 2.0 with a $ref', SWAGGER2_SERVICE, '/user/users/42/membership'],
    ['OpenAPI 3.0', OPENAPI30_INLINE, '/core/v2/user/users/42/membership'],
  ])('is exactly mfaOptOut even though the %s example holds 10 other fields', (_name, spec, path) => {
    expect(Object.keys(MEMBERSHIP_EXAMPLE)).toHaveLength(11);
    const request = buildActionRequest('setMfaOptOut', { userId: 42, optOut: false }, spec);
    expect(request).toEqual({ method: 'PUT', path, body: { mfaOptOut: false }, source: 'spec' });
  });
});

describe('placeholders', () => {
  it('throws when several numbers could be the user id, naming them', () => {
    const error = failure(() =>
      buildActionRequest('resetUserMfa', { userId: 42 }, openApiResetExample({ days: 30, count: 1 })),
    );
    expect(error.code).toBe('placeholder-ambiguous');
    expect(error.message).toContain('PUT /user/users/mfa/reset');
    expect(error.message).toContain('days, count');
  });

  it('throws when the example holds no number', () => {
    const error = failure(() =>
      buildActionRequest('resetUserMfa', { userId: 42 }, openApiResetExample({ email: 'a@b.c' })),
    );
    expect(error.code).toBe('placeholder-none');
  });

  it('replaces the user-id field when other numbers are present', () => {
    const spec = openApiResetExample({ userId: 0, reason: 'lost phone', days: 30 });
    expect(buildActionRequest('resetUserMfa', { userId: 42 }, spec).body).toEqual({
      userId: 42,
      reason: 'lost phone',
      days: 30,
    });
  });
});

describe('invalid input', () => {
  const badIds: [string, unknown, RequestErrorCode, string][] = [
    ['missing', undefined, 'user-id-missing', 'Enter the user id.'],
    ['0', 0, 'user-id-not-positive', 'The user id must be greater than 0.'],
    ['-1', -1, 'user-id-not-positive', 'The user id must be greater than 0.'],
    ['1.5', 1.5, 'user-id-not-integer', 'The user id must be a whole number.'],
    ['NaN', Number.NaN, 'user-id-not-integer', 'The user id must be a whole number.'],
    ['Infinity', Number.POSITIVE_INFINITY, 'user-id-not-integer', 'The user id must be a whole number.'],
    ['2**53', 2 ** 53, 'user-id-too-large', 'The user id is too large: the largest possible id is 9007199254740991.'],
    ['a string', '42', 'user-id-not-number', 'The user id must be a number.'],
  ];

  it.each(badIds)('rejects a user id that is %s', (_name, userId, code, message) => {
    for (const action of ['resetUserMfa', 'setMfaOptOut'] as const) {
      // The contract types userId as a number; messages from other contexts may still carry anything.
      const input = { userId, optOut: true } as { userId?: number; optOut?: boolean };
      const error = failure(() => buildActionRequest(action, input, OPENAPI30_INLINE));
      expect(error.code).toBe(code);
      expect(error.message).toBe(message);
    }
  });

  it('rejects a missing opt-out choice', () => {
    const error = failure(() => buildActionRequest('setMfaOptOut', { userId: 42 }));
    expect(error.code).toBe('opt-out-missing');
    expect(error.message).toBe('Choose whether MFA is switched off or on for this user.');
  });

  it('reports bad input before any problem in the description', () => {
    expect(failure(() => buildActionRequest('resetUserMfa', { userId: 0 }, { not: 'a spec' })).code).toBe(
      'user-id-not-positive',
    );
  });
});

describe('unusable descriptions', () => {
  it('rejects a document that is neither Swagger 2.0 nor OpenAPI 3', () => {
    expect(failure(() => buildActionRequest('enforceOrgMfa', {}, '<html></html>')).code).toBe('spec-unrecognized');
    expect(failure(() => buildActionRequest('enforceOrgMfa', {}, { swagger: '1.2', apis: [] })).code).toBe(
      'spec-unrecognized',
    );
  });

  it('rejects an operation with no JSON example instead of guessing one', () => {
    const error = failure(() => buildActionRequest('enforceOrgMfa', {}, OPENAPI30_BROKEN));
    expect(error.code).toBe('spec-no-example');
    expect(error.message).toBe("The page's API description shows no JSON example body for PUT /user/org/mfa.");
  });

  it('still opts out when the membership operation has no body description', () => {
    expect(buildActionRequest('setMfaOptOut', { userId: 42, optOut: true }, OPENAPI30_BROKEN)).toEqual({
      method: 'PUT',
      path: '/user/users/42/membership',
      body: { mfaOptOut: true },
      source: 'spec',
    });
  });

  it('names a $ref the document does not contain', () => {
    const error = failure(() => buildActionRequest('resetUserMfa', { userId: 42 }, OPENAPI30_BROKEN));
    expect(error.code).toBe('spec-ref-unresolved');
    expect(error.message).toContain('#/components/schemas/Missing');
  });

  it('refuses a schema that contains itself', () => {
    const error = failure(() => buildActionRequest('enforceOrgMfa', {}, OPENAPI30_CYCLE));
    expect(error.code).toBe('spec-ref-cycle');
    expect(error.message).toContain('#/components/schemas/Node');
  });

  it('refuses absurdly deep schemas but builds reasonable ones', () => {
    expect(failure(() => buildActionRequest('enforceOrgMfa', {}, openApiNested(100))).code).toBe('spec-too-deep');
    expect(buildActionRequest('enforceOrgMfa', {}, openApiNested(3)).body).toEqual({
      inner: { inner: { inner: 0 } },
    });
  });
});

describe('paths', () => {
  it('cannot be steered by the user id', () => {
    expect(buildActionRequest('setMfaOptOut', { userId: 42, optOut: true }).path).toBe('/user/users/42/membership');
    const sneaky = { userId: '1/../../org/mfa', optOut: true } as unknown as { userId: number; optOut: boolean };
    expect(failure(() => buildActionRequest('setMfaOptOut', sneaky)).code).toBe('user-id-not-number');
  });

  it('match a description whose path has a trailing slash, keeping its form', () => {
    const spec = {
      openapi: '3.0.0',
      paths: { '/user/org/mfa/': { put: { requestBody: { content: { 'application/json': { example: { on: 1 } } } } } } },
    };
    expect(buildActionRequest('enforceOrgMfa', {}, spec)).toEqual({
      method: 'PUT',
      path: '/user/org/mfa/',
      body: { on: 1 },
      source: 'spec',
    });
  });
});
