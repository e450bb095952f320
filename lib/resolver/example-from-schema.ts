import * as z from 'zod/mini';
import { copyJson, MAX_NESTING, setData, tooDeep } from './json-value';
import { readSpecPart } from './spec-document';
import { followRefs } from './spec-ref';

const SchemaFields = z.looseObject({
  type: z.optional(z.union([z.string(), z.array(z.string())])),
  properties: z.optional(z.record(z.string(), z.unknown())),
  items: z.optional(z.unknown()),
  allOf: z.optional(z.array(z.unknown())),
  oneOf: z.optional(z.array(z.unknown())),
  anyOf: z.optional(z.array(z.unknown())),
  enum: z.optional(z.array(z.unknown())),
  example: z.optional(z.unknown()),
  examples: z.optional(z.unknown()),
  default: z.optional(z.unknown()),
  readOnly: z.optional(z.boolean()),
});
type SchemaFields = z.infer<typeof SchemaFields>;

interface Walk {
  document: unknown;
  refs: readonly string[];
  /** Location in the document, for messages. */
  where: string;
  depth: number;
}

/**
 * The example Swagger UI's "Example Value" box shows for a request schema, mirroring its sample
 * generator: the schema's `example` (or OpenAPI 3.1 `examples[0]`) wins at every level; `$ref`
 * is followed; `allOf` parts are merged; the first `oneOf` / `anyOf` branch is used; objects get
 * every property except `readOnly` ones (a request never sends those); arrays get one item;
 * `enum` gives its `default` or first value; integers and numbers 0, strings "string", booleans
 * true, or the schema's `default` when it has the right type. Free-form `additionalProperties`
 * are not invented. Returns undefined for a schema that says nothing about its type.
 */
export function exampleFromSchema(document: unknown, schema: unknown, where: string): unknown {
  return sample(schema, { document, refs: [], where, depth: 0 });
}

function sample(raw: unknown, walk: Walk): unknown {
  const { schema, refs, where } = read(raw, walk);
  const inner = (path: string): Walk => ({
    document: walk.document,
    refs,
    where: `${where}.${path}`,
    depth: walk.depth + 1,
  });

  if (schema.example !== undefined) return copyJson(schema.example);
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return copyJson(schema.examples[0]);

  switch (typeOf(schema)) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        const at = inner(`properties.${name}`);
        if (read(property, at).schema.readOnly === true) continue;
        const value = sample(property, at);
        if (value !== undefined) setData(result, name, value);
      }
      return result;
    }
    case 'array': {
      if (schema.items === undefined) return [];
      const item = sample(schema.items, inner('items'));
      return item === undefined ? [] : [item];
    }
    default:
      return primitive(schema);
  }
}

function primitive(schema: SchemaFields): unknown {
  if (schema.enum !== undefined && schema.enum.length > 0) {
    return copyJson(schema.default !== undefined ? schema.default : schema.enum[0]);
  }
  const fallback = (generic: unknown) => (typeof schema.default === typeof generic ? schema.default : generic);
  switch (typeOf(schema)) {
    case 'integer':
    case 'number':
      return fallback(0);
    case 'string':
      return fallback('string');
    case 'boolean':
      return fallback(true);
    case 'null':
      return null;
    default:
      return undefined;
  }
}

/** The declared type (OpenAPI 3.1 lists may add "null"), else inferred from the keywords present. */
function typeOf(schema: SchemaFields): string | undefined {
  const declared = Array.isArray(schema.type) ? schema.type.find((name) => name !== 'null') : schema.type;
  if (declared !== undefined) return declared;
  if (schema.properties !== undefined) return 'object';
  if (schema.items !== undefined) return 'array';
  return undefined;
}

/** Follows references and flattens `allOf` / `oneOf` / `anyOf` into one schema. */
function read(raw: unknown, walk: Walk): { schema: SchemaFields; refs: readonly string[]; where: string } {
  if (walk.depth > MAX_NESTING) throw tooDeep();
  const followed = followRefs(walk.document, raw, walk.refs);
  const where = followed.refs.length > walk.refs.length ? (followed.refs.at(-1) ?? walk.where) : walk.where;
  // OpenAPI 3.1 allows `true` / `false` as schemas: they constrain nothing.
  const node = typeof followed.node === 'boolean' ? {} : followed.node;
  const { allOf = [], oneOf = [], anyOf = [], ...own } = readSpecPart(SchemaFields, node, where);
  const parts: [unknown, string][] = allOf.map((part, index) => [part, `allOf.${index}`]);
  const [branch, label] = oneOf.length > 0 ? [oneOf[0], 'oneOf.0'] : [anyOf[0], 'anyOf.0'];
  if (branch !== undefined) parts.push([branch, label]);
  let schema: SchemaFields = {};
  for (const [part, label] of parts) {
    const at = { ...walk, refs: followed.refs, where: `${where}.${label}`, depth: walk.depth + 1 };
    schema = merge(schema, read(part, at).schema);
  }
  return { schema: merge(schema, own), refs: followed.refs, where };
}

/** Later keys win, except `properties`, which accumulate. */
function merge(base: SchemaFields, extra: SchemaFields): SchemaFields {
  const properties =
    base.properties === undefined && extra.properties === undefined
      ? undefined
      : { ...base.properties, ...extra.properties };
  return { ...base, ...extra, ...(properties === undefined ? {} : { properties }) };
}
