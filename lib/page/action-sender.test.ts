import { describe, expect, it, vi } from 'vitest';
import { t } from '../i18n';
import type { ActionInput } from '../protocol';
import type { ActionName, Environment } from '../resolver/knowledge';
import { OPENAPI30_BROKEN } from '../resolver/test-specs';
import { createActionSender } from './action-sender';
import { createApiClient } from './api-client';
import type { DescriptionSet } from './description/find-descriptions';
import { foundDocument } from './description/found-document';
import { rememberedOperation } from './description/test-remembered';
import { createFakeFetch } from './fake-fetch';

const ORIGIN = 'https://acme.resolver.com';
const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Resolver Core', version: '1' },
  servers: [{ url: '/core' }],
  paths: {
    '/user/users/mfa/reset': { put: { requestBody: { content: { 'application/json': { example: { ids: [0] } } } } } },
    '/user/users/{id}/membership': { put: { requestBody: { content: { 'application/json': { example: { isAdmin: true, mfaOptOut: true } } } } } },
    // Held, but without any example: its body cannot come from here.
    '/user/org/mfa': { put: { requestBody: { content: { 'application/json': {} } } } },
  },
};
const FROM_PAGE = { found: 'swagger-ui', url: null } as const;

function setOf(...specs: unknown[]): DescriptionSet {
  const documents = specs.map((spec) => foundDocument('swagger-ui', null, spec));
  return { documents: documents.filter((document) => document !== null), remembered: {}, lookups: [] };
}

const NOTHING: DescriptionSet = { documents: [], remembered: {}, lookups: [] };

function setUp(options: { set?: DescriptionSet | (() => DescriptionSet); environment?: Environment; box?: Partial<Record<ActionName, string>> } = {}) {
  const fake = createFakeFetch(() => new Response(null, { status: 204, headers: { Date: 'Tue, 04 Mar 2025 10:00:00 GMT' } }));
  const client = createApiClient({ origin: ORIGIN, getToken: () => 'token', fetch: fake.fetch });
  const set = options.set ?? NOTHING;
  const findDescriptions = vi.fn(async () => (typeof set === 'function' ? set() : set));
  const exampleBox = vi.fn((action: ActionName) => options.box?.[action] ?? null);
  const sender = createActionSender({ client, environment: options.environment ?? 'production', findDescriptions, exampleBox });
  return { sender, findDescriptions, exampleBox, requests: fake.requests };
}

const build = (sender: ReturnType<typeof setUp>['sender'], action: ActionName, input: ActionInput) => sender.build(action, input);

