/**
 * Reads the Swagger UI configuration a Swagger page's own scripts hold, as text, never running
 * them: which API descriptions the page loads (`url`, `urls`) or carries inline (`spec`), for
 * Swagger UI 3+ (`SwaggerUIBundle({...})`, `SwaggerUI({...})`) and 2.x (`new SwaggerUi({...})`).
 * The page is untrusted: only literal values are taken, and the work is linear in its size.
 */
import { tokenize, type Token } from './script-tokens';

export interface ConfigDocument {
  /** As written in the configuration: the caller resolves it against the page. */
  url: string;
  name?: string;
}

export interface SwaggerConfig {
  documents: ConfigDocument[];
  /** The inline descriptions (`spec`) that are valid JSON. */
  inline: unknown[];
  /** HTML only: the `src` of scripts that may hold the configuration (swagger-ui-dist's `swagger-initializer.js`). */
  scripts: string[];
}

/** Text beyond this is not read (a Swagger page or initializer script is far smaller). */
export const MAX_CONFIG_TEXT_CHARS = 2_000_000;

/** Documents, and inline descriptions, taken from one text: a real page names a handful. */
export const MAX_CONFIG_FINDINGS = 20;

const CONFIG_CALLS = new Set(['SwaggerUIBundle', 'SwaggerUI', 'SwaggerUi']);

interface Script {
  source: string;
  tokens: Token[];
}

/** An object literal: the token index of its `{` in its script. */
interface ObjectLiteral {
  script: Script;
  open: number;
}

/** The literal values assigned to a name anywhere in the page's scripts. */
interface Binding {
  strings: string[];
  objects: ObjectLiteral[];
}

/** What the property values of a configuration contribute, each binding and object once. */
interface Findings {
  documents: Map<string, ConfigDocument>;
  inline: unknown[];
  expanded: Set<string>;
  parsed: Set<ObjectLiteral>;
  bindings: Map<string, Binding>;
}

/**
 * The configuration in `text`: an HTML page (its inline scripts, whose globals they share) or a
 * JavaScript file. URLs come as written, in the order the configuration gives them, each once.
 */
export function readSwaggerConfig(text: string): SwaggerConfig {
  const bounded = text.slice(0, MAX_CONFIG_TEXT_CHARS);
  const page = /^\uFEFF?\s*</.test(bounded) ? scriptsOfHtml(bounded) : { inline: [bounded], sources: [] };
  const scripts = page.inline.map((source): Script => ({ source, tokens: tokenize(source) }));
  const findings: Findings = { documents: new Map(), inline: [], expanded: new Set(), parsed: new Set(), bindings: bindingsOf(scripts) };
  for (const config of configObjects(scripts, findings.bindings)) readConfig(config, findings);
  return {
    documents: [...findings.documents.values()].slice(0, MAX_CONFIG_FINDINGS),
    inline: findings.inline,
    scripts: [...new Set(page.sources.filter(isInitializerScript))],
  };
}

function isPunct(token: Token | undefined, text: string): boolean {
  return token?.kind === 'punct' && token.text === text;
}

/** The right-hand side ends here: `;`, `,`, a closing bracket, or a new statement on the next line. */
function endsExpression(token: Token | undefined): boolean {
  if (token === undefined) return true;
  if (token.kind === 'punct') return [';', ',', ')', '}'].includes(token.text);
  return token.newlineBefore && (token.kind === 'word' || token.kind === 'string');
}

/** `name = '<literal>'` and `name = { ... }` (with or without var / let / const), never `a.name = …`. */
function bindingsOf(scripts: readonly Script[]): Map<string, Binding> {
  const bindings = new Map<string, Binding>();
  for (const script of scripts) {
    const { tokens } = script;
    tokens.forEach((token, index) => {
      const value = tokens[index + 2];
      if (token.kind !== 'word' || !isPunct(tokens[index + 1], '=') || isPunct(tokens[index - 1], '.') || value === undefined) return;
      const binding = bindings.get(token.text) ?? { strings: [], objects: [] };
      if (value.kind === 'string' && endsExpression(tokens[index + 3])) binding.strings.push(value.text);
      else if (isPunct(value, '{') && value.close !== -1 && endsExpression(tokens[value.close + 1])) {
        binding.objects.push({ script, open: index + 2 });
      } else return;
      bindings.set(token.text, binding);
    });
  }
  return bindings;
}

