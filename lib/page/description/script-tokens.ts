/**
 * A small, linear JavaScript tokenizer, enough to read a Swagger UI configuration without running
 * it: words, string literals (with their value), punctuation and matched brackets. Comments are
 * dropped, so nothing written in one is ever found. Regular expressions are skipped as opaque.
 *
 * It never backtracks: one pass over the text, one more over the tokens. Quoted strings and
 * regular expressions end at a line break, so a misread (a division taken for a regular
 * expression) spoils one line, not the rest of the script.
 */

export type TokenKind =
  /** Identifiers, keywords and numbers. */
  | 'word'
  /** Quoted strings and template literals without `${}`; `text` is the value. */
  | 'string'
  /** Punctuation; runs of operator characters (`===`, `+=`) are one token. */
  | 'punct'
  /** Template literals with `${}`, regular expressions, unterminated or malformed literals. */
  | 'opaque';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Offsets in the source: `source.slice(start, end)` is the token as written. */
  start: number;
  end: number;
  /** A line break separates it from the previous token. */
  newlineBefore: boolean;
  /** For `(`, `[` and `{`: the index of the matching closing token, -1 when unclosed. */
  close: number;
}

const OPERATOR_CHARS = new Set('=<>!+-*%&|^~?');
const CLOSER_OF = new Map([
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
]);
/** Keywords after which a `/` starts a regular expression rather than a division. */
const EXPRESSION_KEYWORDS = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'instanceof', 'new', 'delete', 'void', 'throw', 'yield', 'await', 'of']);
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', 0: '\0' };

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let newlineBefore = false;
  const push = (kind: TokenKind, text: string, start: number, end: number) => {
    tokens.push({ kind, text, start, end, newlineBefore, close: -1 });
    newlineBefore = false;
    i = end;
  };
  while (i < source.length) {
    const char = source.charAt(i);
    const next = source.charAt(i + 1);
    if (char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029') {
      newlineBefore = true;
      i += 1;
    } else if (/\s/.test(char)) {
      i += 1;
    } else if (char === '/' && next === '/') {
      i = lineEnd(source, i);
    } else if (char === '/' && next === '*') {
      const close = source.indexOf('*/', i + 2);
      const end = close === -1 ? source.length : close + 2;
      if (/[\n\r\u2028\u2029]/.test(source.slice(i, end))) newlineBefore = true;
      i = end;
    } else if (char === '"' || char === "'") {
      const end = quotedEnd(source, i);
      const value = end === -1 ? undefined : cooked(source.slice(i + 1, end - 1));
      if (value === undefined) push('opaque', '', i, end === -1 ? lineEnd(source, i) : end);
      else push('string', value, i, end);
    } else if (char === '`') {
      const { end, substituted } = templateEnd(source, i);
      const value = substituted || end === -1 ? undefined : cooked(source.slice(i + 1, end - 1));
      if (value === undefined) push('opaque', '', i, end === -1 ? source.length : end);
      else push('string', value, i, end);
    } else if (char === '/' && startsExpression(tokens.at(-1))) {
      push('opaque', '', i, regexEnd(source, i));
    } else if (isWordChar(char)) {
      let end = i + 1;
      while (end < source.length && isWordChar(source.charAt(end))) end += 1;
      push('word', source.slice(i, end), i, end);
    } else if (OPERATOR_CHARS.has(char)) {
      let end = i + 1;
      while (end < source.length && OPERATOR_CHARS.has(source.charAt(end))) end += 1;
      push('punct', source.slice(i, end), i, end);
    } else {
      push('punct', char, i, i + 1);
    }
  }
  matchBrackets(tokens);
  return tokens;
}

