/**
 * Test helper: builds an action's request from one API description, or from the built-in plan
 * when none is given or it lacks the operation, as the page's action sender does with the
 * descriptions it finds (lib/page/action-sender.ts).
 */
import type { ActionInput, PreparedRequest } from '../protocol';
import { actionOperationIn } from './action-operation';
import { actionRequestBuilder, builtInPlan, type RequestPlan } from './build-request';
import { ACTIONS, type ActionName } from './knowledge';
import { RequestBuildError } from './request-error';

export function planFromSpec(action: ActionName, spec?: unknown): RequestPlan {
  const operation = spec === undefined ? undefined : actionOperationIn(action, spec);
  if (operation === undefined) return builtInPlan(action);
  const known = ACTIONS[action];
  if (known.body !== 'opt-out-only' && operation.example === undefined) {
    throw new RequestBuildError('spec-no-example', { operation: `${known.method} ${known.path}` });
  }
  return { pathTemplate: operation.pathTemplate, example: operation.example, source: 'spec' };
}

export function buildActionRequest(action: ActionName, input: ActionInput, spec?: unknown): PreparedRequest {
  return actionRequestBuilder(action, () => planFromSpec(action, spec))(input);
}
