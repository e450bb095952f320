/**
 * The simulator's API, described once and rendered as OpenAPI 3 (openapi3.ts), Swagger 2.0
 * (swagger2.ts) or two OpenAPI 3 service documents (split.ts). Tags follow Resolver's service names.
 */
import { ACTIONS, ENDPOINTS } from '../../../lib/resolver/knowledge';
import type { AdvertisedExample, ExampleVariant } from '../examples';

export interface ParameterSpec {
  name: string;
  in: 'path' | 'query';
  type: 'integer' | 'string';
  required: boolean;
  description: string;
}

export interface BodySpec {
  /** Component / definition name. */
  name: string;
  example: AdvertisedExample;
}

export interface OperationSpec {
  method: 'get' | 'post' | 'put';
  path: string;
  tag: 'discover' | 'session' | 'user' | 'org';
  operationId: string;
  summary: string;
  /** Whether it needs `Authorization: bearer <token>`. */
  secured: boolean;
  parameters: ParameterSpec[];
  body?: BodySpec;
  responses: Record<string, string>;
}

export const API_INFO = {
  title: 'Resolver Core API',
  version: '1.0.0',
  description: 'Simulated Resolver Core environment.',
};

const API_TAGS = [
  { name: 'discover', description: 'Service discovery' },
  { name: 'session', description: 'Log in and renew' },
  { name: 'user', description: 'Users and memberships' },
  { name: 'org', description: 'Organisation settings' },
];

/** The tags the operations use, in API_TAGS order (a document lists only its own). */
export function tagsOf(ops: OperationSpec[]) {
  return API_TAGS.filter((tag) => ops.some((op) => op.tag === tag.name));
}

/** The security scheme every secured operation names: an API key in the Authorization header. */
export const SECURITY_SCHEME = 'bearer';

/** Response descriptions in the shape both formats share. */
export function responsesOf(op: OperationSpec): Record<string, { description: string }> {
  return Object.fromEntries(Object.entries(op.responses).map(([code, description]) => [code, { description }]));
}

/** What both formats say first about an operation: tags, id, summary and its security. */
export function operationBasics(op: OperationSpec) {
  return {
    tags: [op.tag],
    operationId: op.operationId,
    summary: op.summary,
    ...(op.secured ? { security: [{ [SECURITY_SCHEME]: [] }] } : {}),
  };
}

/** The `paths` object, each operation rendered by the format's own function. */
export function pathsOf(ops: OperationSpec[], render: (op: OperationSpec) => unknown) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of ops) paths[op.path] = { ...paths[op.path], [op.method]: render(op) };
  return paths;
}

/** The login step that follows the password step when MFA applies: the simulator's own choice. */
export const MFA_LOGIN_PATH = '/user/authenticate/mfa';

const SESSION_ERRORS = { '401': 'Session ended', '403': 'Not allowed' };
const ADMIN_ACTION_RESPONSES = {
  '204': 'Done',
  '400': 'Malformed body',
  ...SESSION_ERRORS,
  '404': 'Unknown user',
  '503': 'org.is.in.maintenance.mode',
};

function pathParam(name: string, description: string): ParameterSpec {
  return { name, in: 'path', type: 'integer', required: true, description };
}

function media(value: unknown): AdvertisedExample {
  return { value, location: 'media-example' };
}

export function operations(examples: ExampleVariant): OperationSpec[] {
  return [
    {
      method: 'get', path: ENDPOINTS.discover, tag: 'discover', operationId: 'discover',
      summary: 'Service URLs of this environment', secured: false, parameters: [],
      responses: { '200': 'Map of service keys to {url, docUrl}' },
    },
    {
      method: 'post', path: ENDPOINTS.authenticate, tag: 'session', operationId: 'authenticate',
      summary: 'Log in with email and password', secured: false, parameters: [],
      body: {
        name: 'Credentials',
        example: media({ email: 'string', password: 'string', selectedOrg: 0, client: 'string' }),
      },
      responses: {
        '200': 'Token, or the org choice, or the MFA step',
        '400': 'Malformed body',
        '401': 'Wrong credentials or locked',
        '404': 'Not an active member of any org',
      },
    },
    {
      method: 'post', path: MFA_LOGIN_PATH, tag: 'session', operationId: 'authenticateMfa',
      summary: 'Finish logging in with an authenticator code', secured: false, parameters: [],
      body: { name: 'MfaCode', example: media({ mfaChallenge: 'string', code: '123456', rememberDevice: false }) },
      responses: { '200': 'Token', '400': 'Malformed body', '401': 'Wrong code or challenge expired' },
    },
    {
      method: 'get', path: ENDPOINTS.authenticate, tag: 'session', operationId: 'renewToken',
      summary: 'Renew the session token', secured: true, parameters: [],
      responses: { '200': '{token, expiresAt}', ...SESSION_ERRORS },
    },
    {
      method: 'get', path: ENDPOINTS.me, tag: 'user', operationId: 'whoAmI',
      summary: 'Who am I?', secured: true, parameters: [],
      responses: { '200': 'The signed-in user with currentOrg', ...SESSION_ERRORS },
    },
    {
      method: 'get', path: ENDPOINTS.users, tag: 'user', operationId: 'findUsers',
      summary: 'Search users of the current org', secured: true,
      parameters: [
        { name: 'search', in: 'query', type: 'string', required: false, description: 'Part of a name or email' },
        { name: 'ids', in: 'query', type: 'string', required: false, description: 'Comma-separated user ids' },
      ],
      responses: { '200': '{data: [user]}', '400': 'Bad ids', ...SESSION_ERRORS },
    },
    {
      method: 'get', path: ENDPOINTS.user, tag: 'user', operationId: 'getUser',
      summary: 'One user', secured: true, parameters: [pathParam('id', 'User id')],
      responses: { '200': 'The user', ...SESSION_ERRORS, '404': 'Unknown user' },
    },
    {
      method: 'put', path: ACTIONS.setMfaOptOut.path, tag: 'user', operationId: 'updateMembership',
      summary: "Update the user's membership in the current org", secured: true,
      parameters: [pathParam('id', 'User id')],
      body: { name: 'Membership', example: examples.membership },
      responses: ADMIN_ACTION_RESPONSES,
    },
    {
      method: 'put', path: ACTIONS.resetUserMfa.path, tag: 'user', operationId: 'resetUserMfa',
      summary: "Reset a user's MFA", secured: true, parameters: [],
      body: { name: 'ResetUserMfa', example: examples.reset },
      responses: ADMIN_ACTION_RESPONSES,
    },
    {
      method: 'get', path: ENDPOINTS.membership, tag: 'org', operationId: 'getMembership',
      summary: "A user's membership in an org", secured: true,
      parameters: [pathParam('orgId', 'Org id'), pathParam('userId', 'User id')],
      responses: { '200': 'The membership', ...SESSION_ERRORS, '404': 'No such membership' },
    },
    {
      method: 'put', path: ACTIONS.enforceOrgMfa.path, tag: 'org', operationId: 'enforceOrgMfa',
      summary: 'Enforce MFA on the org (every org of this environment)', secured: true, parameters: [],
      body: { name: 'EnforceOrgMfa', example: examples.enforce },
      responses: { ...ADMIN_ACTION_RESPONSES, '404': 'Not found' },
    },
  ];
}
