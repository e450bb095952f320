/**
 * Test fixture: an in-memory ResolverBridge. It is the boundary the components talk to, so tests
 * configure what "the Resolver tab" answers and read back what the UI asked of it.
 */
import type { EnvironmentCheckBridge } from '@/lib/environment-check/report-schema';
import { sampleReport } from '@/lib/environment-check/test-report';
import type {
  ActionInput,
  MembershipState,
  PreparedRequest,
  ResolverBridge,
  TabStatus,
  UserSummary,
} from '@/lib/protocol';
import { ACTIONS, type ActionName } from '@/lib/resolver/knowledge';
import { createSettingsStore } from '@/lib/settings/settings-store';
import type { SignedInStatus } from './use-action-flow';

type TestedBridge = ResolverBridge & EnvironmentCheckBridge;
type Method = keyof TestedBridge;
type Request<M extends Method> = Parameters<TestedBridge[M]>[0];
type Response<M extends Method> = Awaited<ReturnType<TestedBridge[M]>>;
export type Handlers = { [M in Method]: (req: Request<M>) => Response<M> | Promise<Response<M>> };
export type Call = { [M in Method]: { method: M; req: Request<M> } }[Method];

export const ALICE: UserSummary = { id: 2, name: 'Alice Example', email: 'alice@example.com', isActive: true };
export const ALICE_TOO: UserSummary = {
  id: 7,
  name: 'Alice Other',
  email: 'alice.other@example.com',
  isActive: true,
};
export const BOB: UserSummary = { id: 3, name: 'Bob Sample', email: 'bob@example.com', isActive: true };
export const SSO_SAM: UserSummary = { id: 9, name: 'Sam Sso', email: 'sam@example.com', isSSO: true };
export const ADMIN: UserSummary = { id: 1, name: 'Ada Admin', email: 'ada@example.com', isAdmin: true };
export const DIRECTORY: readonly UserSummary[] = [ALICE, ALICE_TOO, BOB, SSO_SAM, ADMIN];

export function adminSession(nowMs = Date.now()): SignedInStatus['session'] {
  return {
    expiresAt: Math.floor(nowMs / 1000) + 10 * 60,
    source: 'web-app',
    user: ADMIN,
    org: { id: 11, name: 'Acme Corp' },
    isAdmin: true,
  };
}

export function signedInStatus(overrides: Partial<SignedInStatus> = {}): SignedInStatus {
  return {
    origin: 'https://acme.resolver.com',
    environment: 'production',
    session: adminSession(),
    swagger: null,
    ...overrides,
  };
}

export const SANDBOX: Partial<SignedInStatus> = { environment: 'sandbox', origin: 'https://acme-sandbox.resolver.com' };

export function signedOutStatus(): TabStatus {
  return { ...signedInStatus(), session: null };
}

/** Matches the way Resolver's search behaves as far as the UI cares: by id, name or email. */
function searchDirectory(query: string): UserSummary[] {
  const needle = query.toLowerCase();
  return DIRECTORY.filter(
    (user) => String(user.id) === needle || user.name.toLowerCase().includes(needle) || user.email.includes(needle),
  );
}

/** A plausible prepared request; its exact shape is the request builder's concern, not the UI's. */
export function preparedRequest(action: ActionName, input: ActionInput, source: PreparedRequest['source'] = 'spec') {
  const { method, path } = ACTIONS[action];
  const bodies: Record<ActionName, unknown> = {
    enforceOrgMfa: { mfaEnabled: true },
    resetUserMfa: { userId: input.userId },
    setMfaOptOut: { mfaOptOut: input.optOut },
  };
  const body = bodies[action];
  return { method, path: path.replace('{id}', String(input.userId)), body, source } satisfies PreparedRequest;
}

const KNOWN_MEMBERSHIP: MembershipState = { mfaOptOut: false, isAdmin: false, isActive: true };

function defaultHandlers(): Handlers {
  return {
    getStatus: () => ({ ok: true, value: signedInStatus() }),
    checkEnvironment: () => ({ ok: true, value: sampleReport() }),
    findUsers: ({ query }) => ({ ok: true, value: searchDirectory(query) }),
    getMembership: () => ({ ok: true, value: KNOWN_MEMBERSHIP }),
    prepareAction: ({ action, input }) => ({ ok: true, value: preparedRequest(action, input) }),
    runAction: ({ action, input }) => ({ ok: true, value: { status: 204, request: preparedRequest(action, input) } }),
  };
}

export function createTestBridge(overrides: Partial<Handlers> = {}) {
  const handlers: Handlers = { ...defaultHandlers(), ...overrides };
  const calls: Call[] = [];
  const bridge: TestedBridge = {
    getStatus: async () => {
      calls.push({ method: 'getStatus', req: undefined });
      return handlers.getStatus(undefined);
    },
    checkEnvironment: async () => {
      calls.push({ method: 'checkEnvironment', req: undefined });
      return handlers.checkEnvironment(undefined);
    },
    findUsers: async (req) => {
      calls.push({ method: 'findUsers', req });
      return handlers.findUsers(req);
    },
    getMembership: async (req) => {
      calls.push({ method: 'getMembership', req });
      return handlers.getMembership(req);
    },
    prepareAction: async (req) => {
      calls.push({ method: 'prepareAction', req });
      return handlers.prepareAction(req);
    },
    runAction: async (req) => {
      calls.push({ method: 'runAction', req });
      return handlers.runAction(req);
    },
  };
  const callsTo = <M extends Method>(method: M): Request<M>[] =>
    calls.filter((call): call is Extract<Call, { method: M }> => call.method === method).map((call) => call.req as Request<M>);
  return { bridge, calls, callsTo };
}

/** A promise the test settles by hand, to look at the UI while a request is in flight. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

/** The props MfaHelper gives each form, wired to a test bridge. */
export function formPropsFor(bridge: ResolverBridge, requireTrustedClicks = false) {
  return { bridge, refreshStatus: () => bridge.getStatus(), requireTrustedClicks, status: signedInStatus() };
}

/** Stores the caller checklist as the options page would; [] = the admin chose no checklist. */
export async function configureChecklist(callerChecklist: string[]): Promise<void> {
  await createSettingsStore().save({ callerChecklist });
}
