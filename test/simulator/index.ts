/**
 * A stand-in for a Resolver Core environment: the API, the login page, the Swagger page and
 * the data of a production and a sandbox environment, on 127.0.0.1. Browsers reach it as
 * `http://acme.resolver.com:<port>` (map *.resolver.com to 127.0.0.1); the Host header picks
 * the environment (a host containing "sandbox" is the sandbox).
 */
import { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { RESOLVER_DOMAIN } from '../../lib/resolver/knowledge';
import { createApp } from './app';
import { createClock, type SimClock } from './clock';
import type { SimContext, SwaggerUiMode, UserListMode } from './context';
import { apiDescription, type DescriptionPlacement } from './description';
import { type ExampleVariantName, exampleVariant } from './examples';
import { type FaultController, type FaultPlan, Faults } from './faults';
import { LoginLockout } from './lockout';
import { MfaService } from './mfa';
import type { RecordedRequest } from './recorder';
import { SEED, seedEnvironment } from './seed';
import { type EnvironmentArrange, EnvironmentStore, type SimState } from './state';
import { TokenStore } from './tokens';

export type { SimClock } from './clock';
export type { SwaggerUiMode, UserListMode } from './context';
export { USER_LIST_MODES } from './context';
export { DESCRIPTION_PLACEMENTS, DESCRIPTION_PLACEMENT_NAMES, type DescriptionPlacement } from './description';
export { EXAMPLE_VARIANTS, EXAMPLE_VARIANT_NAMES, type ExampleVariantName } from './examples';
export type { FaultController, FaultPlan, FaultResponse, PathMatcher } from './faults';
export { simRequest, type SimRequest, type SimResponse } from './http-client';
export { login, loginToken, type LoginOptions, type LoginResult } from './login-client';
export type { RecordedRequest } from './recorder';
export { ALICE_TOTP_SECRET, SEED, generatedUserEmail } from './seed';
export type { EnvironmentArrange, EnvironmentView, SimEnrolment, SimMembership, SimOrg, SimState, SimUser } from './state';

export interface SimulatorOptions {
  /** 0 = random free port (default 0). */
  port?: number;
  /** Which example-body shapes the spec advertises (default 'default'). */
  examples?: ExampleVariantName;
  /** '3' (default): swagger-ui-dist over OpenAPI 3 at /api/openapi.json;
   *  '2': legacy Swagger UI 2.x over Swagger 2.0 at /api/swagger.json. */
  swaggerUi?: SwaggerUiMode;
  /** Where the Swagger page gets its description (default 'standard'; see description.ts).
   *  'split' needs swaggerUi '3'. */
  description?: DescriptionPlacement;
  /** The Swagger pages remove `access_token` from the address bar once Swagger UI is authorised
   *  with it, leaving the token only in Swagger UI's authorisation state (default false). */
  stripAccessToken?: boolean;
  /** How the unsearched user list answers (default 'all'; see USER_LIST_MODES in context.ts). */
  userList?: UserListMode;
  /** Users whose membership read leaves `mfaOptOut` out (whether Resolver's always has it is not public). */
  unreportedOptOut?: readonly number[];
  faults?: FaultPlan;
  /** Generated users added to Acme Corp after the seeded ones (user241…), for bulk runs. Default 0. */
  extraUsers?: number;
  /** A Content-Security-Policy for the HTML pages (page-csp.ts: STRICT_PAGE_CSP). Default none. */
  pageCsp?: string;
}

export interface Simulator {
  port: number;
  /** origin('acme') → 'http://acme.resolver.com:<port>'; origin('acme-sandbox') → sandbox. */
  origin(tenant?: string): string;
  clock: SimClock;
  /** Read-only view for assertions. */
  state: SimState;
  /** Test-only changes to the data that the API cannot make or that would need a sign-in:
   *  `sim.arrange.production.setUserActive(id, false)`, `.setMfaOptOut(orgId, userId, true)`. */
  arrange: { readonly production: EnvironmentArrange; readonly sandbox: EnvironmentArrange };
  /** Every API request received, in order (clear with `requests.length = 0`). */
  requests: RecordedRequest[];
  faults: FaultController;
  /** Where the description documents are served (empty for 'inline' and 'none'): for
   *  assertions, since a 'hidden-url' page never names its path literally. */
  descriptionPaths: readonly string[];
  /** Every session token issued so far, for "no token leaked" checks. */
  issuedTokens(): string[];
  close(): Promise<void>;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const clock = createClock();
  const production = new EnvironmentStore('production', seedEnvironment('production', clock.now(), options.extraUsers));
  const sandbox = new EnvironmentStore('sandbox', seedEnvironment('sandbox', clock.now()));
  const faults = new Faults(options.faults);
  const tokens = new TokenStore(clock);
  const swaggerUi = options.swaggerUi ?? '3';
  const examples = exampleVariant(options.examples ?? 'default');
  const description = apiDescription(options.description ?? 'standard', swaggerUi, examples);
  const ctx: SimContext = {
    clock,
    environments: { production, sandbox },
    tokens,
    lockout: new LoginLockout(clock),
    mfa: new MfaService(clock),
    faults,
    requests: [],
    examples,
    swaggerUi,
    description,
    stripAccessToken: options.stripAccessToken ?? false,
    userList: options.userList ?? 'all',
    unreportedOptOut: new Set(options.unreportedOptOut ?? []),
    pageCsp: options.pageCsp ?? null,
  };

  const server = createAdaptorServer({ fetch: createApp(ctx).fetch });
  if (!(server instanceof Server)) throw new Error('expected an HTTP/1 server');
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    origin: (tenant = SEED.tenants.production) => `http://${tenant}.${RESOLVER_DOMAIN}:${port}`,
    clock,
    state: { production, sandbox },
    arrange: { production, sandbox },
    requests: ctx.requests,
    faults,
    descriptionPaths: [...description.documents.keys()],
    issuedTokens: () => tokens.issued(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
