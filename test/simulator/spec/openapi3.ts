/** Renders the operations as an OpenAPI 3.0 document, placing each example where its variant says. */
import { API_INFO, API_TAGS, type BodySpec, type OperationSpec, pathsOf, responsesOf } from './operations';
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
    tags: [op.tag],
    operationId: op.operationId,
    summary: op.summary,
    ...(op.secured ? { security: [{ bearer: [] }] } : {}),
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

export function openApi3Document(ops: OperationSpec[]) {
  const components: Components = { schemas: {}, examples: {} };
  const paths = pathsOf(ops, (op) => operation(op, components));
  return {
    openapi: '3.0.3',
    info: API_INFO,
    servers: [{ url: '/' }],
    tags: API_TAGS,
    paths,
    components: {
      ...components,
      securitySchemes: {
        bearer: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'bearer <token>' },
      },
    },
  };
}
