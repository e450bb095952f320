import { ACTIONS, type ActionName } from './knowledge';
import { readApiDescription } from './spec-document';
import { exampleOfOperation } from './spec-example';
import { findOperation } from './spec-operation';

/** An MFA action's operation as one API description gives it. */
export interface ActionOperation {
  /** The route from the origin root, the description's base path included. */
  pathTemplate: string;
  /**
   * The request body example, read the way Swagger UI's "Example Value" box shows it; undefined
   * when the description gives none, and never read for an action whose body ignores it (opting
   * out), so a broken membership example cannot stop an opt-out.
   */
  example: unknown;
}

/**
 * The action's operation in one API description (Swagger 2.0 or OpenAPI 3.x), or undefined when
 * the description does not hold it. Throws RequestBuildError for a document that is not a
 * description or is malformed where it is read.
 */
export function actionOperationIn(action: ActionName, spec: unknown): ActionOperation | undefined {
  const known = ACTIONS[action];
  const description = readApiDescription(spec);
  const operation = findOperation(description, known.method, known.path);
  if (operation === undefined) return undefined;
  return {
    pathTemplate: operation.pathTemplate,
    example: known.body === 'opt-out-only' ? undefined : exampleOfOperation(description, operation),
  };
}

/**
 * The action's operation in the first of several descriptions that holds it (Swagger UI `urls`,
 * one document per service), with that description's index. A malformed description is passed
 * over when another holds the operation; when none does, its error is thrown, so the admin learns
 * why rather than getting a guess.
 */
export function actionOperationAmong(
  action: ActionName,
  specs: readonly unknown[],
): { operation: ActionOperation; index: number } | undefined {
  let firstError: unknown;
  for (const [index, spec] of specs.entries()) {
    try {
      const operation = actionOperationIn(action, spec);
      if (operation !== undefined) return { operation, index };
    } catch (error) {
      firstError ??= error;
    }
  }
  if (firstError !== undefined) throw firstError;
  return undefined;
}
