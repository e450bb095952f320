import * as z from 'zod/mini';
import { sameRoute } from './path-template';
import type { ApiDescription } from './spec-document';
import { readSpecPart } from './spec-document';
import { followRefs } from './spec-ref';

const OperationSchema = z.looseObject({
  parameters: z.optional(z.array(z.unknown())),
  requestBody: z.optional(z.unknown()),
});

const PathItemSchema = z.looseObject({ parameters: z.optional(z.array(z.unknown())) });

export interface FoundOperation {
  /** The operation's path template from the origin root, base path included. */
  pathTemplate: string;
  /** Operation parameters first, then the path item's (operation-level ones take precedence). */
  parameters: unknown[];
  requestBody: unknown;
  /** For messages: `parameters` and `requestBody` sit under this location. */
  where: string;
}

/**
 * Finds the operation for a method and a path template given from the origin root. The document
 * lists paths under its base path, which may or may not already be part of that template (a
 * whole-API description served at `/api` vs one per service with base path `/user`), so both
 * readings are tried: base path + key first, as the closer match, then the key alone.
 */
export function findOperation(
  description: ApiDescription,
  method: string,
  template: string,
): FoundOperation | undefined {
  const keys = Object.keys(description.paths);
  const candidates = [
    ...keys.filter((key) => sameRoute(description.basePath + key, template)),
    ...keys.filter((key) => sameRoute(key, template)),
  ];
  const verb = method.toLowerCase();
  for (const key of candidates) {
    const at = `paths.${key}`;
    const { node } = followRefs(description.document, description.paths[key]);
    const pathItem = readSpecPart(PathItemSchema, node, at);
    if (!Object.hasOwn(pathItem, verb)) continue;
    const where = `${at}.${verb}`;
    const operation = readSpecPart(OperationSchema, pathItem[verb], where);
    return {
      pathTemplate: description.basePath + key,
      parameters: [...(operation.parameters ?? []), ...(pathItem.parameters ?? [])],
      requestBody: operation.requestBody,
      where,
    };
  }
  return undefined;
}
