import { formatJsonPath, mapJsonLeaves, type JsonPath } from './json-value';
import { RequestBuildError } from './request-error';

/** Keys (case, `_` and `-` ignored) that name a user id: `userId`, `user_id`, `id`, `ids[]`, `userIds[]`. */
const USER_ID_KEYS = new Set(['id', 'ids', 'userid', 'userids']);

/** The property a leaf belongs to: its own key, or for an array element the array's key. */
function nearestKey(path: JsonPath): string | undefined {
  return path.findLast((part): part is string => typeof part === 'string');
}

function looksLikeUserIdKey(path: JsonPath): boolean {
  const key = nearestKey(path);
  return key !== undefined && USER_ID_KEYS.has(key.toLowerCase().replace(/[_-]/g, ''));
}

/**
 * Finds the example's numeric placeholder for the user id (help articles show `0` in one version
 * and `1` in others, in a shape that is not public): the only numeric leaf, or else the only one
 * whose key names a user id. Anything less certain throws, because a wrong guess would send the
 * id in the wrong field, or leave a placeholder that resets user 0 or user 1.
 */
export function findPlaceholder(example: unknown, operation: string): JsonPath {
  const numeric: JsonPath[] = [];
  mapJsonLeaves(example, (leaf, path) => {
    if (typeof leaf === 'number') numeric.push(path);
    return leaf;
  });
  const only = numeric.length === 1 ? numeric : numeric.filter(looksLikeUserIdKey);
  const [placeholder] = only;
  if (only.length === 1 && placeholder !== undefined) return placeholder;
  if (numeric.length === 0) throw new RequestBuildError('placeholder-none', { operation });
  throw new RequestBuildError('placeholder-ambiguous', {
    operation,
    paths: numeric.map(formatJsonPath).join(', '),
  });
}

/** A copy of the example with its placeholder replaced by the user id. */
export function fillPlaceholder(example: unknown, userId: number, operation: string): unknown {
  const target = findPlaceholder(example, operation);
  const isTarget = (path: JsonPath) =>
    path.length === target.length && path.every((part, index) => part === target[index]);
  return mapJsonLeaves(example, (leaf, path) => (isTarget(path) ? userId : leaf));
}