/** The objects passed to Swagger UI: `SwaggerUIBundle({...})`, or a name bound to an object literal. */
function configObjects(scripts: readonly Script[], bindings: Map<string, Binding>): ObjectLiteral[] {
  const found: ObjectLiteral[] = [];
  const seen = new Map<Script, Set<number>>();
  const add = (config: ObjectLiteral) => {
    const opens = seen.get(config.script) ?? new Set<number>();
    seen.set(config.script, opens);
    if (!opens.has(config.open)) found.push(config);
    opens.add(config.open);
  };
  for (const script of scripts) {
    const { tokens } = script;
    tokens.forEach((token, index) => {
      const argument = tokens[index + 2];
      if (token.kind !== 'word' || !CONFIG_CALLS.has(token.text) || !isPunct(tokens[index + 1], '(') || argument === undefined) return;
      if (isPunct(argument, '{') && argument.close !== -1 && isPunct(tokens[argument.close + 1], ')')) add({ script, open: index + 2 });
      else if (argument.kind === 'word' && isPunct(tokens[index + 3], ')')) bindings.get(argument.text)?.objects.forEach(add);
    });
  }
  return found;
}

/** The top-level entries of a bracketed list, as token ranges [from, to). */
function entriesOf(tokens: readonly Token[], open: number): [number, number][] {
  const close = tokens[open]?.close ?? -1;
  const entries: [number, number][] = [];
  let from = open + 1;
  for (let index = from; index <= close; ) {
    const token = tokens[index];
    if (index === close || isPunct(token, ',')) {
      if (index > from) entries.push([from, index]);
      from = index + 1;
      index += 1;
    } else {
      index = token !== undefined && token.close > index ? token.close + 1 : index + 1;
    }
  }
  return entries;
}

/** The object's `key: value` properties (identifier or quoted keys), each value as a token range. */
function propertiesOf(object: ObjectLiteral): { key: string; from: number; to: number }[] {
  const { tokens } = object.script;
  return entriesOf(tokens, object.open).flatMap(([from, to]) => {
    const key = tokens[from];
    const isKey = key !== undefined && (key.kind === 'word' || key.kind === 'string') && isPunct(tokens[from + 1], ':');
    return isKey && from + 2 < to ? [{ key: key.text, from: from + 2, to }] : [];
  });
}

function readConfig(config: ObjectLiteral, findings: Findings): void {
  for (const { key, from, to } of propertiesOf(config)) {
    if (key === 'url') {
      for (const url of urlsOf(config.script, from, to, findings)) addDocument(findings, { url });
    } else if (key === 'urls') {
      readUrls(config.script, from, to, findings);
    } else if (key === 'spec') {
      readSpec(config.script, from, to, findings);
    }
  }
}

function addDocument(findings: Findings, document: ConfigDocument): void {
  if (!findings.documents.has(document.url)) findings.documents.set(document.url, document);
}

/**
 * A `url` value: a literal; a name bound to literals (2.x's stock page: `url = "…"`, then
 * `url: url`), each name expanded once; or `[window.]location.origin + '/path'`, given as the
 * path, which resolves against the page to the same URL.
 */
function urlsOf(script: Script, from: number, to: number, findings: Findings): string[] {
  const { tokens } = script;
  const first = tokens[from];
  if (first === undefined) return [];
  if (to - from === 1 && first.kind === 'string') return [first.text];
  if (to - from === 1 && first.kind === 'word') {
    if (findings.expanded.has(first.text)) return [];
    findings.expanded.add(first.text);
    return findings.bindings.get(first.text)?.strings ?? [];
  }
  const start = first.text === 'window' && isPunct(tokens[from + 1], '.') ? from + 2 : from;
  const path = tokens[start + 4];
  const isOrigin =
    tokens[start]?.text === 'location' &&
    isPunct(tokens[start + 1], '.') &&
    tokens[start + 2]?.text === 'origin' &&
    isPunct(tokens[start + 3], '+');
  // `//host` after the origin would read as another host once resolved: not a path of this origin.
  return isOrigin && start + 5 === to && path?.kind === 'string' && /^\/(?!\/)/.test(path.text) ? [path.text] : [];
}

/** `urls: [{ url, name }, ...]`. */
function readUrls(script: Script, from: number, to: number, findings: Findings): void {
  const list = script.tokens[from];
  if (!isPunct(list, '[') || list?.close !== to - 1) return;
  for (const [start] of entriesOf(script.tokens, from)) {
    if (!isPunct(script.tokens[start], '{')) continue;
    const properties = propertiesOf({ script, open: start });
    const name = properties.find((property) => property.key === 'name' && property.to - property.from === 1);
    const nameToken = name === undefined ? undefined : script.tokens[name.from];
    for (const property of properties.filter((candidate) => candidate.key === 'url')) {
      for (const url of urlsOf(script, property.from, property.to, findings)) {
        addDocument(findings, nameToken?.kind === 'string' ? { url, name: nameToken.text } : { url });
      }
    }
  }
}

/** `spec: { ...JSON... }` or `spec: name` bound to one; anything that is not JSON is left out. */
function readSpec(script: Script, from: number, to: number, findings: Findings): void {
  const value = script.tokens[from];
  const objects =
    isPunct(value, '{') && value?.close === to - 1
      ? [{ script, open: from }]
      : value?.kind === 'word' && to - from === 1
        ? (findings.bindings.get(value.text)?.objects ?? [])
        : [];
  for (const object of objects) {
    if (findings.parsed.has(object) || findings.inline.length >= MAX_CONFIG_FINDINGS) continue;
    findings.parsed.add(object);
    const { tokens, source } = object.script;
    const open = tokens[object.open];
    const close = tokens[open?.close ?? -1];
    if (open === undefined || close === undefined) continue;
    try {
      findings.inline.push(JSON.parse(source.slice(open.start, close.end)) as unknown);
    } catch {
      // A JavaScript object literal, not JSON: not read (it would have to be run).
    }
  }
}

