import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../lib/resolver/knowledge';
import { advertisedOpenApi3, advertisedSwagger2, obj, RESET_FOR_ALICE } from './advertised';
import { EXAMPLE_VARIANTS, EXAMPLE_VARIANT_NAMES } from './examples';
import { adminToken, withSimulator } from './fixtures';
import { simRequest } from './http-client';
import { SEED } from './seed';

const aliceId = SEED.users.alice.id;

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
