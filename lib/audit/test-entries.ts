/** Test fixture: valid audit entries, varied field by field through overrides. */
import type { AuditDraft, AuditEntry } from './audit-schema';

export function auditDraftFor(overrides: Partial<AuditDraft> = {}): AuditDraft {
  return {
    admin: { id: 1, name: 'Ada Admin', email: 'ada@acme.example' },
    origin: 'https://acme.resolver.com',
    environment: 'production',
    org: { id: 11, name: 'Acme Corp' },
    action: 'resetUserMfa',
    target: { userId: 42, name: 'Alice Example', email: 'alice@acme.example' },
    request: { method: 'PUT', path: '/user/users/mfa/reset', source: 'spec' },
    outcome: { ok: true, status: 204 },
    ...overrides,
  };
}

export function auditEntryFor(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return { id: 'entry-1', time: '2025-03-04T10:00:00.000Z', ...auditDraftFor(), ...overrides };
}
