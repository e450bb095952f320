/** Test fixture: an in-memory AuditRecorder that keeps a copy of every draft it is given. */
import type { AuditDraft } from './audit-schema';
import type { AuditRecorder } from './audit-store';

export function createTestRecorder({ failWith }: { failWith?: Error } = {}) {
  const drafts: AuditDraft[] = [];
  const recorder: AuditRecorder = {
    async record(draft) {
      await recorder.recordMany([draft]);
    },
    async recordMany(batch) {
      if (failWith) throw failWith;
      drafts.push(...batch.map((draft) => structuredClone(draft)));
    },
  };
  return { recorder, drafts };
}
