/**
 * Test support: what a served description advertises for an operation's request body, read the
 * way Swagger UI's "Example Value" box would (the example where one is given, else the sample it
 * generates from the schema), and the documents a Swagger page uses in each placement.
 */
import { runInNewContext } from 'node:vm';
import { expect } from 'vitest';
import type { ExampleLocation, ExampleVariantName } from './examples';
import { simRequest } from './http-client';
import { SEED } from './seed';

export type Json = Record<string, unknown>;
export const obj = (value: unknown): Json => value as Json;
const aliceId = SEED.users.alice.id;

/** The reset body an admin would send for alice under each variant, written out by hand. */
export const RESET_FOR_ALICE: Record<ExampleVariantName, unknown> = {
  default: { userId: aliceId },
  'array-in-examples-ref': [aliceId],
  'bare-number-in-schema': aliceId,
  'ids-object-schema-only': { ids: [aliceId] },
};

/** Swagger UI's sample for a schema without examples (integer 0, boolean true, one array item). */
function sampleOf(schema: Json): unknown {
  switch (schema.type) {
    case 'integer':
      return 0;
    case 'boolean':
      return true;
    case 'string':
      return 'string';
    case 'array':
      return [sampleOf(obj(schema.items))];
    default:
      return Object.fromEntries(Object.entries(obj(schema.properties)).map(([k, v]) => [k, sampleOf(obj(v))]));
  }
}

/** The node a local `$ref` (`#/a/b`) names; undefined when it names nothing. */
export function resolveRef(doc: Json, ref: string): Json {
  return ref
    .slice(2)
    .split('/')
    .reduce<Json>((node, key) => obj(node?.[key]), doc);
}

/** Where and what an OpenAPI 3 document advertises for an operation's body (path as the document lists it). */
export function advertisedOpenApi3(doc: Json, path: string, method: string): { location: ExampleLocation; value: unknown } {
  const media = obj(obj(obj(obj(obj(doc.paths)[path])[method]).requestBody).content)['application/json'] as Json;
  const schema = obj(media.schema);
  if ('example' in media) return { location: 'media-example', value: media.example };
  if (media.examples) {
    const [entry] = Object.values(obj(media.examples));
    return { location: 'examples-ref', value: resolveRef(doc, obj(entry).$ref as string).value };
  }
  if ('example' in schema) return { location: 'schema-example', value: schema.example };
  const target = resolveRef(doc, schema.$ref as string);
  expect(JSON.stringify(target)).not.toContain('"example"');
  return { location: 'schema-only', value: sampleOf(target) };
}

/** The same for a Swagger 2.0 document (its body schema, inline or a definition). */
export function advertisedSwagger2(doc: Json, path: string, method: string): unknown {
  const parameters = obj(obj(obj(doc.paths)[path])[method]).parameters as Json[];
  const body = parameters.find((p) => p.in === 'body');
  const schema = obj(body?.schema);
  const target = typeof schema.$ref === 'string' ? resolveRef(doc, schema.$ref) : schema;
  return 'example' in target ? target.example : sampleOf(target);
}

/** The string literal an 'inline' Swagger page parses its document from, evaluated as JavaScript. */
export function inlineDocumentString(pageHtml: string): string {
  const literal = /spec: JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(pageHtml)?.[1];
  if (literal === undefined) throw new Error('no inline document in the page');
  return runInNewContext(literal) as string;
}

/** The documents the production Swagger page uses: fetched where they are served, or its inline one. */
export async function pageDocuments(sim: { port: number; descriptionPaths: readonly string[] }): Promise<Json[]> {
  if (sim.descriptionPaths.length > 0) {
    return Promise.all(sim.descriptionPaths.map(async (path) => obj((await simRequest(sim, { path })).json)));
  }
  const page = await simRequest(sim, { path: '/api' });
  return page.status === 200 ? [obj(JSON.parse(inlineDocumentString(page.text)))] : [];
}

/** The base path a document's paths are relative to ('' for the origin root). */
export function basePathOf(doc: Json): string {
  const base = doc.openapi ? String(obj((doc.servers as Json[])[0]).url) : String(doc.basePath);
  return base.replace(/\/$/, '');
}

/** The document holding the operation at `path` (from the origin root), and its path there. */
export function findOperation(docs: Json[], path: string, method: string): { doc: Json; path: string } {
  const found = docs.flatMap((doc) => {
    const base = basePathOf(doc);
    if (!path.startsWith(base)) return [];
    const relative = path.slice(base.length);
    return obj(obj(doc.paths)[relative])?.[method] ? [{ doc, path: relative }] : [];
  });
  if (found.length !== 1) throw new Error(`${method} ${path}: in ${found.length} documents`);
  return found[0];
}
