import { isRecord, MAX_NESTING, tooDeep } from './json-value';
import { RequestBuildError } from './request-error';

/** Decodes one JSON-pointer token of a URI fragment: percent-encoding first, then `~1` and `~0`. */
function decodeToken(token: string): string | undefined {
  try {
    return decodeURIComponent(token).replaceAll('~1', '/').replaceAll('~0', '~');
  } catch {
    return undefined;
  }
}

/**
 * The value a local `$ref` (`#/components/schemas/X`) points at. References to other documents
 * are not followed: fetching them is not this module's business, and they would come from
 * wherever the page says.
 */
export function resolveRef(document: unknown, ref: string): unknown {
  const unresolved = () => new RequestBuildError('spec-ref-unresolved', { ref });
  if (ref === '#') return document;
  if (!ref.startsWith('#/')) throw unresolved();
  let node = document;
  for (const raw of ref.slice(2).split('/')) {
    const token = decodeToken(raw);
    if (token === undefined) throw unresolved();
    if (Array.isArray(node) && /^(0|[1-9][0-9]*)$/.test(token) && Number(token) < node.length) {
      node = node[Number(token)];
    } else if (isRecord(node) && Object.hasOwn(node, token)) {
      node = node[token];
    } else {
      throw unresolved();
    }
  }
  return node;
}

export interface Followed {
  node: unknown;
  /** The references being expanded on the way here, outermost first, to detect cycles. */
  refs: readonly string[];
}

/**
 * Follows `$ref` until a value that is not a reference. Keys beside a `$ref` (an `example` next
 * to it, as authors often write) override the target's. A reference met again while it is still
 * being expanded is a cycle, which would make an endless example: that throws.
 */
export function followRefs(document: unknown, node: unknown, refs: readonly string[] = []): Followed {
  let current = node;
  const trail = [...refs];
  while (isRecord(current) && typeof current.$ref === 'string') {
    const { $ref: ref, ...siblings } = current;
    if (trail.includes(ref)) throw new RequestBuildError('spec-ref-cycle', { ref });
    if (trail.length >= MAX_NESTING) throw tooDeep();
    trail.push(ref);
    const target = resolveRef(document, ref);
    current = isRecord(target) && Object.keys(siblings).length > 0 ? { ...target, ...siblings } : target;
  }
  return { node: current, refs: trail };
}
