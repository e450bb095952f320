/**
 * Test fixture: a tab service that answers from fixed data and records what it was asked, to
 * test the message layer without Resolver behind it.
 */
import { bulkRunFor } from '../bulk/test-runs';
import { sampleReport } from '../environment-check/test-report';
import { scanFor } from '../exemption-report/test-scans';
import type { TabBridge } from '../messaging';
import type { Result, UserSummary } from '../protocol';

export type TabCalls = { method: keyof TabBridge; request: unknown }[];

const ALICE: UserSummary = { id: 42, name: 'Alice Example', email: 'alice@acme.example' };

export function createTestTabService() {
  const calls: TabCalls = [];
  const record = (method: TabCalls[number]['method'], request: unknown) => calls.push({ method, request });
  const service: TabBridge = {
    async getStatus() {
      record('getStatus', undefined);
      return { ok: true, value: { origin: 'https://acme.resolver.com', environment: 'production', session: null, swagger: null } };
    },
    async checkEnvironment() {
      record('checkEnvironment', undefined);
      return { ok: true, value: sampleReport() };
    },
    async findUsers(request) {
      record('findUsers', request);
      if (request.query === 'ended') return { ok: false, kind: 'session-ended', status: 401, detail: 'token.expired' };
      if (request.query === 'odd-shape') {
        // What a content script of another extension version might answer: not a list of users.
        return { ok: true, value: { users: [ALICE] } } as unknown as Result<UserSummary[]>;
      }
      return { ok: true, value: [ALICE] };
    },
    async getMembership(request) {
      record('getMembership', request);
      return { ok: true, value: { mfaOptOut: false, isAdmin: false, isActive: true } };
    },
    async prepareAction(request) {
      record('prepareAction', request);
      return { ok: true, value: { method: 'PUT', path: '/user/users/mfa/reset', body: { userId: 42 }, source: 'default' } };
    },
    async runAction(request) {
      record('runAction', request);
      const prepared = { method: 'PUT', path: '/user/users/mfa/reset', body: { userId: 42 }, source: 'default' } as const;
      return { ok: true, value: { status: 204, request: prepared } };
    },
    async bulkResolve(request) {
      record('bulkResolve', request);
      return { ok: true, value: bulkRunFor({ operation: request.operation }) };
    },
    async bulkCommand(request) {
      record('bulkCommand', request);
      return { ok: true, value: bulkRunFor({ id: request.runId, phase: request.command === 'start' ? 'running' : 'review' }) };
    },
    async reportStart(request) {
      record('reportStart', request);
      return { ok: true, value: scanFor({ phase: 'scanning', finishedAt: null }) };
    },
    async reportCommand(request) {
      record('reportCommand', request);
      return { ok: true, value: scanFor({ id: request.scanId }) };
    },
  };
  return { service, calls };
}
