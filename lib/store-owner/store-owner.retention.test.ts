/** The organisation's audit retention, applied by the history's one writer: on start and with every append. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AUDIT_PAGE_ENTRIES } from '../audit/audit-pages';
import { auditEntryFor } from '../audit/test-entries';
import { storedPageKeys } from '../audit/test-stored-history';
import { EXTENSION_PAGE, intentOf, startOwner } from './test-owner';

const NOW = new Date('2025-03-31T12:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const entry = (id: string, days: number) => auditEntryFor({ id, time: daysAgo(days) });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('audit retention', () => {
  it('keeps everything without a retention', async () => {
    const { stores, owner } = startOwner({ now: () => NOW });
    await owner.apply(intentOf({ op: 'audit.append', entries: [entry('old', 400), entry('new', 1)] }), EXTENSION_PAGE);
    await expect(owner.applyRetention()).resolves.toBe(0);
    expect((await stores.audit.list()).map((e) => e.id)).toEqual(['new', 'old']);
  });

  it('drops the entries older than the retention when it starts, and says how many', async () => {
    const { stores } = startOwner({ now: () => NOW });
    await stores.audit.append([entry('a', 40), entry('b', 31), entry('c', 29), entry('d', 0)]);
    const { owner } = startOwner({ now: () => NOW, retentionDays: async () => 30 });
    await expect(owner.applyRetention()).resolves.toBe(2);
    expect((await stores.audit.list()).map((e) => e.id)).toEqual(['d', 'c']);
  });

  it('drops them again with every append, the appended ones included', async () => {
    let days: number | null = null;
    const { stores, owner } = startOwner({ now: () => NOW, retentionDays: async () => days });
    await owner.apply(intentOf({ op: 'audit.append', entries: [entry('a', 10)] }), EXTENSION_PAGE);
    days = 7;
    await owner.apply(intentOf({ op: 'audit.append', entries: [entry('b', 8), entry('c', 1)] }), EXTENSION_PAGE);
    expect((await stores.audit.list()).map((e) => e.id)).toEqual(['c']);
  });

  it('removes whole old pages and keeps the rest of a partly old one under a new page', async () => {
    const { stores, owner } = startOwner({ now: () => NOW, retentionDays: async () => 30 });
    const old = Array.from({ length: AUDIT_PAGE_ENTRIES + 10 }, (_, i) => entry(`old-${i}`, 60));
    const recent = Array.from({ length: 5 }, (_, i) => entry(`new-${i}`, 2));
    await stores.audit.append([...old, ...recent]);
    const before = await storedPageKeys();
    await expect(owner.applyRetention()).resolves.toBe(old.length);
    const after = await storedPageKeys();
    expect((await stores.audit.list()).map((e) => e.id)).toEqual(recent.map((e) => e.id).reverse());
    expect(after).toHaveLength(1);
    expect(before).not.toContain(after[0]);
  });
});
