/** Test fixture: an in-memory AuditRecorder that keeps a copy of every draft it is given. */
import type { AuditDraft } from './audit-schema';
import type { AuditRecorder } from './audit-store';

export function createTestRecorder({ failWith }: { failWith?: Error } = {}) {
  const drafts: AuditDraft[] = [];
  const recorder: AuditRecorder = {
    async record(draft) {
      if (failWith) throw failWith;
      drafts.push(structuredClone(draft));
    },
  };
  return { recorder, drafts };
}
