import { RequestBuildError } from './request-error';

/**
 * How deep an example body or schema may nest. Real request bodies are a few levels deep; the
 * limit stops a hostile or broken API description from exhausting the stack.
 */
export const MAX_NESTING = 32;

/** Where a value sits inside a JSON value: property names and array indexes, outermost first. */
export type JsonPath = readonly (string | number)[];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function tooDeep(): RequestBuildError {
  return new RequestBuildError('spec-too-deep', { limit: MAX_NESTING });
}

/**
 * Deep-copies a JSON value, passing every leaf (anything that is neither an array nor an object)
 * through `visit`, which returns the leaf to put in the copy.
 */
export function mapJsonLeaves(
  value: unknown,
  visit: (leaf: unknown, path: JsonPath) => unknown,
  path: JsonPath = [],
): unknown {
  if (path.length > MAX_NESTING) throw tooDeep();
  if (Array.isArray(value)) return value.map((item, index) => mapJsonLeaves(item, visit, [...path, index]));
  if (isRecord(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) setData(copy, key, mapJsonLeaves(item, visit, [...path, key]));
    return copy;
  }
  return visit(value, path);
}

/**
 * Adds a key to an object being built. defineProperty, not assignment: a `__proto__` key in parsed
 * JSON must stay plain data rather than replace the object's prototype.
 */
export function setData(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function copyJson(value: unknown): unknown {
  return mapJsonLeaves(value, (leaf) => leaf);
}

/** `user.ids[0]`, for messages; the whole body is `(body)`. */
export function formatJsonPath(path: JsonPath): string {
  if (path.length === 0) return '(body)';
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('');
}
