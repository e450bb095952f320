/**
 * The one way an MFA action is built and sent, for single actions and bulk rows alike. Each action
 * takes its route and example body from, in order:
 * 1. the Example Value the admin pasted (labelled `pasted`);
 * 2. this environment's API description (find-descriptions.ts; labelled `spec`);
 * 3. on the Swagger page, the operation's rendered "Example Value" box (`example-box`);
 * 4. the built-in default, which is a guess: refused in production, and in a sandbox only sent
 *    once the admin acknowledged it (`default`).
 * Opting out needs none of these: its body is fixed by Resolver's documentation (`documented`).
 */
import { t } from '../i18n';
import type { ActionInput, ActionOutcome, BodySource, DescriptionRef, PreparedRequest, Result } from '../protocol';
import {
  actionRequestBuilder,
  builtInPlan,
  checkActionInput,
  RequestBuildError,
  type ActionOperation,
  type RequestPlan,
} from '../resolver';
import { ACTIONS, type ActionName, type Environment } from '../resolver/knowledge';
import { fail, ok } from '../result';
import type { ApiClient } from './api-client';
import { operationInSet, type DescriptionSet } from './description/find-descriptions';
import { parseJsonText } from './description/found-document';

export interface ActionSender {
  /**
   * Fails with `invalid-input` (the builder's message) for unusable input or a malformed
   * description, and with `no-description` when the body would be a guess the admin has not
   * accepted (never in production).
   */
  build(action: ActionName, input: ActionInput): Promise<Result<PreparedRequest>>;
  /**
   * Finds what `build` needs for `action` ahead of time. A bulk run calls it during its dry run; it
   * fails when the action's body could only be a guess, which a bulk run never sends.
   */
  prepare(action: ActionName): Promise<Result<void>>;
  /** Sends a request this sender built; a 2xx answers its status with the request. */
  send(prepared: PreparedRequest): Promise<SentAction>;
  /** The descriptions found for this page (looked up again while none is found). */
  descriptions(): Promise<DescriptionSet>;
  /**
   * Where `action`'s request would come from for an ordinary input (nothing pasted, no default
   * accepted), or what stops it: for "Check this environment".
   */
  plan(action: ActionName): Promise<Result<RequestPlan>>;
}

export interface SentAction {
  result: Result<ActionOutcome>;
  /** The `Date` header of Resolver's 2xx answer (its clock); null otherwise. */
  resolverTime: string | null;
}

export interface ActionSenderOptions {
  client: ApiClient;
  environment: Environment;
  /** Finds this page's API descriptions. */
  findDescriptions: () => Promise<DescriptionSet>;
  /** The text of the operation's "Example Value" box on this Swagger page, or null (not a Swagger page, not shown). */
  exampleBox: (action: ActionName) => string | null;
}

type Described = { operation: ActionOperation; description: DescriptionRef } | undefined;

