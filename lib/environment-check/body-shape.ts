/**
 * The shape of an example body, its values left out: `{"userId": number}`, `[number]`, `number`.
 * What a support ticket needs to see whether the body is the one Resolver expects, without any
 * value the description or a user put in it.
 */
import { isRecord, MAX_NESTING } from '../resolver/json-value';

/** The longest shape given; a longer one ends with `…`. */
export const BODY_SHAPE_MAX = 500;

export function bodyShape(value: unknown): string {
  const shape = shapeOf(value, 0);
  return shape.length > BODY_SHAPE_MAX ? `${shape.slice(0, BODY_SHAPE_MAX - 1)}…` : shape;
}

function shapeOf(value: unknown, depth: number): string {
  if (depth > MAX_NESTING) return '…';
  if (Array.isArray(value)) {
    // The shapes of the items, each once: an example's arrays usually repeat one item.
    const items = [...new Set(value.map((item) => shapeOf(item, depth + 1)))];
    return `[${items.join(', ')}]`;
  }
  if (isRecord(value)) {
    const fields = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${shapeOf(item, depth + 1)}`);
    return `{${fields.join(', ')}}`;
  }
  if (value === null) return 'null';
  return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? typeof value : 'unknown';
}
