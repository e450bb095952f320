/** Small constructors for the Result / Failure shapes of lib/protocol.ts, so every module builds them alike. */
import { t } from './i18n';
import type { Failure, FailureKind, Result } from './protocol';

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(kind: FailureKind, extra: { status?: number; detail?: string; retryAfter?: number } = {}): Failure {
  const failure: Failure = { ok: false, kind };
  if (extra.status !== undefined) failure.status = extra.status;
  if (extra.detail !== undefined && extra.detail !== '') failure.detail = extra.detail;
  if (extra.retryAfter !== undefined) failure.retryAfter = extra.retryAfter;
  return failure;
}

/** A request that does not have the expected form (every receiver checks its input itself). */
export function invalidRequest(): Failure {
  return fail('invalid-input', { detail: t('failure.detail.invalid-request') });
}
