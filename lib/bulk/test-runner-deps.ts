/**
 * Test fixture: what a bulk runner needs, faked. The sender answers each PUT from `answer` and
 * counts the requests in flight; "who am I?" and the page's session fingerprint are settable.
 */
import type { ActionSender } from '../page/action-sender';
import { createTestRecorder } from '../audit/test-recorder';
import type { Result } from '../protocol';
import type { Me } from '../resolver/schemas';
import { ok } from '../result';
import { createBulkStore, type BulkStore } from './bulk-store';
import { TEST_ADMIN, TEST_ORG } from './test-runs';

export type Answer = (userId: number, attempt: number) => Result<{ status: number }> | Promise<Result<{ status: number }>>;

export const TEST_ME: Me = { id: TEST_ADMIN.id, first: 'Ada', last: 'Admin', email: TEST_ADMIN.email, currentOrg: TEST_ORG };

export function createRunnerFakes(answer: Answer, store: BulkStore = createBulkStore()) {
  const audit = createTestRecorder();
  const sent: number[] = [];
  const attempts = new Map<number, number>();
  let active = 0;
  let maxActive = 0;
  const session = { fingerprint: 'session-a' as string | null, me: ok(TEST_ME) as Result<Me> };
  const wakeListeners = new Set<() => void>();

  const sender: ActionSender = {
    async prepare() {
      return ok(undefined);
    },
    async build(_action, input) {
      const userId = input.userId ?? 0;
      return ok({ method: 'PUT', path: `/user/users/mfa/reset`, body: { userId }, source: 'default' });
    },
    async send(prepared) {
      const { userId } = prepared.body as { userId: number };
      sent.push(userId);
      const attempt = (attempts.get(userId) ?? 0) + 1;
      attempts.set(userId, attempt);
      active += 1;
      maxActive = Math.max(maxActive, active);
      try {
        const result = await answer(userId, attempt);
        return { result: result.ok ? ok({ status: result.value.status, request: prepared }) : result, resolverTime: null };
      } finally {
        active -= 1;
      }
    },
    async descriptions() {
      return { documents: [], remembered: {}, lookups: [] };
    },
    async plan() {
      return ok({ pathTemplate: '/user/users/mfa/reset', example: { userId: 0 }, source: 'spec' });
    },
  };

  return {
    store,
    drafts: audit.drafts,
    sent,
    session,
    maxActive: () => maxActive,
    wake: () => wakeListeners.forEach((listener) => listener()),
    deps: {
      sender,
      whoAmI: async () => session.me,
      sessionFingerprint: async () => session.fingerprint,
      store,
      recorder: audit.recorder,
      owner: 'owner-a',
      onWake: (listener: () => void) => {
        wakeListeners.add(listener);
        return () => wakeListeners.delete(listener);
      },
      onEnd: () => undefined,
      random: () => 0,
    },
  };
}
