/**
 * The API descriptions one lookup has found so far, shared by the places it looks in, so each
 * stops as soon as every MFA operation is held (a page's resource timing may list many documents).
 */
import { actionOperationAmong } from '../../resolver';
import { ACTION_NAMES, type ActionName } from '../../resolver/knowledge';
import type { FoundDocument } from './found-document';

export interface FoundSet {
  /** Keeps a document (null: nothing found), once per content. */
  add(document: FoundDocument | null): void;
  /** Whether a document found holds the action's operation (a malformed one holds nothing). */
  holds(action: ActionName): boolean;
  /** Every MFA operation is held: the remaining places need not be looked at. */
  complete(): boolean;
  readonly documents: readonly FoundDocument[];
}

export function createFoundSet(): FoundSet {
  const documents: FoundDocument[] = [];
  const holds = (action: ActionName) => {
    try {
      return actionOperationAmong(action, documents.map((document) => document.document)) !== undefined;
    } catch {
      return false;
    }
  };
  return {
    add(document) {
      if (document !== null && !documents.some((known) => known.hash === document.hash)) documents.push(document);
    },
    holds,
    complete: () => ACTION_NAMES.every(holds),
    documents,
  };
}
