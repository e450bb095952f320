/**
 * The API descriptions one lookup has found so far, shared by the places it looks in, so each
 * stops as soon as every MFA operation is held (a page's resource timing may list many documents).
 * Where each operation is found is worked out once per document added, not at every check: an
 * example generated from a schema is not free.
 */
import { actionOperationAmong } from '../../resolver';
import { ACTION_NAMES, type ActionName } from '../../resolver/knowledge';
import type { FoundDocument } from './found-document';

type Held = ReturnType<typeof actionOperationAmong>;

export interface FoundSet {
  /** Keeps a document (null: nothing found), once per content. */
  add(document: FoundDocument | null): void;
  /** The action's operation in the first document that holds it; throws RequestBuildError when the only candidates are malformed. */
  operation(action: ActionName): Held;
  /** Whether a document found holds the action's operation (a malformed one holds nothing). */
  holds(action: ActionName): boolean;
  /** Every MFA operation is held: the remaining places need not be looked at. */
  complete(): boolean;
  readonly documents: readonly FoundDocument[];
}

export function createFoundSet(): FoundSet {
  const documents: FoundDocument[] = [];
  const known = new Map<ActionName, { held: Held } | { error: unknown }>();

  function operation(action: ActionName): Held {
    let outcome = known.get(action);
    if (outcome === undefined) {
      try {
        outcome = { held: actionOperationAmong(action, documents.map((document) => document.document)) };
      } catch (error) {
        outcome = { error };
      }
      known.set(action, outcome);
    }
    if ('error' in outcome) throw outcome.error;
    return outcome.held;
  }

  function holds(action: ActionName): boolean {
    try {
      return operation(action) !== undefined;
    } catch {
      return false;
    }
  }

  return {
    add(document) {
      if (document === null || documents.some((other) => other.hash === document.hash)) return;
      documents.push(document);
      known.clear();
    },
    operation,
    holds,
    complete: () => ACTION_NAMES.every(holds),
    documents,
  };
}