/** ASCII letters, digits, `_` and `$`, and anything beyond ASCII (identifiers may use it). */
function isWordChar(char: string): boolean {
  const code = char.charCodeAt(0);
  return (
    (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f || code === 0x24 || code > 0x7f
  );
}

function lineEnd(source: string, from: number): number {
  const match = /[\n\r\u2028\u2029]/g;
  match.lastIndex = from;
  return match.exec(source)?.index ?? source.length;
}

/** A `/` after an operand divides; anywhere else it starts a regular expression. */
function startsExpression(previous: Token | undefined): boolean {
  if (previous === undefined) return true;
  if (previous.kind === 'word') return EXPRESSION_KEYWORDS.has(previous.text);
  if (previous.kind === 'punct') return ![')', ']', '}'].includes(previous.text);
  return false;
}

/** The offset after the closing quote, or -1 when the line (or text) ends first. */
function quotedEnd(source: string, start: number): number {
  const quote = source.charAt(start);
  for (let i = start + 1; i < source.length; i += 1) {
    const char = source.charAt(i);
    if (char === '\\') {
      i += source.startsWith('\r\n', i + 1) ? 2 : 1;
    } else if (char === quote) {
      return i + 1;
    } else if (char === '\n' || char === '\r') {
      return -1;
    }
  }
  return -1;
}

/** The offset after a regular expression literal (its class `[...]` may hold `/`), or the line's end. */
function regexEnd(source: string, start: number): number {
  let inClass = false;
  for (let i = start + 1; i < source.length; i += 1) {
    const char = source.charAt(i);
    if (char === '\\') i += 1;
    else if (char === '\n' || char === '\r') return i;
    else if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    else if (char === '/' && !inClass) {
      let end = i + 1;
      while (end < source.length && isWordChar(source.charAt(end))) end += 1;
      return end;
    }
  }
  return source.length;
}

/**
 * The offset after a template literal, or -1 when unterminated. Substitutions may hold strings,
 * comments, braces and templates of their own: an explicit stack, so nesting cannot overflow.
 */
function templateEnd(source: string, start: number): { end: number; substituted: boolean } {
  const stack: ('`' | '{')[] = ['`'];
  let substituted = false;
  let i = start + 1;
  while (i < source.length) {
    const char = source.charAt(i);
    if (stack.at(-1) === '`') {
      if (char === '\\') i += 2;
      else if (char === '`') {
        stack.pop();
        i += 1;
        if (stack.length === 0) return { end: i, substituted };
      } else if (char === '$' && source.charAt(i + 1) === '{') {
        substituted = true;
        stack.push('{');
        i += 2;
      } else i += 1;
    } else if (char === '`') {
      stack.push('`');
      i += 1;
    } else if (char === '{') {
      stack.push('{');
      i += 1;
    } else if (char === '}') {
      stack.pop();
      i += 1;
    } else if (char === '"' || char === "'") {
      const end = quotedEnd(source, i);
      i = end === -1 ? lineEnd(source, i) : end;
    } else if (source.startsWith('//', i)) {
      i = lineEnd(source, i);
    } else if (source.startsWith('/*', i)) {
      const close = source.indexOf('*/', i + 2);
      i = close === -1 ? source.length : close + 2;
    } else i += 1;
  }
  return { end: -1, substituted };
}

/** The value of a literal's body with its escapes applied; undefined for a malformed escape. */
function cooked(body: string): string | undefined {
  if (!body.includes('\\')) return body;
  const parts: string[] = [];
  let i = 0;
  while (i < body.length) {
    const slash = body.indexOf('\\', i);
    if (slash === -1) {
      parts.push(body.slice(i));
      break;
    }
    parts.push(body.slice(i, slash));
    const escaped = unescapeAt(body, slash + 1);
    if (escaped === undefined) return undefined;
    parts.push(escaped.value);
    i = escaped.next;
  }
  return parts.join('');
}

function unescapeAt(body: string, at: number): { value: string; next: number } | undefined {
  const char = body.charAt(at);
  const simple = SIMPLE_ESCAPES[char];
  if (simple !== undefined && !(char === '0' && /\d/.test(body.charAt(at + 1)))) return { value: simple, next: at + 1 };
  if (char === '\r') return { value: '', next: body.startsWith('\r\n', at) ? at + 2 : at + 1 };
  if (char === '\n' || char === '\u2028' || char === '\u2029') return { value: '', next: at + 1 };
  const hex = char === 'x' ? /^[0-9a-f]{2}/i.exec(body.slice(at + 1, at + 3)) : null;
  if (hex) return { value: String.fromCharCode(parseInt(hex[0], 16)), next: at + 3 };
  if (char === 'u') {
    const braced = body.charAt(at + 1) === '{' ? /^\{([0-9a-f]{1,6})\}/i.exec(body.slice(at + 1, at + 9)) : null;
    const codePoint = braced ? parseInt(braced[1] ?? '', 16) : NaN;
    if (braced && codePoint <= 0x10ffff) return { value: String.fromCodePoint(codePoint), next: at + 1 + braced[0].length };
    const four = /^[0-9a-f]{4}/i.exec(body.slice(at + 1, at + 5));
    if (four) return { value: String.fromCharCode(parseInt(four[0], 16)), next: at + 5 };
  }
  // Malformed hex and unicode escapes, legacy octal escapes, a backslash ending the text.
  if (/[xu\d]/.test(char) || char === '') return undefined;
  return { value: char, next: at + 1 };
}

/**
 * Pairs brackets. A closer pairs with the innermost opener of its kind, leaving the openers
 * inside it unclosed (a misread line cannot unpair the configuration around it); a closer with
 * no opener of its kind is ignored. Counting the open ones of each kind keeps this linear.
 */
function matchBrackets(tokens: Token[]): void {
  const open: number[] = [];
  const openCount = new Map<string, number>();
  tokens.forEach((token, index) => {
    if (token.kind !== 'punct') return;
    const closer = CLOSER_OF.get(token.text);
    if (closer !== undefined) {
      open.push(index);
      openCount.set(closer, (openCount.get(closer) ?? 0) + 1);
      return;
    }
    if ((openCount.get(token.text) ?? 0) === 0) return;
    let kind: string | undefined;
    while (kind !== token.text && open.length > 0) {
      const opener = tokens[open.pop() ?? -1];
      kind = CLOSER_OF.get(opener?.text ?? '');
      if (kind !== undefined) openCount.set(kind, (openCount.get(kind) ?? 1) - 1);
      if (opener !== undefined && kind === token.text) opener.close = index;
    }
  });
}
