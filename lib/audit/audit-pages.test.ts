import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUDIT_PAGE_ENTRIES, appendToPages, intoPages, parseAuditIndex, type AuditIndex } from './audit-pages';
import { AUDIT_HISTORY_LIMIT } from './audit-schema';

/** Stored pages by id, and a reader over them that notes which ids it was asked for. */
function pagesInStorage(pages: Record<string, unknown[]>) {
  const asked: string[][] = [];
  const readPages = async (ids: readonly string[]) => {
    asked.push([...ids]);
    return ids.map((id) => pages[id] ?? []);
  };
  return { asked, readPages };
}

function numbered(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${i}`);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('cutting entries into pages', () => {
  it('cuts in order into full pages and a last partial one', () => {
    const pages = intoPages(numbered('e', 2 * AUDIT_PAGE_ENTRIES + 1));
    expect(pages.map((page) => page.length)).toEqual([AUDIT_PAGE_ENTRIES, AUDIT_PAGE_ENTRIES, 1]);
    expect(pages.flat()).toEqual(numbered('e', 2 * AUDIT_PAGE_ENTRIES + 1));
    expect(intoPages([])).toEqual([]);
  });
});

describe('reading the index', () => {
  it('reads nothing stored as an empty index, silently', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(parseAuditIndex(null)).toEqual({ pages: [], nextPage: 0 });
    expect(warn).not.toHaveBeenCalled();
  });

  it('reads anything else that is not an index as empty, with a warning that holds none of it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(parseAuditIndex([{ id: 'x', admin: 'eve@leak.example' }])).toEqual({ pages: [], nextPage: 0 });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(warn.mock.calls)).not.toContain('eve@leak.example');
  });
});

describe('appending to pages', () => {
  it('fills the last page, reading only it, then starts new pages numbered from nextPage', async () => {
    const index: AuditIndex = { pages: [{ id: 'a', count: AUDIT_PAGE_ENTRIES }, { id: 'b', count: AUDIT_PAGE_ENTRIES - 2 }], nextPage: 7 };
    const storage = pagesInStorage({ b: numbered('b', AUDIT_PAGE_ENTRIES - 2) });
    const write = await appendToPages(index, numbered('new', 5), storage.readPages);
    expect(storage.asked).toEqual([['b']]);
    expect(write.index).toEqual({
      pages: [
        { id: 'a', count: AUDIT_PAGE_ENTRIES },
        { id: 'b', count: AUDIT_PAGE_ENTRIES },
        { id: 'p7', count: 3 },
      ],
      nextPage: 8,
    });
    expect(write.pages).toEqual([
      { id: 'b', entries: [...numbered('b', AUDIT_PAGE_ENTRIES - 2), 'new0', 'new1'] },
      { id: 'p7', entries: ['new2', 'new3', 'new4'] },
    ]);
    expect(write.removed).toEqual([]);
  });

  it('reads nothing when the last page is full and the history is below the limit', async () => {
    const storage = pagesInStorage({});
    const write = await appendToPages({ pages: [{ id: 'a', count: AUDIT_PAGE_ENTRIES }], nextPage: 0 }, ['new'], storage.readPages);
    expect(storage.asked).toEqual([[]]);
    expect(write.pages).toEqual([{ id: 'p0', entries: ['new'] }]);
  });

  it('at the limit, drops whole oldest pages and trims the oldest kept one', async () => {
    const full = AUDIT_HISTORY_LIMIT / AUDIT_PAGE_ENTRIES;
    const ids = numbered('s', full);
    const index: AuditIndex = { pages: ids.map((id) => ({ id, count: AUDIT_PAGE_ENTRIES })), nextPage: 0 };
    const storage = pagesInStorage({ s1: numbered('s1-', AUDIT_PAGE_ENTRIES) });
    const write = await appendToPages(index, numbered('new', AUDIT_PAGE_ENTRIES + 10), storage.readPages);
    expect(storage.asked).toEqual([['s1']]);
    expect(write.removed).toEqual(['s0']);
    expect(write.pages).toContainEqual({ id: 's1', entries: numbered('s1-', AUDIT_PAGE_ENTRIES).slice(10) });
    expect(write.index.pages[0]).toEqual({ id: 's1', count: AUDIT_PAGE_ENTRIES - 10 });
    expect(write.index.pages.reduce((sum, page) => sum + page.count, 0)).toBe(AUDIT_HISTORY_LIMIT);
  });

  it('never fills a page it then trims: a batch near the limit starts new pages after the old ones', async () => {
    const storage = pagesInStorage({ a: numbered('a', 100) });
    const batch = numbered('new', AUDIT_HISTORY_LIMIT - 50);
    const write = await appendToPages({ pages: [{ id: 'a', count: 100 }], nextPage: 0 }, batch, storage.readPages);
    expect(write.pages[0]).toEqual({ id: 'p0', entries: batch.slice(0, AUDIT_PAGE_ENTRIES) });
    expect(write.pages).toContainEqual({ id: 'a', entries: numbered('a', 100).slice(50) });
    expect(write.pages.flatMap((page) => page.entries)).toHaveLength(AUDIT_HISTORY_LIMIT);
  });

  it('counts what it wrote when a stored page held other than its count', async () => {
    const storage = pagesInStorage({ a: ['only-one'] });
    const write = await appendToPages({ pages: [{ id: 'a', count: 3 }], nextPage: 0 }, ['new'], storage.readPages);
    expect(write.index.pages).toEqual([{ id: 'a', count: 2 }]);
  });
});
