import type { ActionInput, PreparedRequest } from '../protocol';
import { ACTIONS, type ActionName } from './knowledge';
import { copyJson } from './json-value';
import { fillTemplate } from './path-template';
import { fillPlaceholder } from './placeholder';
import { RequestBuildError } from './request-error';
import { readApiDescription } from './spec-document';
import { exampleOfOperation } from './spec-example';
import { findOperation } from './spec-operation';
import { checkUserId } from './user-id';

/**
 * Builds the request for an MFA action, from the page's API description when one is given
 * (Swagger 2.0 or OpenAPI 3.x), else from the built-in defaults.
 *
 * `source` is 'spec' when the operation was found in the description: its path (base path
 * included) was used, and its example body for the actions whose body derives from it. It is
 * 'default' when no description was given or the description lacks the operation; then the
 * documented path from the origin root and the assumed default example are used, and the UI says so.
 *
 * Throws RequestBuildError for invalid input (checked first), a malformed description, an
 * operation without a JSON example, or a reset example with no identifiable placeholder.
 */
export function buildActionRequest(action: ActionName, input: ActionInput, spec?: unknown): PreparedRequest {
  return actionRequestBuilder(action, spec)(input);
}

/**
 * The same as buildActionRequest, for many inputs of one action and description: the description
 * is read, and the operation and its example found, once (lazily, so invalid input is still
 * reported first), instead of walking the description's paths for every request of a bulk run.
 */
export function actionRequestBuilder(action: ActionName, spec?: unknown): (input: ActionInput) => PreparedRequest {
  const known = ACTIONS[action];
  const name = `${known.method} ${known.path}`;
  const lookup = once(() => {
    const description = spec === undefined ? undefined : readApiDescription(spec);
    return { description, operation: description && findOperation(description, known.method, known.path) };
  });
  const example = once((): unknown => {
    const { description, operation } = lookup();
    if (description === undefined || operation === undefined) return known.defaultExample;
    const found = exampleOfOperation(description, operation);
    if (found === undefined) throw new RequestBuildError('spec-no-example', { operation: name });
    return found;
  });

  return (input) => {
    const userId = action === 'enforceOrgMfa' ? undefined : checkUserId(input.userId);
    const optOut = action === 'setMfaOptOut' ? checkOptOut(input.optOut) : undefined;
    const { operation } = lookup();

    let body: unknown;
    if (optOut !== undefined) {
      // setMfaOptOut: only `mfaOptOut`, never the example's other membership fields, which would
      // overwrite the user's roles, admin flag and active state.
      body = { mfaOptOut: optOut };
    } else if (userId !== undefined) {
      // resetUserMfa: the example with its placeholder replaced by the user id.
      body = fillPlaceholder(example(), userId, name);
    } else {
      // enforceOrgMfa: the example unchanged (a copy, so nobody can alter the description through it).
      body = copyJson(example());
    }

    return {
      method: known.method,
      path: fillTemplate(operation?.pathTemplate ?? known.path, userId),
      body,
      source: operation === undefined ? 'default' : 'spec',
    };
  };
}

/** Runs `compute` on first call only; later calls give its value, or throw its error, again. */
function once<T>(compute: () => T): () => T {
  let outcome: { value: T } | { error: unknown } | undefined;
  return () => {
    if (outcome === undefined) {
      try {
        outcome = { value: compute() };
      } catch (error) {
        outcome = { error };
      }
    }
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  };
}

function checkOptOut(value: unknown): boolean {
  if (typeof value !== 'boolean') throw new RequestBuildError('opt-out-missing');
  return value;
}