describe('the action sender: where a body comes from', () => {
  it('takes the route and the example from the API description, and names it', async () => {
    const { sender } = setUp({ set: setOf(SPEC) });
    await expect(build(sender, 'resetUserMfa', { userId: 42 })).resolves.toEqual({
      ok: true,
      value: { method: 'PUT', path: '/core/user/users/mfa/reset', body: { ids: [42] }, source: 'spec', description: FROM_PAGE },
    });
  });

  it('prefers what the admin pasted, keeping the description’s route', async () => {
    const { sender } = setUp({ set: setOf(SPEC) });
    await expect(build(sender, 'resetUserMfa', { userId: 42, pastedExample: '[1]' })).resolves.toEqual({
      ok: true,
      value: { method: 'PUT', path: '/core/user/users/mfa/reset', body: [42], source: 'pasted', description: FROM_PAGE },
    });
  });

  it('reads the Swagger page’s Example Value box when the description gives no example, once for the page', async () => {
    const box = { enforceOrgMfa: '{ "enforce": true }' };
    const { sender, exampleBox } = setUp({ set: setOf(SPEC), box });
    await expect(build(sender, 'enforceOrgMfa', {})).resolves.toMatchObject({
      ok: true,
      value: { path: '/core/user/org/mfa', body: { enforce: true }, source: 'example-box' },
    });
    // The admin collapses the operation: the same body is built as was read.
    box.enforceOrgMfa = undefined as unknown as string;
    await expect(build(sender, 'enforceOrgMfa', {})).resolves.toMatchObject({ ok: true, value: { body: { enforce: true } } });
    expect(exampleBox).toHaveBeenCalledTimes(1);
  });

  it('uses a remembered operation when no live description holds it', async () => {
    const remembered = { resetUserMfa: rememberedOperation({ example: [0], document: { ...rememberedOperation().document, url: `${ORIGIN}/d.json` } }) };
    const { sender } = setUp({ set: { documents: [], remembered, lookups: [] } });
    await expect(build(sender, 'resetUserMfa', { userId: 7 })).resolves.toEqual({
      ok: true,
      value: {
        method: 'PUT',
        path: '/user/users/mfa/reset',
        body: [7],
        source: 'spec',
        description: { found: 'remembered', url: `${ORIGIN}/d.json`, checkedAt: remembered.resetUserMfa.checkedAt },
      },
    });
  });

  it('refuses the built-in guess in production, whatever the input says', async () => {
    const { sender } = setUp();
    for (const input of [{ userId: 42 }, { userId: 42, acceptDefault: true as const }]) {
      await expect(build(sender, 'resetUserMfa', input)).resolves.toEqual({
        ok: false,
        kind: 'no-description',
        detail: t('description.none', { operation: 'PUT /user/users/mfa/reset' }),
      });
    }
  });

  it('says why when the description holds the operation without an example', async () => {
    const { sender } = setUp({ set: setOf(SPEC) });
    await expect(build(sender, 'enforceOrgMfa', {})).resolves.toEqual({
      ok: false,
      kind: 'no-description',
      detail: t('request.spec-no-example', { operation: 'PUT /user/org/mfa' }),
    });
  });

  it('in a sandbox, sends the guess only once the admin accepted it, labelled default', async () => {
    const { sender } = setUp({ environment: 'sandbox' });
    await expect(build(sender, 'enforceOrgMfa', {})).resolves.toMatchObject({ ok: false, kind: 'no-description' });
    await expect(build(sender, 'enforceOrgMfa', { acceptDefault: true })).resolves.toEqual({
      ok: true,
      value: { method: 'PUT', path: '/user/org/mfa', body: { mfaEnabled: true }, source: 'default' },
    });
  });

  it('opts out with only mfaOptOut: the documented body without a description, the described route with one', async () => {
    const without = setUp({ box: { setMfaOptOut: '{"isAdmin": true}' } });
    await expect(build(without.sender, 'setMfaOptOut', { userId: 42, optOut: true })).resolves.toEqual({
      ok: true,
      value: { method: 'PUT', path: '/user/users/42/membership', body: { mfaOptOut: true }, source: 'documented' },
    });
    expect(without.exampleBox).not.toHaveBeenCalled();
    const described = setUp({ set: setOf(SPEC) });
    await expect(build(described.sender, 'setMfaOptOut', { userId: 42, optOut: false })).resolves.toEqual({
      ok: true,
      value: { method: 'PUT', path: '/core/user/users/42/membership', body: { mfaOptOut: false }, source: 'spec', description: FROM_PAGE },
    });
  });

  it('reports invalid input before looking anything up, and an unreadable paste or description with its reason', async () => {
    const { sender, findDescriptions } = setUp({ set: setOf(OPENAPI30_BROKEN) });
    await expect(build(sender, 'resetUserMfa', { userId: 0 })).resolves.toMatchObject({ ok: false, kind: 'invalid-input' });
    expect(findDescriptions).not.toHaveBeenCalled();
    await expect(build(sender, 'resetUserMfa', { userId: 4, pastedExample: 'userId: 0' })).resolves.toEqual({
      ok: false,
      kind: 'invalid-input',
      detail: t('request.pasted-not-json'),
    });
    await expect(build(sender, 'resetUserMfa', { userId: 4 })).resolves.toMatchObject({
      ok: false,
      kind: 'invalid-input',
      detail: t('request.spec-ref-unresolved', { ref: '#/components/schemas/Missing' }),
    });
  });
});

describe('the action sender: looking the descriptions up', () => {
  it('looks them up once for many requests once something was found', async () => {
    const { sender, findDescriptions } = setUp({ set: setOf(SPEC) });
    for (const userId of [41, 42, 43]) await build(sender, 'resetUserMfa', { userId });
    await sender.prepare('resetUserMfa');
    expect(findDescriptions).toHaveBeenCalledTimes(1);
  });

  it('looks again while nothing was found (the Swagger page may have loaded since)', async () => {
    const found = setOf(SPEC);
    const answers = [NOTHING, found];
    const { sender, findDescriptions } = setUp({ set: () => answers.shift() ?? found });
    await expect(build(sender, 'resetUserMfa', { userId: 1 })).resolves.toMatchObject({ ok: false, kind: 'no-description' });
    await expect(build(sender, 'resetUserMfa', { userId: 1 })).resolves.toMatchObject({ ok: true, value: { source: 'spec' } });
    expect(findDescriptions).toHaveBeenCalledTimes(2);
  });

  it('prepares a bulk run only when no body would be a guess', async () => {
    await expect(setUp({ set: setOf(SPEC) }).sender.prepare('resetUserMfa')).resolves.toEqual({ ok: true, value: undefined });
    await expect(setUp().sender.prepare('setMfaOptOut')).resolves.toEqual({ ok: true, value: undefined });
    await expect(setUp({ environment: 'sandbox' }).sender.prepare('resetUserMfa')).resolves.toEqual({
      ok: false,
      kind: 'no-description',
      detail: t('description.bulkNeedsDescription', { operation: 'PUT /user/users/mfa/reset' }),
    });
  });

  it('sends each request as built, with Resolver’s clock', async () => {
    const { sender, requests } = setUp({ set: setOf(SPEC) });
    const prepared = await build(sender, 'resetUserMfa', { userId: 41 });
    if (!prepared.ok) throw new Error('not built');
    await expect(sender.send(prepared.value)).resolves.toEqual({
      result: { ok: true, value: { status: 204, request: prepared.value } },
      resolverTime: 'Tue, 04 Mar 2025 10:00:00 GMT',
    });
    expect(requests.map((request) => [request.method, request.url, request.body])).toEqual([
      ['PUT', `${ORIGIN}/core/user/users/mfa/reset`, '{"ids":[41]}'],
    ]);
  });
});
