import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ENDPOINTS, SWAGGER_PAGE_PATH } from '../../lib/resolver/knowledge';
import { inlineDocumentString, obj } from './advertised';
import { SPEC_PATHS, type SwaggerUiMode } from './context';
import { DESCRIPTION_PLACEMENT_NAMES } from './description';
import { exampleVariant } from './examples';
import { adminToken, withSimulator } from './fixtures';
import { simRequest } from './http-client';
import { openApi3Document } from './spec/openapi3';
import { HOSTILE_ATTACK_NAMES, HOSTILE_PATH } from './pages/hostile';
import { operations } from './spec/operations';
import { swagger2Document } from './spec/swagger2';

const UIS: SwaggerUiMode[] = ['3', '2'];
const STANDARD_PATHS = Object.values(SPEC_PATHS);
const wholeDocument = (ui: SwaggerUiMode) =>
  (ui === '3' ? openApi3Document : swagger2Document)(operations(exampleVariant('default')));
const statusOf = async (sim: { port: number }, path: string) => (await simRequest(sim, { path })).status;

describe.each(UIS)('Swagger UI %s', (swaggerUi) => {
  it("'standard' serves the document at the standard path the page names", async () => {
    await withSimulator({ swaggerUi }, async (sim) => {
      expect(sim.descriptionPaths).toEqual([SPEC_PATHS[swaggerUi]]);
      expect((await simRequest(sim, { path: SPEC_PATHS[swaggerUi] })).json).toEqual(wholeDocument(swaggerUi));
      expect((await simRequest(sim, { path: SWAGGER_PAGE_PATH })).text).toContain(`url: "${SPEC_PATHS[swaggerUi]}"`);
    });
  });

  it("'hidden-url' serves the document only at a random path the page never spells out", async () => {
    await withSimulator({ swaggerUi, description: 'hidden-url' }, async (sim) => {
      const [path] = sim.descriptionPaths;
      const hex = /^\/svc\/docs\/([0-9a-f]{32})\/definition$/.exec(path)?.[1];
      expect(hex, path).toBeDefined();
      expect((await simRequest(sim, { path })).json).toEqual(wholeDocument(swaggerUi));
      for (const standard of STANDARD_PATHS) expect(await statusOf(sim, standard), standard).toBe(404);

      const html = (await simRequest(sim, { path: SWAGGER_PAGE_PATH })).text;
      expect(html).not.toContain(path);
      expect(html).not.toContain(hex);
      // The page computes it at run time.
      const url = /url: (atob\("[^"]+"\))/.exec(html)?.[1] ?? '';
      expect(runInNewContext(url, { atob })).toBe(path);
      if (swaggerUi === '3') {
        expect(html).toContain("layout: 'BaseLayout'");
        expect(html).toMatch(/wrapComponents: \{ InfoUrl: function \(\) \{ return function \(\) \{ return null; \}; \} \}/);
      }

      await withSimulator({ swaggerUi, description: 'hidden-url' }, async (other) => {
        expect(other.descriptionPaths).not.toEqual(sim.descriptionPaths);
      });
    });
  });

  it("'hidden-url' requests are recorded like the API's", async () => {
    await withSimulator({ swaggerUi, description: 'hidden-url' }, async (sim) => {
      await simRequest(sim, { path: sim.descriptionPaths[0] });
      expect(sim.requests.map((request) => request.path)).toEqual(sim.descriptionPaths);
    });
  });

  it("'inline' serves no document: the page parses it from a string at run time", async () => {
    await withSimulator({ swaggerUi, description: 'inline' }, async (sim) => {
      expect(sim.descriptionPaths).toEqual([]);
      for (const standard of STANDARD_PATHS) expect(await statusOf(sim, standard), standard).toBe(404);
      const html = (await simRequest(sim, { path: SWAGGER_PAGE_PATH })).text;
      // No document as an object literal: its version key appears only escaped, inside a string.
      const versionKey = /"(openapi|swagger)"\s*:\s*"\d/;
      expect(JSON.stringify(wholeDocument(swaggerUi))).toMatch(versionKey);
      expect(html).not.toMatch(versionKey);
      expect(JSON.parse(inlineDocumentString(html))).toEqual(wholeDocument(swaggerUi));
    });
  });

  it("'none' has no description and no Swagger page; the rest works", async () => {
    await withSimulator({ swaggerUi, description: 'none' }, async (sim) => {
      expect(sim.descriptionPaths).toEqual([]);
      for (const path of [...STANDARD_PATHS, SWAGGER_PAGE_PATH, `${SWAGGER_PAGE_PATH}/`, `${HOSTILE_PATH}/${HOSTILE_ATTACK_NAMES[0]}`]) {
        expect(await statusOf(sim, path), path).toBe(404);
      }
      for (const path of ['/', '/home']) expect(await statusOf(sim, path), path).toBe(200);
      expect((await simRequest(sim, { path: ENDPOINTS.me, token: await adminToken(sim) })).status).toBe(200);
      const services = Object.values(obj((await simRequest(sim, { path: ENDPOINTS.discover })).json));
      expect(services.length).toBeGreaterThan(0);
      for (const service of services) expect(Object.keys(obj(service))).toEqual(['url']);
    });
  });

  it('the pages authorise Swagger UI with ?access_token=, and strip it from the address only when asked', async () => {
    const authorisation = swaggerUi === '3' ? 'window.ui.preauthorizeApiKey("bearer"' : 'ApiKeyAuthorization';
    for (const stripAccessToken of [false, true]) {
      await withSimulator({ swaggerUi, stripAccessToken }, async (sim) => {
        const html = (await simRequest(sim, { path: SWAGGER_PAGE_PATH })).text;
        expect(html).toContain(authorisation);
        expect(html).toContain(`var stripAccessToken = ${stripAccessToken};`);
        expect(html).toContain('history.replaceState');
      });
    }
  });
});

describe.each(DESCRIPTION_PLACEMENT_NAMES.filter((description) => description !== 'none'))(
  "description '%s'",
  (description) => {
    it('discover names the Swagger page as every docUrl', async () => {
      await withSimulator({ description }, async (sim) => {
        const services = Object.values(obj((await simRequest(sim, { path: ENDPOINTS.discover })).json));
        for (const service of services) expect(obj(service).docUrl).toBe(sim.origin() + SWAGGER_PAGE_PATH);
        expect(await statusOf(sim, SWAGGER_PAGE_PATH)).toBe(200);
      });
    });
  },
);
