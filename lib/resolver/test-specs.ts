/**
 * Small API descriptions shared by the tests of this folder. Each is a literal document in the
 * shape Swagger UI reads; the real Resolver example bodies are not public, so they vary the
 * shapes a body could take.
 */

/** A membership example with many fields besides `mfaOptOut`: none of them may be sent. */
export const MEMBERSHIP_EXAMPLE = {
  id: 7,
  userId: 1,
  orgId: 3,
  isActive: true,
  isAdmin: true,
  allAccess: false,
  roles: [{ id: 2, name: 'Auditor' }],
  lang: 'en',
  ssoBypass: false,
  mfaOptOut: true,
  lastLogin: 1700000000,
};

/** Swagger 2.0, root base path, bodies described by `$ref` into `definitions`. */
export const SWAGGER2_DEFINITIONS = {
  swagger: '2.0',
  info: { title: 'user', version: '1' },
  basePath: '/',
  paths: {
    '/user/org/mfa': {
      put: { parameters: [{ in: 'body', name: 'body', schema: { $ref: '#/definitions/OrgMfa' } }] },
    },
    '/user/users/mfa/reset': {
      put: { parameters: [{ in: 'body', name: 'body', schema: { $ref: '#/definitions/MfaReset' } }] },
    },
  },
  definitions: {
    OrgMfa: {
      type: 'object',
      properties: { mfaEnabled: { type: 'boolean' }, rememberDeviceDays: { type: 'integer', default: 30 } },
    },
    MfaReset: { type: 'object', properties: { userId: { type: 'integer', format: 'int64' } } },
  },
};

/** Swagger 2.0 served under `/api`: schema-level example, `x-example`, and a path parameter. */
export const SWAGGER2_BASE_PATH = {
  swagger: '2.0',
  info: { title: 'core', version: '1' },
  basePath: '/api/',
  paths: {
    '/user/users/mfa/reset': {
      put: {
        parameters: [
          { in: 'body', name: 'body', schema: { type: 'object', example: { userIds: [1] } }, 'x-example': [9] },
        ],
      },
    },
    '/user/org/mfa': {
      put: {
        parameters: [{ in: 'body', name: 'body', 'x-example': { enforce: true }, schema: { type: 'object' } }],
      },
    },
    '/user/users/{userId}/membership': {
      parameters: [{ in: 'path', name: 'userId', required: true, type: 'integer' }],
      put: { parameters: [{ in: 'body', name: 'body', schema: { type: 'object', example: MEMBERSHIP_EXAMPLE } }] },
    },
  },
};

/** Swagger 2.0 of one service, whose base path is the first segment of the documented paths. */
export const SWAGGER2_SERVICE = {
  swagger: '2.0',
  info: { title: 'user service', version: '1' },
  basePath: '/user',
  paths: {
    '/users/mfa/reset': {
      put: { parameters: [{ $ref: '#/parameters/ResetBody' }] },
    },
    '/users/{id}/membership': {
      put: { parameters: [{ in: 'body', name: 'body', schema: { $ref: '#/definitions/Membership' } }] },
    },
  },
  parameters: {
    ResetBody: { in: 'body', name: 'body', schema: { type: 'array', items: { type: 'integer', example: 0 } } },
  },
  definitions: { Membership: { type: 'object', example: MEMBERSHIP_EXAMPLE } },
};

/** OpenAPI 3.0 with inline media-type examples and a server on another origin. */
export const OPENAPI30_INLINE = {
  openapi: '3.0.3',
  info: { title: 'core', version: '1' },
  servers: [{ url: 'https://elsewhere.example.com/core/v2/' }],
  paths: {
    '/user/org/mfa': {
      put: {
        requestBody: {
          content: { 'application/json': { example: { enabled: true, orgs: [{ id: 5 }] } } },
        },
      },
    },
    '/user/users/mfa/reset': {
      put: {
        requestBody: {
          content: {
            'application/xml': { example: '<userId>0</userId>' },
            'application/json': { example: 1, schema: { type: 'integer', example: 5 } },
          },
        },
      },
    },
    '/user/users/{id}/membership': {
      put: { requestBody: { content: { 'application/json': { example: MEMBERSHIP_EXAMPLE } } } },
    },
  },
};

