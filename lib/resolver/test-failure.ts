/** Shared by tests: the RequestBuildError a call throws. */
import { RequestBuildError } from './request-error';

export function failureOf(run: () => unknown): RequestBuildError {
  try {
    run();
  } catch (error) {
    if (error instanceof RequestBuildError) return error;
    throw error;
  }
  throw new Error('expected a RequestBuildError, but nothing was thrown');
}
