/**
 * The built extension (`npm run build`), read as shipped: it asks for no more than
 * lib/manifest-policy.ts documents, reaches Resolver hosts only, and runs no code it did not ship.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { helperModuleFiles } from '../../lib/build/helper-module-build';
import { buildFiles, filesLoadedBy } from '../../lib/build/module-files';
import { HELPER_SCRIPT_FILE } from '../../lib/helper-injection';
import { HELPER_MODULES } from '../../lib/helper-modules';
import { CATALOGUES } from '../../lib/i18n/catalogues';
import { LANGUAGES } from '../../lib/i18n/languages';
import { BROWSER_MESSAGES, chromeMessage } from '../../lib/i18n/manifest-locales';
import { MANIFEST_POLICY, OPEN_HELPER_COMMAND } from '../../lib/manifest-policy';
import { RESOLVER_MATCH_PATTERN } from '../../lib/resolver/knowledge';
import { readExtensionBuild } from './extension-build';

const build = readExtensionBuild();

/** What follows `import(` where the helper's modules are imported: a URL made by runtime.getURL. */
const HELPER_MODULE_IMPORT = /^(?:function\(\w+\)\{return)?`\$\{[\w$]+\.runtime\.getURL\(/;
const manifest: Record<string, unknown> = build.manifest;

/** The manifest fields audited here that the shared ManifestSchema leaves loose. */
const AuditedSchema = z.looseObject({
  content_security_policy: z.object({ extension_pages: z.string() }).strict(),
  web_accessible_resources: z
    .array(z.object({ resources: z.array(z.string()), matches: z.array(z.string()), use_dynamic_url: z.boolean().optional() }).strict())
    .default([]),
  background: z.object({ service_worker: z.string(), type: z.literal('module') }).strict(),
});
const audited = AuditedSchema.parse(manifest);

const files = buildFiles(build.dir).map((name) => ({ name, path: join(build.dir, name) }));
const scripts = files.filter((file) => file.name.endsWith('.js')).map((file) => ({ ...file, text: readFileSync(file.path, 'utf8') }));
const pages = files.filter((file) => file.name.endsWith('.html')).map((file) => ({ ...file, text: readFileSync(file.path, 'utf8') }));

/** A CSP as directive → sources. */
function directives(policy: string): Map<string, string[]> {
  const parsed = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter((tokens) => tokens[0] !== '');
  return new Map(parsed.map(([name = '', ...sources]) => [name.toLowerCase(), sources]));
}

/**
 * zod 4 compiles object parsers with `new Function` where a probe says that is allowed (a
 * `new Function("")` inside try/catch), and falls back to its interpreter where it is not. Under
 * the CSP checked below (and MV3's own floor) the probe always throws, so these two sites never
 * run code from a string. They are recognised by their shape; any other use of `Function` fails.
 */
const ZOD_JIT_SITES = [/try\{const ([\w$]+)=Function;return new \1\(""\),!0\}catch\{return!1\}/g, /compile\(\)\{const ([\w$]+)=Function,/g];
/** The `Function` constructor named as a value: `Function(`, `new Function`, `x=Function`. */
const FUNCTION_CONSTRUCTOR = /(?<![\w$.])Function(?![\w$])/g;

/**
 * API permissions Chrome grants without an install warning (its permissions list names no warning
 * for them): storage for the history, settings and reminders; alarms to wake the badge at a
 * reminder's expiry; scripting to load the helper into a Resolver tab on request (it reaches
 * only the hosts the host permissions grant, and those carry the install warning).
 */
const WARNING_FREE_PERMISSIONS = ['alarms', 'scripting', 'storage'];

/**
 * The most the content scripts in the manifest, which every Resolver page loads, may weigh: the
 * bootstrap is a few KB; the helper's bundle (hundreds of KB) is injected only on request.
 */
const MANIFEST_CONTENT_SCRIPTS_MAX_BYTES = 16 * 1024;

describe('the built manifest', () => {
  it('asks for exactly the documented permissions, and no optional ones', () => {
    expect([...build.manifest.permissions].sort()).toEqual([...MANIFEST_POLICY.permissions].sort());
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
  });

  it('asks for no API permission that shows an install warning: storage, alarms and scripting only', () => {
    expect([...build.manifest.permissions].sort()).toEqual(WARNING_FREE_PERMISSIONS);
  });

  it('reaches Resolver hosts only: host permissions and every content script match *://*.resolver.com/*', () => {
    expect(MANIFEST_POLICY.hostPermissions).toEqual([RESOLVER_MATCH_PATTERN]);
    expect(build.manifest.host_permissions).toEqual([RESOLVER_MATCH_PATTERN]);
    expect(build.manifest.content_scripts.length).toBeGreaterThan(0);
    for (const script of build.manifest.content_scripts) {
      expect(script.matches).toEqual([RESOLVER_MATCH_PATTERN]);
      // Globs and match_about_blank/origin_as_fallback would widen where the script runs.
      expect(Object.keys(script).sort()).toEqual(['js', 'matches', 'run_at']);
    }
  });

  it('is named in the browser’s language, English where the build has none of it', () => {
    expect(manifest).toMatchObject({
      name: '__MSG_name__',
      description: '__MSG_description__',
      default_locale: 'en',
      action: { default_title: '__MSG_name__' },
    });
    expect(readdirSync(join(build.dir, '_locales')).sort()).toEqual([...LANGUAGES].sort());
    for (const language of LANGUAGES) {
      const messages: unknown = JSON.parse(readFileSync(join(build.dir, '_locales', language, 'messages.json'), 'utf8'));
      expect(messages, language).toEqual(
        Object.fromEntries(Object.entries(BROWSER_MESSAGES).map(([name, key]) => [name, chromeMessage(CATALOGUES[language][key])])),
      );
      expect(messages, language).toMatchObject({
        name: { message: CATALOGUES[language]['app.name'] },
        description: { message: CATALOGUES[language]['app.description'] },
      });
    }
  });

  it('carries no Firefox-only key: those go into the Firefox build alone (wxt.config.ts)', () => {
    expect(manifest).not.toHaveProperty('browser_specific_settings');
  });

  it('declares the enterprise policy schema it ships, as in the sources (lib/policy/policy-schema.ts is checked against it)', () => {
    expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
    expect(JSON.parse(readFileSync(join(build.dir, 'managed_schema.json'), 'utf8'))).toEqual(
      JSON.parse(readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8')),
    );
  });

  it('declares one keyboard shortcut, Alt+Shift+M, and it only opens the toolbar popup (the browser’s own command)', () => {
    // A command of the extension's own would need a listener in the background; the built-in one
    // does what a toolbar click does and nothing else.
    expect(manifest.commands).toEqual({ [OPEN_HELPER_COMMAND.name]: { suggested_key: { default: OPEN_HELPER_COMMAND.suggestedKey } } });
    expect(OPEN_HELPER_COMMAND).toMatchObject({ name: '_execute_action', suggestedKey: 'Alt+Shift+M' });
  });

  it('lets no web page or other extension message it', () => {
    expect(manifest).not.toHaveProperty('externally_connectable');
  });

  it('exposes only the helper’s modules and the chunks they load, to Resolver pages only', () => {
    const names = new Set(files.map((file) => file.name));
    expect(audited.web_accessible_resources).toHaveLength(1);
    const [exposed] = audited.web_accessible_resources;
    expect(exposed?.matches).toEqual([RESOLVER_MATCH_PATTERN]);
    // Exactly what the two modules load, now or later: nothing of the popup's or options page's own.
    expect([...(exposed?.resources ?? [])].sort()).toEqual(helperModuleFiles(build.dir).sort());
    expect(exposed?.resources).toEqual(expect.arrayContaining(Object.values(HELPER_MODULES).map((path) => path.slice(1))));
    expect((exposed?.resources ?? []).filter((resource) => !names.has(resource))).toEqual([]);
    for (const page of ['popup', 'options']) {
      expect((exposed?.resources ?? []).filter((resource) => resource.includes(`/${page}-`)), page).toEqual([]);
    }
  });

  it('gives extension pages the documented strict CSP: own scripts only, no eval, no plugins, no <base>', () => {
    expect(audited.content_security_policy.extension_pages).toBe(MANIFEST_POLICY.extensionPagesCsp);
    const csp = directives(audited.content_security_policy.extension_pages);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(manifest).not.toHaveProperty('sandbox');
  });
});

describe('the built code', () => {
  it('ships every script the manifest and its pages load or inject, none from another host', () => {
    const names = new Set(files.map((file) => file.name));
    const loaded = [
      audited.background.service_worker,
      ...build.manifest.content_scripts.flatMap((script) => script.js ?? []),
      HELPER_SCRIPT_FILE.slice(1),
    ];
    expect(loaded.filter((name) => !names.has(name))).toEqual([]);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const sources = [...page.text.matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)].map((match) => match[1] ?? '');
      expect(sources.length, page.name).toBeGreaterThan(0);
      expect(sources.filter((source) => !source.startsWith('/') || source.startsWith('//')), page.name).toEqual([]);
      expect(sources.filter((source) => !names.has(source.slice(1))), page.name).toEqual([]);
      // Every <script> has a src: no inline code (the CSP would refuse it anyway).
      expect(page.text.match(/<script\b/g)?.length, page.name).toBe(sources.length);
    }
  });

  it('loads only a small bootstrap into every Resolver page; the helper is injected on request', () => {
    const manifestScripts = build.manifest.content_scripts.flatMap((script) => script.js ?? []);
    const bytes = scripts.filter((script) => manifestScripts.includes(script.name)).reduce((sum, script) => sum + script.text.length, 0);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(MANIFEST_CONTENT_SCRIPTS_MAX_BYTES);
    expect(manifestScripts).not.toContain(HELPER_SCRIPT_FILE.slice(1));
  });

  it('imports no code from elsewhere at run time: no importScripts; import() only of its own files', () => {
    const names = new Set(files.map((file) => file.name));
    expect(scripts.length).toBeGreaterThan(0);
    let extensionUrlImports = 0;
    for (const script of scripts) {
      expect(script.text, script.name).not.toMatch(/\bimportScripts\s*\(/);
      for (const [, target] of script.text.matchAll(/\bimport\(\s*([^;]{0,120})/g)) {
        // Either a chunk of this build, by a relative path (Vite's lazy parts) ...
        const chunk = /^["'](\.\/[\w.-]+\.js)["']/.exec(target ?? '');
        if (chunk) {
          expect(names.has(posix.join(posix.dirname(script.name), chunk[1] ?? '')), `${script.name} imports ${chunk[1]}`).toBe(true);
          continue;
        }
        // ... or one of the helper's modules, at the extension's own URL (lib/helper-modules.ts),
        // the address built in place or by the minifier's inlined copy of helperModuleUrl.
        expect(target, script.name).toMatch(HELPER_MODULE_IMPORT);
        extensionUrlImports++;
      }
    }
    // The content script's import of the service module, and the service module's of the UI.
    expect(extensionUrlImports).toBeGreaterThanOrEqual(2);
  });

  it('gives the service worker, a module sharing the pages’ chunks, no dynamic import(): workers refuse it', () => {
    const worker = filesLoadedBy(build.dir, [audited.background.service_worker]);
    expect(worker.length).toBeGreaterThan(1);
    for (const file of worker) {
      expect(readFileSync(join(build.dir, file), 'utf8'), file).not.toMatch(/\bimport\s*\(/);
    }
  });

  it('evaluates no strings as code: no eval, no string timers, no Function constructor besides zod’s guarded JIT', () => {
    for (const script of scripts) {
      // Any mention of eval at all, so `window.eval(…)` and `(0, eval)(…)` count too.
      expect(script.text, script.name).not.toMatch(/(?<![\w$])eval(?![\w$])/);
      expect(script.text, script.name).not.toMatch(/\bset(?:Timeout|Interval)\(\s*["'`]/);
      const zodSites = ZOD_JIT_SITES.reduce((count, site) => count + (script.text.match(site)?.length ?? 0), 0);
      const uses = script.text.match(FUNCTION_CONSTRUCTOR)?.length ?? 0;
      expect(uses, `${script.name}: uses of Function outside zod's guarded JIT`).toBe(zodSites);
    }
  });
});
