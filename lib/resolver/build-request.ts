import type { ActionInput, BodySource, DescriptionRef, PreparedRequest } from '../protocol';
import { ACTIONS, type ActionName } from './knowledge';
import { copyJson } from './json-value';
import { fillTemplate } from './path-template';
import { fillPlaceholder } from './placeholder';
import { RequestBuildError } from './request-error';
import { checkUserId } from './user-id';

/** Where an action's request comes from: its route and the example its body derives from. */
export interface RequestPlan {
  /** The route from the origin root. */
  pathTemplate: string;
  /** The example the body derives from (unused by opting out, whose body is fixed). */
  example: unknown;
  source: BodySource;
  description?: DescriptionRef;
}

/**
 * Without an API description: the documented route and the built-in example, labelled `default`
 * when that example is our guess and `documented` when Resolver's documentation fixes the body.
 */
export function builtInPlan(action: ActionName): RequestPlan {
  const known = ACTIONS[action];
  return {
    pathTemplate: known.path,
    example: known.defaultExample,
    source: known.body === 'opt-out-only' || known.defaultExampleProvenance === 'documented' ? 'documented' : 'default',
  };
}

/**
 * Builds the requests of one action, applying the action's body rule (knowledge.ts) to the plan's
 * example: enforce sends it unchanged, reset with its placeholder replaced by the user id, opting
 * out sends only `mfaOptOut`. The plan is asked for once, lazily, after the first input was checked,
 * so invalid input is reported before a problem with the description; a bulk run's thousands of
 * rows then share it.
 *
 * Throws RequestBuildError for invalid input, or an example with no identifiable placeholder.
 */
export function actionRequestBuilder(action: ActionName, plan: () => RequestPlan): (input: ActionInput) => PreparedRequest {
  const known = ACTIONS[action];
  const name = `${known.method} ${known.path}`;
  const planned = once(plan);

  return (input) => {
    const { userId, optOut } = checkActionInput(action, input);
    const { pathTemplate, example, source, description } = planned();

    let body: unknown;
    if (optOut !== undefined) {
      // Never the example's other membership fields, which would overwrite the user's roles,
      // admin flag and active state.
      body = { mfaOptOut: optOut };
    } else if (userId !== undefined) {
      body = fillPlaceholder(example, userId, name);
    } else {
      // A copy, so nobody can alter the description through the request.
      body = copyJson(example);
    }
    const request: PreparedRequest = { method: known.method, path: fillTemplate(pathTemplate, userId), body, source };
    if (description !== undefined) request.description = description;
    return request;
  };
}

/**
 * The parts of the input the action uses, checked: the user id (reset, opt-out) and the
 * direction (opt-out). Throws RequestBuildError naming what is wrong.
 */
export function checkActionInput(action: ActionName, input: ActionInput): { userId?: number; optOut?: boolean } {
  const { body } = ACTIONS[action];
  return {
    ...(body === 'example' ? {} : { userId: checkUserId(input.userId) }),
    ...(body === 'opt-out-only' ? { optOut: checkOptOut(input.optOut) } : {}),
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
