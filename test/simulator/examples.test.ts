import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../lib/resolver/knowledge';
import { EXAMPLE_VARIANTS, EXAMPLE_VARIANT_NAMES, type ExampleLocation, type ExampleVariantName } from './examples';
import { adminToken, withSimulator } from './fixtures';
import { simRequest } from './http-client';
import { SEED } from './seed';

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => value as Json;
const aliceId = SEED.users.alice.id;

/** The reset body an admin would send for alice under each variant, written out by hand. */
const RESET_FOR_ALICE: Record<ExampleVariantName, unknown> = {
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

function resolve(doc: Json, ref: string): Json {
  return ref
    .slice(2)
    .split('/')
    .reduce<Json>((node, key) => obj(node[key]), doc);
}

/** Where and what the served OpenAPI 3 document advertises for an operation's body. */
function advertisedOpenApi3(doc: Json, path: string, method: string): { location: ExampleLocation; value: unknown } {
  const media = obj(obj(obj(obj(obj(doc.paths)[path])[method]).requestBody).content)['application/json'] as Json;
  const schema = obj(media.schema);
  if ('example' in media) return { location: 'media-example', value: media.example };
  if (media.examples) {
    const [entry] = Object.values(obj(media.examples));
    return { location: 'examples-ref', value: resolve(doc, obj(entry).$ref as string).value };
  }
  if ('example' in schema) return { location: 'schema-example', value: schema.example };
  const target = resolve(doc, schema.$ref as string);
  expect(JSON.stringify(target)).not.toContain('"example"');
  return { location: 'schema-only', value: sampleOf(target) };
}

/** The same for the Swagger 2.0 document (its body schema, inline or a definition). */
function advertisedSwagger2(doc: Json, path: string, method: string): unknown {
  const parameters = obj(obj(obj(doc.paths)[path])[method]).parameters as Json[];
  const body = parameters.find((p) => p.in === 'body');
  const schema = obj(body?.schema);
  const target = typeof schema.$ref === 'string' ? resolve(doc, schema.$ref) : schema;
  return 'example' in target ? target.example : sampleOf(target);
}

describe.each(EXAMPLE_VARIANT_NAMES)('example variant %s', (name) => {
  const variant = EXAMPLE_VARIANTS[name];

  it('the OpenAPI 3 document advertises each example where and as the variant says', async () => {
    await withSimulator({ examples: name }, async (sim) => {
      const doc = obj((await simRequest(sim, { path: '/api/openapi.json' })).json);
      expect(advertisedOpenApi3(doc, ACTIONS.enforceOrgMfa.path, 'put')).toEqual(variant.enforce);
      expect(advertisedOpenApi3(doc, ACTIONS.resetUserMfa.path, 'put')).toEqual(variant.reset);
      expect(advertisedOpenApi3(doc, ACTIONS.setMfaOptOut.path, 'put')).toEqual(variant.membership);
    });
  });

  it('the Swagger 2.0 document advertises the same values', async () => {
    await withSimulator({ examples: name, swaggerUi: '2' }, async (sim) => {
      const doc = obj((await simRequest(sim, { path: '/api/swagger.json' })).json);
      expect(advertisedSwagger2(doc, ACTIONS.enforceOrgMfa.path, 'put')).toEqual(variant.enforce.value);
      expect(advertisedSwagger2(doc, ACTIONS.resetUserMfa.path, 'put')).toEqual(variant.reset.value);
      expect(advertisedSwagger2(doc, ACTIONS.setMfaOptOut.path, 'put')).toEqual(variant.membership.value);
    });
  });

  it('the enforce and reset handlers accept the advertised shapes', async () => {
    await withSimulator({ examples: name }, async (sim) => {
      const token = await adminToken(sim);
      const enforce = await simRequest(sim, { method: 'PUT', path: ACTIONS.enforceOrgMfa.path, token, body: variant.enforce.value });
      expect(enforce.status).toBe(204);
      expect(sim.state.production.orgs.every((org) => org.mfaEnforced)).toBe(true);
      const reset = await simRequest(sim, { method: 'PUT', path: ACTIONS.resetUserMfa.path, token, body: RESET_FOR_ALICE[name] });
      expect(reset.status).toBe(204);
      expect(sim.state.production.enrolment(aliceId)).toBeUndefined();
    });
  });
});

describe.each(EXAMPLE_VARIANT_NAMES.filter((name) => name !== 'default'))('example variant %s', (name) => {
  it('rejects the default shapes', async () => {
    await withSimulator({ examples: name }, async (sim) => {
      const token = await adminToken(sim);
      const enforce = await simRequest(sim, {
        method: 'PUT',
        path: ACTIONS.enforceOrgMfa.path,
        token,
        body: ACTIONS.enforceOrgMfa.defaultExample,
      });
      expect(enforce.status).toBe(400);
      const reset = await simRequest(sim, { method: 'PUT', path: ACTIONS.resetUserMfa.path, token, body: RESET_FOR_ALICE.default });
      expect(reset.status).toBe(400);
      expect(sim.state.production.orgs.some((org) => org.mfaEnforced)).toBe(false);
      expect(sim.state.production.enrolment(aliceId)).toBeDefined();
    });
  });
});
