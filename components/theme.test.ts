/**
 * The theme, read as written: every colour the stylesheets paint comes from theme.css's
 * variables, the dark palette (prefers-color-scheme: dark) gives every one of them a value where
 * the light one does, and the pairs the stylesheets put together stay readable in both. What the
 * browser actually paints is checked by the e2e suite (test/e2e/accessibility.e2e.ts, axe included).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contrastRatio, readThemePalettes, type Scheme } from './theme-palette';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const palettes = readThemePalettes();
const SCHEMES: Scheme[] = ['light', 'dark'];

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, suffix);
    return entry.name.endsWith(suffix) ? [path] : [];
  });
}

const sourceDirs = ['components', 'entrypoints'].map((dir) => join(ROOT, dir));
const stylesheets = sourceDirs.flatMap((dir) => filesUnder(dir, '.css')).map((path) => ({
  name: relative(ROOT, path),
  // Comments may name colours ("black, 25%"); only declarations count.
  css: readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''),
}));

/** Every `property: value` declaration outside the palettes' variable definitions. */
function declarations(css: string): { property: string; value: string }[] {
  return [...css.matchAll(/([\w-]+)\s*:\s*([^;{}]+);/g)]
    .map((match) => ({ property: (match[1] ?? '').toLowerCase(), value: (match[2] ?? '').trim() }))
    .filter((declaration) => !declaration.property.startsWith('--'));
}

/** Properties whose value may hold a colour. */
const COLOUR_PROPERTY =
  /^(color|background(-color)?|border(-(top|right|bottom|left|inline|block)(-(start|end))?)?(-color)?|outline(-color)?|box-shadow|text-shadow|accent-color|caret-color|fill|stroke|text-decoration(-color)?|column-rule(-color)?|scrollbar-color)$/;
/**
 * What such a value may hold besides `var(--mfa-…)`: lengths, line styles and keywords that are
 * no colour. Anything else (a hex, rgb(), a named colour like `red`) is a colour of its own.
 */
const NOT_A_COLOUR = /^(-?[\d.]+(px|em|rem|%)?|solid|dashed|dotted|double|none|inset|transparent|inherit|currentcolor|underline)$/i;
/** Colour literals anywhere, whatever the property. */
const COLOUR_LITERAL = /#[0-9a-f]{3,8}\b|\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;

describe('the stylesheets', () => {
  it('are found: the theme, the popup page, the panel, the reminder notice and the history page', () => {
    expect(stylesheets.map((sheet) => sheet.name).sort()).toEqual(
      expect.arrayContaining([
        'components/theme.css',
        'components/audit/audit.css',
        'entrypoints/popup/style.css',
        'entrypoints/resolver-main.content/panel.css',
        'entrypoints/resolver-main.content/reminder-notice.css',
      ]),
    );
  });

  it.each(stylesheets.map((sheet) => [sheet.name, sheet.css] as const))('%s paints only with the theme’s variables', (_name, css) => {
    const offending = declarations(css).filter(({ property, value }) => {
      if (COLOUR_LITERAL.test(value)) return true;
      if (!COLOUR_PROPERTY.test(property)) return false;
      const rest = value.replace(/var\(\s*--mfa-[\w-]+\s*\)/g, ' ').split(/\s+/).filter(Boolean);
      return rest.some((token) => !NOT_A_COLOUR.test(token));
    });
    expect(offending).toEqual([]);
  });

  it('use only variables the palettes declare', () => {
    const used = new Set(stylesheets.flatMap((sheet) => [...sheet.css.matchAll(/var\(\s*(--mfa-[\w-]+)\s*\)/g)].map((match) => match[1] ?? '')));
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((name) => !(name in palettes.light))).toEqual([]);
  });

  it('set no colour in the components’ markup either (no inline style with a colour)', () => {
    const markup = sourceDirs.flatMap((dir) => filesUnder(dir, '.tsx')).filter((path) => !path.endsWith('.test.tsx'));
    expect(markup.length).toBeGreaterThan(10);
    const inline = markup.filter((path) => /style=\{\{[^}]*\b(color|background|border|outline|fill|stroke)/i.test(readFileSync(path, 'utf8')));
    expect(inline.map((path) => relative(ROOT, path))).toEqual([]);
  });
});

describe('the palettes', () => {
  it('declare a dark value for every light one, and nothing else', () => {
    expect(Object.keys(palettes.light).length).toBeGreaterThan(10);
    expect(Object.keys(palettes.dark).sort()).toEqual(Object.keys(palettes.light).sort());
  });

  it('apply in the popup and options page (:root), in the panel and notice shadow roots (:host), and wherever the helper mounts', () => {
    for (const scheme of SCHEMES) expect(palettes.selectors[scheme].sort()).toEqual([':host', ':root', '.mfa-helper'].sort());
  });

  it('give every variable a #rrggbb colour (#rrggbbaa for the shadow), and differ between the schemes', () => {
    for (const scheme of SCHEMES) {
      for (const [name, value] of Object.entries(palettes[scheme])) {
        expect(value, `${scheme} ${name}`).toMatch(name === '--mfa-shadow' ? /^#[0-9a-f]{8}$/i : /^#[0-9a-f]{6}$/i);
      }
    }
    expect(palettes.dark['--mfa-bg']).not.toBe(palettes.light['--mfa-bg']);
    expect(palettes.dark['--mfa-fg']).not.toBe(palettes.light['--mfa-fg']);
  });

  /**
   * Text on the backgrounds theme.css puts it on (WCAG AA, 4.5:1), and what identifies a control
   * or the focus (3:1). axe in the e2e checks the screens it visits; this covers every pairing,
   * including the ones those screens do not show (a sandbox badge, a warning).
   */
  const TEXT_PAIRS = [
    ['fg', 'bg'],
    ['fg', 'surface'],
    ['fg', 'warning-bg'],
    ['muted', 'bg'],
    ['muted', 'surface'],
    ['accent', 'bg'],
    ['accent', 'surface'],
    ['accent-fg', 'accent'],
    ['danger', 'bg'],
    ['danger', 'surface'],
    ['danger', 'danger-bg'],
    ['danger-fg', 'danger'],
    ['warning-fg', 'warning-bg'],
    ['success-fg', 'bg'],
    ['success-fg', 'surface'],
    ['success-fg', 'success-bg'],
    ['production-fg', 'production-bg'],
    ['sandbox-fg', 'sandbox-bg'],
  ] as const;
  const CONTROL_PAIRS = [
    ['control-border', 'bg'],
    ['control-border', 'surface'],
    ['focus', 'bg'],
    ['focus', 'surface'],
  ] as const;

  it.each(SCHEMES)('%s: text reads at 4.5:1 at least, text fields and the focus ring show at 3:1', (scheme) => {
    const colour = (name: string) => palettes[scheme][`--mfa-${name}`] ?? `missing --mfa-${name}`;
    const below = (pairs: readonly (readonly [string, string])[], minimum: number) =>
      pairs
        .map(([fg, bg]) => ({ pair: `${fg} on ${bg}`, ratio: Math.round(contrastRatio(colour(fg), colour(bg)) * 100) / 100 }))
        .filter(({ ratio }) => ratio < minimum);
    expect(below(TEXT_PAIRS, 4.5)).toEqual([]);
    expect(below(CONTROL_PAIRS, 3)).toEqual([]);
  });
});
