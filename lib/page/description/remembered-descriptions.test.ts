import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createRememberedDescriptionStore,
  REMEMBERED_DESCRIPTIONS_KEY,
  REMEMBERED_DESCRIPTIONS_VERSION,
  REMEMBERED_EXAMPLE_MAX_CHARS,
  REMEMBERED_ORIGINS_MAX,
} from './remembered-descriptions';
import { rememberedOperation } from './test-remembered';

const KEY = REMEMBERED_DESCRIPTIONS_KEY.slice('local:'.length);
const ACME = 'https://acme.resolver.com';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the remembered descriptions', () => {
  it('keeps each origin’s operations, replacing only the actions given, with its format version', async () => {
    const store = createRememberedDescriptionStore();
    await store.remember(ACME, { resetUserMfa: rememberedOperation(), enforceOrgMfa: rememberedOperation({ pathTemplate: '/user/org/mfa' }) });
    await store.remember(ACME, { resetUserMfa: rememberedOperation({ example: { ids: [0] } }) });
    const acme = await createRememberedDescriptionStore().get(ACME);
    expect(acme.resetUserMfa?.example).toEqual({ ids: [0] });
    expect(acme.enforceOrgMfa?.pathTemplate).toBe('/user/org/mfa');
    await expect(createRememberedDescriptionStore().get('https://other.resolver.com')).resolves.toEqual({});
    await expect(fakeBrowser.storage.local.get(`${KEY}$`)).resolves.toEqual({ [`${KEY}$`]: { v: REMEMBERED_DESCRIPTIONS_VERSION } });
  });

  it('stores nothing invalid: an oversized example, a relative route, a malformed hash', async () => {
    const store = createRememberedDescriptionStore();
    await store.remember(ACME, {
      resetUserMfa: rememberedOperation({ example: { note: 'x'.repeat(REMEMBERED_EXAMPLE_MAX_CHARS) } }),
      enforceOrgMfa: rememberedOperation({ pathTemplate: 'user/org/mfa' }),
      setMfaOptOut: rememberedOperation({ document: { ...rememberedOperation().document, hash: 'nope' } }),
    });
    await expect(store.get(ACME)).resolves.toEqual({});
  });

  it('reads past what another version wrote: unknown actions and invalid entries are left out', async () => {
    await fakeBrowser.storage.local.set({
      [KEY]: { [ACME]: { resetUserMfa: rememberedOperation(), deleteEverything: rememberedOperation(), enforceOrgMfa: { pathTemplate: 5 } } },
    });
    await expect(createRememberedDescriptionStore().get(ACME)).resolves.toEqual({ resetUserMfa: rememberedOperation() });
    await fakeBrowser.storage.local.set({ [KEY]: 'garbage' });
    await expect(createRememberedDescriptionStore().list()).resolves.toEqual({});
  });

  it(`keeps the ${REMEMBERED_ORIGINS_MAX} most recently checked origins`, async () => {
    const store = createRememberedDescriptionStore();
    for (let index = 0; index <= REMEMBERED_ORIGINS_MAX; index += 1) {
      const checkedAt = new Date(Date.UTC(2026, 0, 1, 0, index)).toISOString();
      await store.remember(`https://tenant${index}.resolver.com`, { resetUserMfa: rememberedOperation({ checkedAt }) });
    }
    const origins = Object.keys(await store.list());
    expect(origins).toHaveLength(REMEMBERED_ORIGINS_MAX);
    expect(origins).not.toContain('https://tenant0.resolver.com');
    expect(origins).toContain(`https://tenant${REMEMBERED_ORIGINS_MAX}.resolver.com`);
  });

  it('forgets an origin, and tells watchers', async () => {
    const store = createRememberedDescriptionStore();
    const seen: string[][] = [];
    store.watch((all) => seen.push(Object.keys(all)));
    await store.remember(ACME, { resetUserMfa: rememberedOperation() });
    await store.forget(ACME);
    await expect(store.get(ACME)).resolves.toEqual({});
    expect(seen).toEqual([[ACME], []]);
  });
});
