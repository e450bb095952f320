/**
 * Every description placement × Swagger UI × example variant: the description the Swagger page
 * uses (wherever it lives) advertises the variant's examples, in the variant's locations, and the
 * enforce and reset handlers accept exactly those shapes.
 */
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../lib/resolver/knowledge';
import {
  advertisedOpenApi3,
  advertisedSwagger2,
  findOperation,
  type Json,
  pageDocuments,
  RESET_FOR_ALICE,
} from './advertised';
import type { SwaggerUiMode } from './context';
import { DESCRIPTION_PLACEMENT_NAMES } from './description';
import { type AdvertisedExample, EXAMPLE_VARIANTS, EXAMPLE_VARIANT_NAMES } from './examples';
import { adminToken, withSimulator } from './fixtures';
import { simRequest } from './http-client';
import { SEED } from './seed';

const CASES = DESCRIPTION_PLACEMENT_NAMES.flatMap((description) =>
  (['3', '2'] as const)
    .filter((swaggerUi) => description !== 'split' || swaggerUi === '3')
    .flatMap((swaggerUi) => EXAMPLE_VARIANT_NAMES.map((examples) => ({ description, swaggerUi, examples }))),
);

const DOCUMENT_COUNT = { standard: 1, 'hidden-url': 1, inline: 1, split: 2, none: 0 };

/** What the documents advertise for a PUT at `path`, as comparable with the variant's example. */
function advertised(docs: Json[], swaggerUi: SwaggerUiMode, path: string): unknown {
  const found = findOperation(docs, path, 'put');
  return swaggerUi === '3'
    ? advertisedOpenApi3(found.doc, found.path, 'put')
    : advertisedSwagger2(found.doc, found.path, 'put');
}

const expected = (example: AdvertisedExample, swaggerUi: SwaggerUiMode) =>
  swaggerUi === '3' ? example : example.value;

describe.each(CASES)('description $description, Swagger UI $swaggerUi, examples $examples', (options) => {
  const variant = EXAMPLE_VARIANTS[options.examples];

  it('advertises the variant and the handlers accept what it advertises', async () => {
    await withSimulator(options, async (sim) => {
      const docs = await pageDocuments(sim);
      expect(docs).toHaveLength(DOCUMENT_COUNT[options.description]);
      if (docs.length > 0) {
        for (const [action, example] of [
          [ACTIONS.enforceOrgMfa, variant.enforce],
          [ACTIONS.resetUserMfa, variant.reset],
          [ACTIONS.setMfaOptOut, variant.membership],
        ] as const) {
          expect(advertised(docs, options.swaggerUi, action.path), action.path).toEqual(expected(example, options.swaggerUi));
        }
      }

      const token = await adminToken(sim);
      const put = (path: string, body: unknown) => simRequest(sim, { method: 'PUT', path, token, body });
      expect((await put(ACTIONS.enforceOrgMfa.path, variant.enforce.value)).status).toBe(204);
      expect(sim.state.production.orgs.every((org) => org.mfaEnforced)).toBe(true);
      expect((await put(ACTIONS.resetUserMfa.path, RESET_FOR_ALICE[options.examples])).status).toBe(204);
      expect(sim.state.production.enrolment(SEED.users.alice.id)).toBeUndefined();
    });
  });
});
