/** A JSON Schema describing an example value: types only, so examples stay where they are put. */
export type JsonSchema = Record<string, unknown>;

export function schemaOf(value: unknown): JsonSchema {
  if (typeof value === 'number') return { type: Number.isInteger(value) ? 'integer' : 'number' };
  if (typeof value === 'boolean') return { type: 'boolean' };
  if (typeof value === 'string') return { type: 'string' };
  if (Array.isArray(value)) return { type: 'array', items: value.length > 0 ? schemaOf(value[0]) : {} };
  if (value !== null && typeof value === 'object') {
    return {
      type: 'object',
      properties: Object.fromEntries(Object.entries(value).map(([key, item]) => [key, schemaOf(item)])),
    };
  }
  return {};
}
