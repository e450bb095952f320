import { describe, expect, it } from 'vitest';
import { ACTIONS, ENDPOINTS, SWAGGER_PAGE_PATH } from '../../lib/resolver/knowledge';
import { basePathOf, findOperation, type Json, obj, pageDocuments, resolveRef } from './advertised';
import { SPEC_PATHS } from './context';
import { exampleVariant } from './examples';
import { withSimulator } from './fixtures';
import { simRequest } from './http-client';
import { startSimulator } from './index';
import { openApi3Document } from './spec/openapi3';
import { operations } from './spec/operations';

const USER_SERVICE = '/api/docs/user-service.json';
const ORG_SERVICE = '/api/docs/org-service.json';

/** Every `$ref` string anywhere in a document. */
function refsIn(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(refsIn);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => (key === '$ref' ? [String(value)] : refsIn(value)));
}

/** The security schemes the operations name. */
function securityNames(doc: Json): string[] {
  const ops = Object.values(obj(doc.paths)).flatMap((item) => Object.values(obj(item)));
  return ops.flatMap((op) => ((obj(op).security as Json[] | undefined) ?? []).flatMap((requirement) => Object.keys(requirement)));
}

/** `method path` of every operation, from the origin root. */
function operationKeys(doc: Json): string[] {
  const base = basePathOf(doc);
  return Object.entries(obj(doc.paths)).flatMap(([path, item]) => Object.keys(obj(item)).map((m) => `${m} ${base}${path}`));
}

describe("description 'split'", () => {
  it('needs Swagger UI 3+', async () => {
    await expect(startSimulator({ description: 'split', swaggerUi: '2' })).rejects.toThrow(/'split' needs Swagger UI 3\+/);
  });

  it('serves two service documents, listed by the page as urls with the first as primary', async () => {
    await withSimulator({ description: 'split' }, async (sim) => {
      expect(sim.descriptionPaths).toEqual([USER_SERVICE, ORG_SERVICE]);
      for (const path of Object.values(SPEC_PATHS)) expect((await simRequest(sim, { path })).status, path).toBe(404);
      const html = (await simRequest(sim, { path: SWAGGER_PAGE_PATH })).text;
      expect(html).toContain(
        `urls: [{"url":"${USER_SERVICE}","name":"user-service"},{"url":"${ORG_SERVICE}","name":"org-service"}]`,
      );
      expect(html).toContain(`'urls.primaryName': "user-service"`);
    });
  });

  it('each document is complete OpenAPI 3.0 with the base path /user and paths relative to it', async () => {
    await withSimulator({ description: 'split', examples: 'array-in-examples-ref' }, async (sim) => {
      for (const doc of await pageDocuments(sim)) {
        expect(doc).toMatchObject({ openapi: expect.stringMatching(/^3\.0\./), info: { title: expect.any(String), version: '1.0.0' } });
        expect(doc.servers).toEqual([{ url: '/user' }]);
        for (const path of Object.keys(obj(doc.paths))) expect(path).not.toMatch(/^\/user\//);
        for (const ref of refsIn(doc)) expect(resolveRef(doc, ref), ref).toBeDefined();
        const schemes = Object.keys(obj(obj(doc.components).securitySchemes));
        expect(securityNames(doc).length).toBeGreaterThan(0);
        for (const name of securityNames(doc)) expect(schemes).toContain(name);
      }
    });
  });

  it('hold the three MFA operations once each, reset and membership in the user document, enforce in the org one', async () => {
    await withSimulator({ description: 'split' }, async (sim) => {
      const docs = await pageDocuments(sim);
      const [userDoc, orgDoc] = docs;
      expect(findOperation(docs, ACTIONS.resetUserMfa.path, 'put').doc).toBe(userDoc);
      expect(findOperation(docs, ACTIONS.setMfaOptOut.path, 'put').doc).toBe(userDoc);
      expect(findOperation(docs, ACTIONS.enforceOrgMfa.path, 'put').doc).toBe(orgDoc);
      expect(findOperation(docs, ENDPOINTS.me, 'get').doc).toBe(userDoc);
      expect(findOperation(docs, ENDPOINTS.membership, 'get').doc).toBe(orgDoc);

      // Together: every operation of the whole description but discovery, none twice.
      const whole: Json = openApi3Document(operations(exampleVariant('default')));
      const split = docs.flatMap(operationKeys);
      expect(new Set(split).size).toBe(split.length);
      expect(split.sort()).toEqual(operationKeys(whole).filter((key) => key !== `get ${ENDPOINTS.discover}`).sort());
    });
  });
});
