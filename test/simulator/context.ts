/** What every route of one simulator instance shares, and the Hono environment type. */
import type { HttpBindings } from '@hono/node-server';
import type { SimClock } from './clock';
import type { ExampleVariant } from './examples';
import type { Faults } from './faults';
import type { LoginLockout } from './lockout';
import type { MfaService } from './mfa';
import type { RecordedRequest } from './recorder';
import type { EnvironmentName, EnvironmentStore } from './state';
import type { Session, TokenStore } from './tokens';

export type SwaggerUiMode = '3' | '2';

/** Where each mode serves its description (our choice; Resolver's real URL is not public). */
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
