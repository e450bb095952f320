import * as z from 'zod/mini';
import { exampleFromSchema } from './example-from-schema';
import type { ApiDescription } from './spec-document';
import { readSpecPart } from './spec-document';
import type { FoundOperation } from './spec-operation';
import { followRefs } from './spec-ref';

const RequestBodySchema = z.looseObject({ content: z.optional(z.record(z.string(), z.unknown())) });

const MediaTypeSchema = z.looseObject({
  schema: z.optional(z.unknown()),
  example: z.optional(z.unknown()),
  examples: z.optional(z.record(z.string(), z.unknown())),
});

const ExampleSchema = z.looseObject({ value: z.optional(z.unknown()) });

const ParameterSchema = z.looseObject({
  in: z.optional(z.string()),
  schema: z.optional(z.unknown()),
  'x-example': z.optional(z.unknown()),
});

const SchemaExampleSchema = z.looseObject({ example: z.optional(z.unknown()) });

/**
 * The operation's request body example, read the way Swagger UI's "Example Value" box shows it,
 * or undefined when the description gives none.
 */
export function exampleOfOperation(description: ApiDescription, operation: FoundOperation): unknown {
  return description.kind === 'openapi3'
    ? openApiExample(description.document, operation)
    : swaggerExample(description.document, operation);
}

/**
 * OpenAPI 3: requestBody (possibly a `$ref`) → the JSON media type → its `example`, else the first
 * of its `examples` (possibly a `$ref`; its `value`), else one built from its schema (which
 * honours the schema's own `example` / `examples[0]` first).
 */
function openApiExample(document: unknown, operation: FoundOperation): unknown {
  if (operation.requestBody === undefined) return undefined;
  let where = `${operation.where}.requestBody`;
  const body = followRefs(document, operation.requestBody);
  const { content = {} } = readSpecPart(RequestBodySchema, body.node, body.refs.at(-1) ?? where);
  const mediaType = jsonMediaType(Object.keys(content));
  if (mediaType === undefined) return undefined;
  where = `${body.refs.at(-1) ?? where}.content.${mediaType}`;
  const media = readSpecPart(MediaTypeSchema, content[mediaType], where);
  if (media.example !== undefined) return media.example;

  const [name, first] = Object.entries(media.examples ?? {})[0] ?? [];
  if (name !== undefined) {
    const entry = followRefs(document, first);
    const { value } = readSpecPart(ExampleSchema, entry.node, entry.refs.at(-1) ?? `${where}.examples.${name}`);
    if (value !== undefined) return value;
  }
  if (media.schema === undefined) return undefined;
  return exampleFromSchema(document, media.schema, `${where}.schema`);
}

/** `application/json` (parameters such as charset ignored), else the first JSON-ish type. */
function jsonMediaType(types: string[]): string | undefined {
  const essence = (type: string) => (type.split(';')[0] ?? '').trim().toLowerCase();
  return (
    types.find((type) => essence(type) === 'application/json') ??
    types.find((type) => /^[^/]+\/([^/]*\+)?json$/.test(essence(type)) || essence(type) === '*/*')
  );
}

/**
 * Swagger 2.0: the `in: body` parameter (possibly a `$ref`) → its schema's `example`, else the
 * parameter's `x-example`, else one built from the schema (with `$ref` into `definitions`).
 */
function swaggerExample(document: unknown, operation: FoundOperation): unknown {
  const parameters = operation.parameters.map((raw, index) => {
    const followed = followRefs(document, raw);
    const where = followed.refs.at(-1) ?? `${operation.where}.parameters.${index}`;
    return { parameter: readSpecPart(ParameterSchema, followed.node, where), where };
  });
  const found = parameters.find(({ parameter }) => parameter.in === 'body');
  if (found === undefined) return undefined;
  const { parameter, where } = found;
  if (parameter.schema !== undefined) {
    const schema = followRefs(document, parameter.schema);
    const { example } = readSpecPart(SchemaExampleSchema, schema.node, schema.refs.at(-1) ?? `${where}.schema`);
    if (example !== undefined) return example;
  }
  if (parameter['x-example'] !== undefined) return parameter['x-example'];
  if (parameter.schema === undefined) return undefined;
  return exampleFromSchema(document, parameter.schema, `${where}.schema`);
}