/** Raw-text elements: a `<script>` inside one is text, never run. */
const RAW_TEXT = new Set(['style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'template']);
const JAVASCRIPT_TYPE = /^(module|(text|application)\/(x-)?(java|ecma)script)?$/;

/** The page's scripts that run: inline sources and `src` values, in document order; comments and attributes skipped. */
function scriptsOfHtml(html: string): { inline: string[]; sources: string[] } {
  const inline: string[] = [];
  const sources: string[] = [];
  const tagStart = /<(!--|[a-zA-Z][^\s/><]*)/g;
  let index = 0;
  for (let tag = tagStart.exec(html); tag !== null; tag = tagStart.exec(html)) {
    const name = (tag[1] ?? '').toLowerCase();
    if (name === '!--') {
      const end = html.indexOf('-->', tagStart.lastIndex);
      index = end === -1 ? html.length : end + 3;
    } else {
      const { attributes, end } = attributesOf(html, tagStart.lastIndex);
      index = end;
      if (name === 'script' || RAW_TEXT.has(name)) {
        const close = closingTag(html, name, end);
        const type = (attributes.get('type') ?? '').trim().toLowerCase();
        if (name === 'script' && JAVASCRIPT_TYPE.test(type)) {
          const src = attributes.get('src');
          if (src !== undefined) sources.push(src);
          else inline.push(html.slice(end, close.start));
        }
        index = close.end;
      }
    }
    tagStart.lastIndex = index;
  }
  return { inline, sources };
}

/** A start tag's attributes (the first of a repeated name wins, as in browsers) and the offset after its `>`. */
function attributesOf(html: string, from: number): { attributes: Map<string, string>; end: number } {
  const attributes = new Map<string, string>();
  let index = from;
  while (index < html.length) {
    const char = html.charAt(index);
    if (char === '>') return { attributes, end: index + 1 };
    let nameEnd = index;
    while (nameEnd < html.length && !/[\s/>=]/.test(html.charAt(nameEnd))) nameEnd += 1;
    if (nameEnd === index) {
      index += 1;
      continue;
    }
    const name = html.slice(index, nameEnd).toLowerCase();
    let valueStart = nameEnd;
    while (/\s/.test(html.charAt(valueStart))) valueStart += 1;
    if (html.charAt(valueStart) !== '=') {
      if (!attributes.has(name)) attributes.set(name, '');
      index = nameEnd;
      continue;
    }
    valueStart += 1;
    while (/\s/.test(html.charAt(valueStart))) valueStart += 1;
    const quote = html.charAt(valueStart);
    let value: string;
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, valueStart + 1);
      index = close === -1 ? html.length : close + 1;
      value = html.slice(valueStart + 1, close === -1 ? html.length : close);
    } else {
      index = valueStart;
      while (index < html.length && !/[\s>]/.test(html.charAt(index))) index += 1;
      value = html.slice(valueStart, index);
    }
    if (!attributes.has(name)) attributes.set(name, decodeEntities(value));
  }
  return { attributes, end: html.length };
}

function closingTag(html: string, name: string, from: number): { start: number; end: number } {
  const pattern = new RegExp(`</${name}[\\s/>]`, 'gi');
  pattern.lastIndex = from;
  const found = pattern.exec(html);
  if (found === null) return { start: html.length, end: html.length };
  const end = html.indexOf('>', found.index);
  return { start: found.index, end: end === -1 ? html.length : end + 1 };
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

/** The character references an attribute value needs for a URL: `&amp;` and friends, numeric ones. */
function decodeEntities(value: string): string {
  return value.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|amp|quot|apos|lt|gt);/gi, (reference, body: string) => {
    const lower = body.toLowerCase();
    if (!lower.startsWith('#')) return NAMED_ENTITIES[lower] ?? reference;
    const codePoint = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : reference;
  });
}

/**
 * A script worth reading for the configuration: a JavaScript file named like an initializer or a
 * config (`swagger-initializer.js`, `swagger-ui-init.js`, `api-config.js`). Swagger UI's own
 * bundles never are, and libraries (`jquery*`, anything under `lib/`) are left out by name.
 */
function isInitializerScript(src: string): boolean {
  const path = src.split(/[?#]/)[0] ?? '';
  const segments = path.split('/');
  const file = (segments.at(-1) ?? '').toLowerCase();
  return /(init|config)[^/]*\.m?js$/.test(file) && !file.startsWith('jquery') && !segments.includes('lib');
}