export function createActionSender(options: ActionSenderOptions): ActionSender {
  const { client, environment } = options;
  // Kept once something was found: the request shown for confirmation and the one sent must come
  // from the same description (runAction also compares them). Looked up again while nothing was.
  let lookup: Promise<DescriptionSet> | undefined;
  // One operation lookup per action, so a bulk run's thousands of rows do not each walk the description.
  const described = new Map<ActionName, Described>();
  // An Example Value box read once stays the one used on this page, even if the admin collapses it.
  const boxes = new Map<ActionName, unknown>();

  function descriptions(): Promise<DescriptionSet> {
    if (lookup === undefined) {
      const started = options.findDescriptions();
      const forget = () => {
        if (lookup === started) lookup = undefined;
      };
      started.then((set) => {
        if (!holdsAnything(set)) forget();
      }, forget);
      lookup = started;
    }
    return lookup;
  }

  async function operationOf(action: ActionName): Promise<Described> {
    if (described.has(action)) return described.get(action);
    const set = await descriptions();
    const operation = operationInSet(set, action);
    if (holdsAnything(set)) described.set(action, operation);
    return operation;
  }

  function exampleBoxOf(action: ActionName): unknown {
    if (!boxes.has(action)) {
      const text = options.exampleBox(action);
      const example = text === null ? undefined : parseJsonText(text);
      if (example !== undefined) boxes.set(action, example);
    }
    return boxes.get(action);
  }

  /** The plan for `action`, or the failure that stops it. Throws RequestBuildError for malformed data. */
  async function planFor(action: ActionName, input: ActionInput): Promise<Result<RequestPlan>> {
    const known = ACTIONS[action];
    // A description the admin pastes around may be broken where it is read: only its route is wanted then.
    const found = input.pastedExample === undefined ? await operationOf(action) : await operationOf(action).catch(unlessBuildError);
    // The route comes from the description whenever it holds the operation, whatever the body's source.
    const plan = (example: unknown, source: BodySource): RequestPlan => ({
      pathTemplate: found?.operation.pathTemplate ?? known.path,
      example,
      source,
      ...(found ? { description: found.description } : {}),
    });
    if (known.body === 'opt-out-only') return ok(found ? plan(undefined, 'spec') : builtInPlan(action));

    if (input.pastedExample !== undefined) {
      const pasted = parseJsonText(input.pastedExample);
      if (pasted === undefined) throw new RequestBuildError('pasted-not-json');
      return ok(plan(pasted, 'pasted'));
    }
    if (found?.operation.example !== undefined) return ok(plan(found.operation.example, 'spec'));
    const box = exampleBoxOf(action);
    if (box !== undefined) return ok(plan(box, 'example-box'));
    if (input.acceptDefault === true && environment !== 'production') return ok(plan(builtInPlan(action).example, 'default'));
    const operation = `${known.method} ${known.path}`;
    return fail('no-description', {
      detail: found ? t('request.spec-no-example', { operation }) : t('description.none', { operation }),
    });
  }

  /** Plans the action for an ordinary input (nothing pasted, no guess accepted). */
  const ordinaryPlan = (action: ActionName) => planFor(action, {});

  return {
    build: (action, input) =>
      refusingInvalid(async () => {
        // Invalid input is reported before anything is looked up.
        checkActionInput(action, input);
        const plan = await planFor(action, input);
        return plan.ok ? ok(actionRequestBuilder(action, () => plan.value)(input)) : plan;
      }),

    prepare: (action) =>
      refusingInvalid(async () => {
        const plan = await ordinaryPlan(action);
        if (plan.ok) return ok(undefined);
        // A bulk run never sends a guess, nor asks the admin to paste a body for every row.
        const operation = `${ACTIONS[action].method} ${ACTIONS[action].path}`;
        return fail('no-description', { detail: t('description.bulkNeedsDescription', { operation }) });
      }),

    async send(prepared) {
      const response = await client.put(prepared.path, prepared.body);
      return response.ok
        ? { result: ok({ status: response.value.status, request: prepared }), resolverTime: response.value.date }
        : { result: response, resolverTime: null };
    },

    descriptions,

    plan: (action) => refusingInvalid(() => ordinaryPlan(action)),
  };
}

/** Whether a lookup found anything to keep for the page: a live description or a remembered operation. */
function holdsAnything(set: DescriptionSet): boolean {
  return set.documents.length > 0 || Object.keys(set.remembered).length > 0;
}

/** undefined for a RequestBuildError (an unusable description); any other error is thrown on. */
function unlessBuildError(error: unknown): undefined {
  if (error instanceof RequestBuildError) return undefined;
  throw error;
}

/** Runs `task`, answering a RequestBuildError (unusable input or description) as `invalid-input` with its sentence. */
async function refusingInvalid<T>(task: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await task();
  } catch (error) {
    if (error instanceof RequestBuildError) return fail('invalid-input', { detail: error.message });
    throw error;
  }
}
