/** Renders the operations as an OpenAPI 3.0 document, placing each example where its variant says. */
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

type Components = { schemas: Record<string, JsonSchema>; examples: Record<string, unknown> };

function requestBody(body: BodySpec, components: Components) {
  const { value, location } = body.example;
  const schema = schemaOf(value);
  let mediaType: Record<string, unknown>;
  switch (location) {
    case 'media-example':
      mediaType = { schema, example: value };
      break;
    case 'examples-ref':
      components.examples[body.name] = { summary: body.name, value };
      mediaType = { schema, examples: { [body.name]: { $ref: `#/components/examples/${body.name}` } } };
      break;
    case 'schema-example':
      mediaType = { schema: { ...schema, example: value } };
      break;
    case 'schema-only':
      components.schemas[body.name] = schema;
      mediaType = { schema: { $ref: `#/components/schemas/${body.name}` } };
      break;
  }
  return { required: true, content: { 'application/json': mediaType } };
}

function operation(op: OperationSpec, components: Components) {
  return {
    ...operationBasics(op),
    parameters: op.parameters.map((p) => ({
      name: p.name,
      in: p.in,
      required: p.required,
      description: p.description,
      schema: { type: p.type },
    })),
    ...(op.body ? { requestBody: requestBody(op.body, components) } : {}),
    responses: responsesOf(op),
  };
}

/** What one document covers: its title, and the server URL its operations' paths are relative to. */
export interface DocumentScope {
  title: string;
  server: string;
}

/** The whole API in one document, paths from the origin root. */
const WHOLE_API: DocumentScope = { title: API_INFO.title, server: '/' };

export function openApi3Document(ops: OperationSpec[], scope: DocumentScope = WHOLE_API) {
  const components: Components = { schemas: {}, examples: {} };
  const paths = pathsOf(ops, (op) => operation(op, components));
  return {
    openapi: '3.0.3',
    info: { ...API_INFO, title: scope.title },
    servers: [{ url: scope.server }],
    tags: tagsOf(ops),
    paths,
    components: {
      ...components,
      securitySchemes: {
        [SECURITY_SCHEME]: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'bearer <token>' },
      },
    },
  };
}
