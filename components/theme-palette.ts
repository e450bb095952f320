/**
 * The theme's two palettes as data, read from components/theme.css itself, for the tests that
 * check them (components/theme.test.ts, and the e2e that compares what the browser paints with
 * them). Not used by the extension: the browser applies the stylesheet on its own.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const THEME_CSS_PATH = fileURLToPath(new URL('./theme.css', import.meta.url));

const DARK_QUERY = '@media (prefers-color-scheme: dark)';

export type Scheme = 'light' | 'dark';

export interface ThemePalettes {
  /** Variable name (with its leading dashes) → colour, as written. */
  light: Record<string, string>;
  dark: Record<string, string>;
  /** The selectors each palette is declared on. */
  selectors: Record<Scheme, string[]>;
}

/** The `{…}` block that opens at `open` (an index of `{`), without its braces. */
function blockAt(css: string, open: number): string {
  let depth = 0;
  for (let index = open; index < css.length; index++) {
    if (css[index] === '{') depth += 1;
    if (css[index] === '}') depth -= 1;
    if (depth === 0) return css.slice(open + 1, index);
  }
  throw new Error('theme.css: unbalanced braces');
}

/** The first rule in `css` (comments removed) that declares `--mfa-` variables: its selectors and variables. */
function paletteRule(css: string): { selectors: string[]; variables: Record<string, string> } {
  const rule = /([^{}]+)\{([^{}]*--mfa-[^{}]*)\}/.exec(css);
  if (!rule) throw new Error('theme.css: no palette found');
  const selectors = (rule[1] ?? '').split(',').map((selector) => selector.trim());
  const variables = Object.fromEntries(
    [...(rule[2] ?? '').matchAll(/(--mfa-[\w-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1] ?? '', (match[2] ?? '').trim()]),
  );
  return { selectors, variables };
}

export function readThemePalettes(stylesheet: string = readFileSync(THEME_CSS_PATH, 'utf8')): ThemePalettes {
  const css = stylesheet.replace(/\/\*[\s\S]*?\*\//g, '');
  const media = css.indexOf(DARK_QUERY);
  if (media < 0) throw new Error(`theme.css: no ${DARK_QUERY} block`);
  const light = paletteRule(css.slice(0, media));
  const dark = paletteRule(blockAt(css, css.indexOf('{', media)));
  return { light: light.variables, dark: dark.variables, selectors: { light: light.selectors, dark: dark.selectors } };
}

/** `#rgb` or `#rrggbb` as the browser reports a computed colour: `rgb(r, g, b)`. */
export function hexToRgb(hex: string): string {
  const digits = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex)?.[1];
  if (!digits) throw new Error(`Not a #rgb or #rrggbb colour: ${hex}`);
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  const [red, green, blue] = [0, 2, 4].map((start) => Number.parseInt(full.slice(start, start + 2), 16));
  return `rgb(${red}, ${green}, ${blue})`;
}

/** WCAG 2's contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(first: string, second: string): number {
  const luminance = (hex: string) => {
    const channels = hexToRgb(hex)
      .slice(4, -1)
      .split(',')
      .map((value) => Number(value) / 255)
      .map((channel) => (channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4));
    const [red = 0, green = 0, blue = 0] = channels;
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
  };
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}
