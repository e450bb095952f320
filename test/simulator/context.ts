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
}

export type SimEnv = {
  Bindings: HttpBindings;
  Variables: {
    /** The environment the Host header names (set for every request). */
    env: EnvironmentStore;
    /** Set by requireSession; read only in routes behind it. */
    session: Session;
  };
};