/** OpenAPI 3.0 where everything is a `$ref`: request bodies, examples, schemas with `allOf`. */
export const OPENAPI30_REFS = {
  openapi: '3.0.1',
  info: { title: 'core', version: '1' },
  servers: [
    {
      url: '{scheme}://{host}/{prefix}',
      variables: { scheme: { default: 'https' }, host: { default: 'x.resolver.com' }, prefix: { default: 'v3' } },
    },
  ],
  paths: {
    '/user/org/mfa': { put: { requestBody: { $ref: '#/components/requestBodies/OrgMfa' } } },
    '/user/users/mfa/reset': {
      put: {
        requestBody: {
          content: {
            'application/json; charset=utf-8': {
              examples: {
                lostPhone: { $ref: '#/components/examples/ResetOne' },
                other: { value: { userId: 99 } },
              },
              schema: { $ref: '#/components/schemas/MfaReset' },
            },
          },
        },
      },
    },
    '/user/users/{id}/membership': { put: { requestBody: { $ref: '#/components/requestBodies/OrgMfa' } } },
  },
  components: {
    requestBodies: {
      OrgMfa: {
        content: { 'application/vnd.resolver+json': { schema: { $ref: '#/components/schemas/OrgMfa' } } },
      },
    },
    examples: { ResetOne: { summary: 'Reset one user', value: { user: { id: 0 }, notify: true } } },
    schemas: {
      Audited: {
        type: 'object',
        properties: { reason: { type: 'string' }, updatedAt: { type: 'integer', readOnly: true } },
      },
      OrgMfa: {
        allOf: [
          { $ref: '#/components/schemas/Audited' },
          { type: 'object', properties: { mode: { type: 'string', enum: ['required', 'optional'] } } },
        ],
      },
      MfaReset: { type: 'object', properties: { userId: { type: 'integer' } } },
    },
  },
};

/** OpenAPI 3.1: schema `examples` arrays, type lists, and a relative server path. */
export const OPENAPI31 = {
  openapi: '3.1.0',
  info: { title: 'core', version: '1' },
  servers: [{ url: '/api' }],
  paths: {
    '/user/users/mfa/reset': {
      put: {
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { ids: { type: ['array', 'null'], items: { type: 'integer' } }, days: { type: 'integer' } },
              },
            },
          },
        },
      },
    },
    '/user/org/mfa': {
      put: {
        requestBody: {
          content: { 'application/json': { schema: { type: 'object', examples: [{ on: true }, { on: false }] } } },
        },
      },
    },
  },
};

/** Operations present but described unusably. */
export const OPENAPI30_BROKEN = {
  openapi: '3.0.0',
  info: { title: 'broken', version: '1' },
  paths: {
    '/user/org/mfa': { put: { requestBody: { content: { 'text/plain': { example: 'on' } } } } },
    '/user/users/mfa/reset': {
      put: { requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Missing' } } } } },
    },
    '/user/users/{id}/membership': { put: { responses: { 204: { description: 'done' } } } },
  },
};

/** Reset examples with several numbers, and with none. */
export function openApiResetExample(example: unknown) {
  return {
    openapi: '3.0.0',
    info: { title: 'reset', version: '1' },
    paths: { '/user/users/mfa/reset': { put: { requestBody: { content: { 'application/json': { example } } } } } },
  };
}

/** A schema whose properties refer back to it: its example would never end. */
export const OPENAPI30_CYCLE = {
  openapi: '3.0.0',
  info: { title: 'cycle', version: '1' },
  paths: {
    '/user/org/mfa': {
      put: { requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } } } },
    },
  },
  components: {
    schemas: {
      Node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } },
    },
  },
};

/** An inline schema nested `levels` objects deep (no `$ref`), for the nesting limit. */
export function openApiNested(levels: number) {
  let schema: Record<string, unknown> = { type: 'integer' };
  for (let level = 0; level < levels; level += 1) schema = { type: 'object', properties: { inner: schema } };
  return {
    openapi: '3.0.0',
    info: { title: 'deep', version: '1' },
    paths: { '/user/org/mfa': { put: { requestBody: { content: { 'application/json': { schema } } } } } },
  };
}
