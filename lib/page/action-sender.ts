/**
 * The one way an MFA action is built and sent, for single actions and bulk rows alike: the
 * request is built from the page's API description (loaded once per page) and sent with the
 * tab's session through the API client.
 */
import type { ApiClient } from './api-client';
import type { ActionInput, ActionOutcome, PreparedRequest, Result } from '../protocol';
import { actionRequestBuilder, RequestBuildError } from '../resolver';
import type { ActionName } from '../resolver/knowledge';
import { fail, ok } from '../result';
import { loadSpec, type LoadedSpec } from './spec-source';

export interface ActionSender {
  /** Fails with `invalid-input` (the builder's message) when the input or the description is unusable. */
  build(action: ActionName, input: ActionInput): Promise<Result<PreparedRequest>>;
  /**
   * Loads what `build` needs for `action` ahead of time (the page's API description). A bulk dry
   * run calls it while it looks the rows up, so a confirmed run sends its first row at once.
   */
  prepare(action: ActionName): Promise<void>;
  /** Sends a request this sender built; a 2xx answers its status with the request. */
  send(prepared: PreparedRequest): Promise<SentAction>;
}

export interface SentAction {
  result: Result<ActionOutcome>;
  /** The `Date` header of Resolver's 2xx answer (its clock); null otherwise. */
  resolverTime: string | null;
}

type Builder = (input: ActionInput) => PreparedRequest;

export function createActionSender(client: ApiClient, document: Document): ActionSender {
  // One lookup per page, success or not: the request shown for confirmation and the one sent must
  // come from the same description, so a later lookup may not change the source midway.
  let specLoad: Promise<LoadedSpec | null> | undefined;
  // One builder per action, so a bulk run's thousands of rows do not each walk the description.
  const builders = new Map<ActionName, Builder>();

  async function builderFor(action: ActionName): Promise<Builder> {
    const loaded = await (specLoad ??= loadSpec(client, document));
    let builder = builders.get(action);
    if (builder === undefined) {
      builder = actionRequestBuilder(action, loaded?.spec);
      builders.set(action, builder);
    }
    return builder;
  }

  return {
    async build(action, input) {
      const builder = await builderFor(action);
      try {
        return ok(builder(input));
      } catch (error) {
        if (error instanceof RequestBuildError) return fail('invalid-input', { detail: error.message });
        throw error;
      }
    },

    async prepare(action) {
      await builderFor(action);
    },

    async send(prepared) {
      const response = await client.put(prepared.path, prepared.body);
      return response.ok
        ? { result: ok({ status: response.value.status, request: prepared }), resolverTime: response.value.date }
        : { result: response, resolverTime: null };
    },
  };
}
