import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from './script-tokens';

const shapes = (source: string) => tokenize(source).map((token) => [token.kind, token.text]);
const pairs = (tokens: Token[]) => tokens.flatMap((token, index) => (token.close === -1 ? [] : [[index, token.close]]));

describe('tokenize', () => {
  it('gives words, punctuation runs and string values', () => {
    expect(shapes(`var url = "/api/swagger.json"; x === 'y' && z += 1;`)).toEqual([
      ['word', 'var'],
      ['word', 'url'],
      ['punct', '='],
      ['string', '/api/swagger.json'],
      ['punct', ';'],
      ['word', 'x'],
      ['punct', '==='],
      ['string', 'y'],
      ['punct', '&&'],
      ['word', 'z'],
      ['punct', '+='],
      ['word', '1'],
      ['punct', ';'],
    ]);
  });

  it('applies escapes the way JavaScript does', () => {
    expect(shapes(String.raw`'\/api\/v1\u002Fdocs' "\x41\u{1F600}\t\"q\"" 'a\
b'`)).toEqual([
      ['string', '/api/v1/docs'],
      ['string', 'A\u{1F600}\t"q"'],
      ['string', 'ab'],
    ]);
  });

  it('reads a template literal without substitutions as a string, and one with them as opaque', () => {
    expect(shapes('`/api/docs` `${origin}/api/{docs}` }')).toEqual([
      ['string', '/api/docs'],
      ['opaque', ''],
      ['punct', '}'],
    ]);
    expect(shapes('`a ${ { b: `c ${"}"}` } } d` x')).toEqual([
      ['opaque', ''],
      ['word', 'x'],
    ]);
  });

  it('drops comments and remembers the line breaks they hide', () => {
    const tokens = tokenize('a // url: "/x.json"\n/* url: "/y.json"\n */ b /* c */ d');
    expect(tokens.map((token) => [token.text, token.newlineBefore])).toEqual([
      ['a', false],
      ['b', true],
      ['d', false],
    ]);
  });

  it('skips a regular expression, quotes and all, but reads a division as punctuation', () => {
    expect(shapes(`m = s.match(/url='([^']+)/); n = a / b / c; return /"/`)).toEqual([
      ['word', 'm'],
      ['punct', '='],
      ['word', 's'],
      ['punct', '.'],
      ['word', 'match'],
      ['punct', '('],
      ['opaque', ''],
      ['punct', ')'],
      ['punct', ';'],
      ['word', 'n'],
      ['punct', '='],
      ['word', 'a'],
      ['punct', '/'],
      ['word', 'b'],
      ['punct', '/'],
      ['word', 'c'],
      ['punct', ';'],
      ['word', 'return'],
      ['opaque', ''],
    ]);
  });

  it('lets an unterminated string or a malformed escape spoil its own line only', () => {
    expect(shapes(`a = 'open\nb = "ok"; c = "\\x4"; d = '\\07'`)).toEqual([
      ['word', 'a'],
      ['punct', '='],
      ['opaque', ''],
      ['word', 'b'],
      ['punct', '='],
      ['string', 'ok'],
      ['punct', ';'],
      ['word', 'c'],
      ['punct', '='],
      ['opaque', ''],
      ['punct', ';'],
      ['word', 'd'],
      ['punct', '='],
      ['opaque', ''],
    ]);
  });

  it('pairs brackets, leaving unclosed and mismatched ones unpaired', () => {
    expect(pairs(tokenize('f({ a: [1, "]"] })'))).toEqual([
      [1, 11],
      [2, 10],
      [5, 9],
    ]);
    expect(pairs(tokenize('{ ( ] }'))).toEqual([[0, 3]]);
    expect(pairs(tokenize('{ {'))).toEqual([]);
  });

  it('gives each token’s place in the source', () => {
    const source = `x = {"a": "b"}`;
    const [, , open] = tokenize(source);
    expect(open).toMatchObject({ start: 4, close: 6 });
    const close = tokenize(source)[6];
    expect(source.slice(open?.start, close?.end)).toBe('{"a": "b"}');
  });
});
