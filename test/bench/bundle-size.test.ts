import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesLoadedBy } from '../../lib/build/module-files';
import { budgetFor, checkBudget, measureBundle, measurePackage, PACKAGE_PART, readBudget } from './bundle-size';

let dir: string;

function write(file: string, text: string): void {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), text);
}

const SHARED = 'export const s=1;';
// The popup's own chunk, with a tab it loads only when asked (Vite's lazy import).
const POPUP_JS = 'import{s}from"./shared-1.js";console.log(s);const l=()=>import("./lazy-tab-1.js")';

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
  write('chunks/lazy-tab-1.js', 'import{s}from"./shared-1.js";export const tab=s');
  // The helper: its content script, the service module it imports, the UI module that imports.
  write('content-scripts/resolver-main.js', 'import(`${chrome.runtime.getURL("/resolver-helper.js")}`)');
  write('resolver-helper.js', 'import{s}from"./chunks/shared-1.js";const ui=s');
  write('resolver-ui.js', 'import{s}from"./chunks/shared-1.js";import"./chunks/react-1.js"');
  write('chunks/react-1.js', 'export const r=2;');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('filesLoadedBy', () => {
  it('follows the page to its scripts, their imports and its stylesheets, once each', () => {
    expect(filesLoadedBy(dir, ['popup.html']).sort()).toEqual(
      ['assets/popup.css', 'chunks/popup-1.js', 'chunks/shared-1.js', 'popup.html'].sort(),
    );
  });

  it('follows the lazy imports too when asked for all it may load', () => {
    expect(filesLoadedBy(dir, ['popup.html'], 'all')).toContain('chunks/lazy-tab-1.js');
  });

  it('fails clearly when a loaded file is missing from the build', () => {
    rmSync(join(dir, 'chunks/shared-1.js'));
    expect(() => filesLoadedBy(dir, ['popup.html'])).toThrow(/chunks\/shared-1\.js/);
  });
});

describe('measureBundle', () => {
  it('sizes each entrypoint with what it loads when it starts, raw and gzip', () => {
    const sizes = measureBundle(dir);
    expect(sizes.map((size) => size.name)).toEqual([
      'background',
      'popup',
      'content:resolver',
      'content:resolver-main',
      'helper-ui',
      'on-demand',
    ]);
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

  it('counts the helper’s service module with its content script, and the UI by what it adds', () => {
    const sizes = measureBundle(dir);
    expect(sizes.find((size) => size.name === 'content:resolver-main')?.files).toEqual([
      'content-scripts/resolver-main.js',
      'resolver-helper.js',
      'chunks/shared-1.js',
    ]);
    // The shared chunk is loaded already wherever the UI shows: the UI adds only its own files.
    expect(sizes.find((size) => size.name === 'helper-ui')?.files).toEqual(['resolver-ui.js', 'chunks/react-1.js']);
  });

  it('counts what is loaded only on demand apart, once', () => {
    expect(measureBundle(dir).find((size) => size.name === 'on-demand')?.files).toEqual(['chunks/lazy-tab-1.js']);
  });

  it('fails when a file of the build belongs to no part, unless it is set aside', () => {
    write('chunks/unused.js', 'never loaded');
    expect(() => measureBundle(dir)).toThrow(/chunks\/unused\.js/);
    expect(measureBundle(dir, ['chunks/unused.js']).length).toBeGreaterThan(0);
  });
});

describe('measurePackage', () => {
  it('sizes the zip, and refuses one older than the build', () => {
    const zip = join(dir, 'package.zip');
    writeFileSync(zip, 'zip bytes');
    expect(measurePackage(zip, dir)).toEqual({ name: PACKAGE_PART, files: ['package.zip'], raw: 9, gzip: null });
    utimesSync(zip, new Date(0), new Date(0));
    expect(() => measurePackage(zip, dir)).toThrow(/older than the build/);
    expect(() => measurePackage(join(dir, 'missing.zip'), dir)).toThrow(/No package/);
  });
});

describe('checkBudget', () => {
  const size = { name: 'popup', files: [], raw: 100, gzip: 40 };

  it('is ok at the budget and over it fails on either measure', () => {
    expect(checkBudget([size], { popup: { raw: 100, gzip: 40 } })[0].ok).toBe(true);
    expect(checkBudget([size], { popup: { raw: 99, gzip: 40 } })[0].ok).toBe(false);
    expect(checkBudget([size], { popup: { raw: 100, gzip: 39 } })[0].ok).toBe(false);
  });

  it('checks the package on raw bytes alone', () => {
    const zip = { name: PACKAGE_PART, files: [], raw: 100, gzip: null };
    expect(checkBudget([zip], { [PACKAGE_PART]: { raw: 100 } })[0].ok).toBe(true);
    expect(checkBudget([zip], { [PACKAGE_PART]: { raw: 99 } })[0].ok).toBe(false);
  });

  it('fails an entrypoint that has no budget yet', () => {
    expect(checkBudget([size], {})[0]).toMatchObject({ ok: false, budget: undefined });
  });
});

describe('budgetFor', () => {
  it('adds the headroom and rounds up to 256-byte steps', () => {
    const budget = budgetFor(
      [
        { name: 'popup', files: [], raw: 1000, gzip: 300 },
        { name: PACKAGE_PART, files: [], raw: 1000, gzip: null },
      ],
      0.12,
    );
    // 1120 → 1280, 336 → 512; the package has no gzip figure.
    expect(budget).toEqual({ popup: { raw: 1280, gzip: 512 }, [PACKAGE_PART]: { raw: 1280 } });
    expect(checkBudget([{ name: 'popup', files: [], raw: 1000, gzip: 300 }], budget)[0].ok).toBe(true);
  });
});

describe('the budget kept in the repo', () => {
  it('is readable and budgets at least the popup and the content script', () => {
    expect(Object.keys(readBudget())).toEqual(expect.arrayContaining(['popup', 'content:resolver', PACKAGE_PART]));
  });
});
