/**
 * How the enforce and reset handlers recognise "the advertised example" in a request body,
 * whatever shape the current variant advertises.
 */
import { isDeepStrictEqual } from 'node:util';

/** Enforce: documented as the example value, unedited. */
export function isUneditedExample(example: unknown, body: unknown): boolean {
  return isDeepStrictEqual(example, body);
}

type Path = readonly (string | number)[];

function numericLeaves(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'number') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => numericLeaves(item, [...path, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => numericLeaves(item, [...path, key]));
  }
  return [];
}

function at(value: unknown, path: Path): unknown {
  let current = value;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [step, ...rest] = path;
  if (Array.isArray(value)) return value.map((item, i) => (i === step ? replaceAt(item, rest, replacement) : item));
  const record = value as Record<string | number, unknown>;
  return { ...record, [step]: replaceAt(record[step], rest, replacement) };
}

/**
 * Reset: documented as the example with its numeric placeholder replaced by the user id. Returns
 * that id when the body is exactly the example with a positive safe integer in the
 * placeholder's place, otherwise null. The example must hold exactly one number.
 */
export function placeholderValue(example: unknown, body: unknown): number | null {
  const leaves = numericLeaves(example);
  if (leaves.length !== 1) throw new Error('A reset example must hold exactly one numeric placeholder.');
  const [path] = leaves;
  const id = at(body, path);
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) return null;
  return isDeepStrictEqual(replaceAt(example, path, id), body) ? id : null;
}
