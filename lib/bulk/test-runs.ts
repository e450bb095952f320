/** Test fixtures: bulk runs and rows in the stored shape. */
import type { UserSummary } from '../protocol';
import type { BulkRow, BulkRun } from './bulk-schema';

export const TEST_ORIGIN = 'https://acme.resolver.com';
export const TEST_ADMIN = { id: 1, name: 'Ada Admin', email: 'ada@acme.example' };
export const TEST_ORG = { id: 11, name: 'Acme Corp' };

export function testUser(id: number): UserSummary {
  return { id, name: `User ${id}`, email: `user${id}@acme.example`, isActive: true, isSSO: false };
}

/** A `ready` row for user 100 + line, in `state`. */
export function readyRow(line: number, state: BulkRow['state'] = 'pending'): BulkRow {
  return { line, input: `user${100 + line}@acme.example`, resolution: { kind: 'ready', user: testUser(100 + line) }, state, attempts: 0 };
}

/** A row that ended `done` (204) or `failed` (409, refused) after one reset PUT, not yet recorded unless `extra` says so. */
export function finalRow(line: number, state: 'done' | 'failed', extra: Partial<BulkRow> = {}): BulkRow {
  const outcome = state === 'done' ? ({ ok: true, status: 204 } as const) : ({ ok: false, kind: 'rejected', status: 409 } as const);
  const request = { method: 'PUT', path: '/user/users/mfa/reset', source: 'default' } as const;
  return { ...readyRow(line, state), attempts: 1, outcome, request, finishedAt: '2025-03-04T10:00:01.000Z', ...extra };
}

export function bulkRunFor(overrides: Partial<BulkRun> = {}): BulkRun {
  return {
    id: 'run-1',
    origin: TEST_ORIGIN,
    environment: 'production',
    admin: TEST_ADMIN,
    org: TEST_ORG,
    operation: { action: 'resetUserMfa' },
    concurrency: 4,
    phase: 'review',
    pause: null,
    createdAt: '2025-03-04T10:00:00.000Z',
    startedAt: null,
    updatedAt: '2025-03-04T10:00:00.000Z',
    lease: null,
    rows: [readyRow(1), readyRow(2)],
    ...overrides,
  };
}
