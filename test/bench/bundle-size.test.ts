import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { budgetFor, checkBudget, filesLoadedBy, measureBundle, readBudget } from './bundle-size';

let dir: string;

function write(file: string, text: string): void {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), text);
}

const SHARED = 'export const s=1;';
const POPUP_JS = 'import{s}from"./shared-1.js";console.log(s)';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bundle-size-test-'));
  write(
    'manifest.json',
    JSON.stringify({
      manifest_version: 3,
      name: 'x',
      version: '1',
      background: { service_worker: 'background.js' },
      action: { default_popup: 'popup.html' },
      content_scripts: [{ matches: ['*://*.resolver.com/*'], js: ['content-scripts/resolver.js'] }],
    }),
  );
  write('background.js', 'self;');
  write(
    'popup.html',
    '<script type="module" crossorigin src="/chunks/popup-1.js"></script><link rel="stylesheet" href="/assets/popup.css">',
  );
  write('chunks/popup-1.js', POPUP_JS);
  write('chunks/shared-1.js', SHARED);
  write('assets/popup.css', 'p{}');
  write('content-scripts/resolver.js', 'void 0;');
  write('content-scripts/resolver.css', 'div{}');
  write('chunks/unused.js', 'never loaded');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('filesLoadedBy', () => {
  it('follows the page to its scripts, their imports and its stylesheets, once each', () => {
    expect(filesLoadedBy(dir, ['popup.html']).sort()).toEqual(
      ['assets/popup.css', 'chunks/popup-1.js', 'chunks/shared-1.js', 'popup.html'].sort(),
    );
  });

  it('fails clearly when a loaded file is missing from the build', () => {
    rmSync(join(dir, 'chunks/shared-1.js'));
    expect(() => filesLoadedBy(dir, ['popup.html'])).toThrow(/chunks\/shared-1\.js/);
  });
});

describe('measureBundle', () => {
  it('sizes each manifest entrypoint with everything it loads, raw and gzip', () => {
    const sizes = measureBundle(dir);
    expect(sizes.map((size) => size.name)).toEqual(['background', 'popup', 'content:resolver']);
    const popup = sizes.find((size) => size.name === 'popup');
    const popupFiles = ['popup.html', 'chunks/popup-1.js', 'chunks/shared-1.js', 'assets/popup.css'];
    const html =
      '<script type="module" crossorigin src="/chunks/popup-1.js"></script><link rel="stylesheet" href="/assets/popup.css">';
    const texts = [html, POPUP_JS, SHARED, 'p{}'];
    expect(popup?.raw).toBe(texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0));
    expect(popup?.gzip).toBe(texts.reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0));
    expect(popup?.files.sort()).toEqual(popupFiles.sort());
    expect(sizes.find((size) => size.name === 'content:resolver')?.files).toEqual([
      'content-scripts/resolver.js',
      'content-scripts/resolver.css',
    ]);
  });
});

describe('measureBundle with a content script injected at run time', () => {
  it('sizes it too, with its stylesheet, although the manifest does not name it', () => {
    write('content-scripts/resolver-main.js', 'void 1;');
    write('content-scripts/resolver-main.css', 'p{}');
    const main = measureBundle(dir).find((size) => size.name === 'content:resolver-main');
    expect(main?.files).toEqual(['content-scripts/resolver-main.js', 'content-scripts/resolver-main.css']);
    expect(main?.raw).toBe(Buffer.byteLength('void 1;') + Buffer.byteLength('p{}'));
  });
});

describe('checkBudget', () => {
  const size = { name: 'popup', files: [], raw: 100, gzip: 40 };

  it('is ok at the budget and over it fails on either measure', () => {
    expect(checkBudget([size], { popup: { raw: 100, gzip: 40 } })[0].ok).toBe(true);
    expect(checkBudget([size], { popup: { raw: 99, gzip: 40 } })[0].ok).toBe(false);
    expect(checkBudget([size], { popup: { raw: 100, gzip: 39 } })[0].ok).toBe(false);
  });

  it('fails an entrypoint that has no budget yet', () => {
    expect(checkBudget([size], {})[0]).toMatchObject({ ok: false, budget: undefined });
  });
});

describe('budgetFor', () => {
  it('adds the headroom and rounds up to 256-byte steps', () => {
    const budget = budgetFor([{ name: 'popup', files: [], raw: 1000, gzip: 300 }], 0.12);
    // 1120 → 1280, 336 → 512.
    expect(budget).toEqual({ popup: { raw: 1280, gzip: 512 } });
    expect(checkBudget([{ name: 'popup', files: [], raw: 1000, gzip: 300 }], budget)[0].ok).toBe(true);
  });
});

describe('the budget kept in the repo', () => {
  it('is readable and budgets at least the popup and the content script', () => {
    expect(Object.keys(readBudget())).toEqual(expect.arrayContaining(['popup', 'content:resolver']));
  });
});
