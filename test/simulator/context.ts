/** What every route of one simulator instance shares, and the Hono environment type. */
import type { HttpBindings } from '@hono/node-server';
import type { SimClock } from './clock';
import type { ApiDescription } from './description';
import type { ExampleVariant } from './examples';
import type { Faults } from './faults';
import type { LoginLockout } from './lockout';
import type { MfaService } from './mfa';
import type { RecordedRequest } from './recorder';
import type { EnvironmentName, EnvironmentStore } from './state';
import type { Session, TokenStore } from './tokens';

export type SwaggerUiMode = '3' | '2';

/**
 * Where each mode serves its description in the 'standard' placement (our choice; Resolver's
 * real URL is not public). Other placements are in description.ts.
 */
export const SPEC_PATHS: Record<SwaggerUiMode, string> = {
  '3': '/api/openapi.json',
  '2': '/api/swagger.json',
};

export interface SimContext {
  clock: SimClock;
  environments: Record<EnvironmentName, EnvironmentStore>;
  tokens: TokenStore;
  lockout: LoginLockout;
  mfa: MfaService;
  faults: Faults;
  requests: RecordedRequest[];
  examples: ExampleVariant;
  swaggerUi: SwaggerUiMode;
  description: ApiDescription;
  /** Whether the Swagger pages remove `access_token` from the address once they have used it. */
  stripAccessToken: boolean;
  /** How `GET /user/users` without a search answers (routes/users.ts). */
  userList: UserListMode;
  /** Users whose membership read leaves `mfaOptOut` out. */
  unreportedOptOut: ReadonlySet<number>;
  /** The Content-Security-Policy of the HTML pages; null: none (page-csp.ts). */
  pageCsp: string | null;
}

/**
 * Resolver's user list is documented as `{data: [...]}`; whether and how it pages is not public.
 * 'all' answers every member at once; 'paged' 100 a page with `meta.total` and a `links.next`
 * address; 'capped' the first 100 only, with a `total`, and no way to the rest. The extension
 * follows a next link found in the answer and compares with a reported total (USER_LIST_PAGING),
 * so these prove it depends on none of them.
 */
export const USER_LIST_MODES = ['all', 'paged', 'capped'] as const;
export type UserListMode = (typeof USER_LIST_MODES)[number];

export type SimEnv = {
  Bindings: HttpBindings;
  Variables: {
    /** The environment the Host header names (set for every request). */
    env: EnvironmentStore;
    /** Set by requireSession; read only in routes behind it. */
    session: Session;
  };
};
