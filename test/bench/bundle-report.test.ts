import { describe, expect, it } from 'vitest';
import { groupOf, renderedByFile } from './bundle-report';

describe('groupOf', () => {
  it('names a package, scoped or not, however deep it is nested', () => {
    expect(groupOf('/node_modules/zod/v4/classic/schemas.js')).toBe('zod');
    expect(groupOf('/node_modules/wxt/node_modules/@wxt-dev/browser/src/index.mjs')).toBe('@wxt-dev/browser');
    expect(groupOf('/node_modules/@webext-core/messaging/dist/index.mjs')).toBe('@webext-core/messaging');
  });

  it('names the first two folders of our own code, or the top folder for its own files', () => {
    expect(groupOf('/lib/store-owner/store-owner.ts')).toBe('lib/store-owner');
    expect(groupOf('/components/bulk/BulkTab.tsx')).toBe('components/bulk');
    expect(groupOf('/lib/messenger.ts')).toBe('lib');
    expect(groupOf('\0vite/preload-helper')).toBe('other');
  });
});

describe('renderedByFile', () => {
  it('sums each group’s rendered length per output file, over every artifact', () => {
    const artifact = (file: string, id: string, length: number, uid: string) => ({
      nodeParts: { [uid]: { renderedLength: length } },
      nodeMetas: { [`m-${uid}`]: { id, moduleParts: { [file]: uid } } },
    });
    const byFile = renderedByFile([
      artifact('background.js', '/node_modules/zod/a.js', 100, '1'),
      artifact('background.js', '/node_modules/zod/b.js', 50, '2'),
      artifact('popup.js', '/lib/i18n/en/ui.ts', 30, '3'),
    ]);
    expect(Object.fromEntries(byFile.get('background.js') ?? [])).toEqual({ zod: 150 });
    expect(Object.fromEntries(byFile.get('popup.js') ?? [])).toEqual({ 'lib/i18n': 30 });
  });
});
