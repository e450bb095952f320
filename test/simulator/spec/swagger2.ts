/**
 * Renders the operations as a Swagger 2.0 document for the legacy Swagger UI 2.x page.
 * Swagger 2.0 has no media-type examples nor components/examples, so: media-example and
 * schema-example become the body schema's `example`; examples-ref becomes a `$ref` to a
 * definition carrying `example`; schema-only is a `$ref` to a definition without one.
 */
import {
  API_INFO,
  type BodySpec,
  type OperationSpec,
  operationBasics,
  pathsOf,
  responsesOf,
  SECURITY_SCHEME,
  tagsOf,
} from './operations';
import { type JsonSchema, schemaOf } from './json-schema';

function bodyParameter(body: BodySpec, definitions: Record<string, JsonSchema>) {
  const { value, location } = body.example;
  const schema = schemaOf(value);
  let bodySchema: JsonSchema;
  if (location === 'examples-ref' || location === 'schema-only') {
    definitions[body.name] = location === 'examples-ref' ? { ...schema, example: value } : schema;
    bodySchema = { $ref: `#/definitions/${body.name}` };
  } else {
    bodySchema = { ...schema, example: value };
  }
  return { name: 'body', in: 'body', required: true, schema: bodySchema };
}

function operation(op: OperationSpec, definitions: Record<string, JsonSchema>) {
  const parameters: unknown[] = op.parameters.map((p) => ({
    name: p.name,
    in: p.in,
    required: p.required,
    description: p.description,
    type: p.type,
  }));
  if (op.body) parameters.push(bodyParameter(op.body, definitions));
  return {
    ...operationBasics(op),
    parameters,
    responses: responsesOf(op),
  };
}

export function swagger2Document(ops: OperationSpec[]) {
  const definitions: Record<string, JsonSchema> = {};
  const paths = pathsOf(ops, (op) => operation(op, definitions));
  return {
    swagger: '2.0',
    info: API_INFO,
    basePath: '/',
    schemes: ['http'],
    consumes: ['application/json'],
    produces: ['application/json'],
    tags: tagsOf(ops),
    paths,
    definitions,
    securityDefinitions: { [SECURITY_SCHEME]: { type: 'apiKey', in: 'header', name: 'Authorization' } },
  };
}
