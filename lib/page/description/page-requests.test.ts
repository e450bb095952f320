import { describe, expect, it } from 'vitest';
import { descriptionRequests, MAX_DESCRIPTION_REQUESTS, type ResourceEntry } from './page-requests';

const ORIGIN = 'https://acme.resolver.com';
const PAGE = `${ORIGIN}/api?access_token=abc`;

function entry(name: string, initiatorType: string, startTime: number, contentType?: string): ResourceEntry {
  return { name, initiatorType, startTime, ...(contentType === undefined ? {} : { contentType }) };
}

/** What Chromium records on a swagger-ui-dist page (entries as the simulator's page produces them), plus the web app's own calls. */
const MODERN_PAGE: ResourceEntry[] = [
  entry(`${ORIGIN}/api/ui/swagger-ui.css`, 'link', 38, 'text/css'),
  entry(`${ORIGIN}/api/ui/swagger-ui-bundle.js`, 'script', 39, 'text/javascript'),
  entry(`${ORIGIN}/api/ui/swagger-ui-standalone-preset.js`, 'script', 40, 'text/javascript'),
  entry(`${ORIGIN}/api/ui/swagger-initializer.js`, 'script', 41, 'text/javascript'),
  entry(`${ORIGIN}/user/users/me`, 'fetch', 300, 'application/json'),
  entry(`${ORIGIN}/user/authenticate`, 'fetch', 310, 'application/json'),
  entry(`${ORIGIN}/discover/discover`, 'fetch', 320, 'application/json'),
  entry(`${ORIGIN}/api/openapi.json`, 'fetch', 756, 'application/json'),
  entry(`${ORIGIN}/user/users/42`, 'fetch', 800, 'application/json'),
  entry(`${ORIGIN}/user/org/7/user/42`, 'fetch', 810, 'application/json'),
  entry(`${ORIGIN}/user/users?search=ada%40acme.example`, 'fetch', 820, 'application/json'),
  entry(`${ORIGIN}/api/ui/swagger-ui-bundle.js.map`, 'fetch', 900, 'application/json'),
  entry(`${ORIGIN}/favicon.ico`, 'other', 997, ''),
];

/** The legacy Swagger UI 2.2.10 page: its libraries, then the description loaded by XMLHttpRequest. */
const LEGACY_PAGE: ResourceEntry[] = [
  entry(`${ORIGIN}/api/ui/css/screen.css`, 'link', 66, 'text/css'),
  entry(`${ORIGIN}/api/ui/lib/jquery-1.8.0.min.js`, 'script', 66, 'text/javascript'),
  entry(`${ORIGIN}/api/ui/swagger-ui.js`, 'script', 79, 'text/javascript'),
  entry(`${ORIGIN}/api/ui/fonts/DroidSans.ttf`, 'css', 90, 'font/ttf'),
  entry(`${ORIGIN}/api/swagger.json`, 'xmlhttprequest', 553, 'application/json'),
  entry(`${ORIGIN}/api/ui/images/throbber.gif`, 'img', 600, 'image/gif'),
];

describe('descriptionRequests', () => {
  it('on a Swagger UI 3+ page, keeps the fetched description and none of the page’s scripts, styles or Resolver data calls', () => {
    expect(descriptionRequests(MODERN_PAGE, PAGE)).toEqual([`${ORIGIN}/api/openapi.json`]);
  });

  it('on a Swagger UI 2.x page, keeps the description its XMLHttpRequest loaded', () => {
    expect(descriptionRequests(LEGACY_PAGE, PAGE)).toEqual([`${ORIGIN}/api/swagger.json`]);
  });

  it('finds a description at a path nobody would guess, and leaves out what another origin served', () => {
    const entries = [
      entry('https://cdn.example.net/openapi.json', 'fetch', 100, 'application/json'),
      entry('https://eu.core.resolver.com/api/openapi.json', 'fetch', 110, 'application/json'),
      entry('http://acme.resolver.com/svc/docs/3f9a/definition', 'fetch', 120, 'application/json'),
      entry(`${ORIGIN}/svc/docs/3f9a/definition`, 'fetch', 130, 'application/json'),
    ];
    expect(descriptionRequests(entries, PAGE)).toEqual([`${ORIGIN}/svc/docs/3f9a/definition`]);
  });

  it('puts JSON and YAML answers first, then keeps the order the page asked in', () => {
    const entries = [
      entry(`${ORIGIN}/svc/a`, 'fetch', 10),
      entry(`${ORIGIN}/svc/b`, 'xmlhttprequest', 20, 'text/plain'),
      entry(`${ORIGIN}/svc/c.yaml`, 'fetch', 30, 'application/x-yaml'),
      entry(`${ORIGIN}/svc/d`, 'fetch', 5),
      entry(`${ORIGIN}/svc/e`, 'fetch', 40, 'application/vnd.oai.openapi+json; charset=utf-8'),
    ];
    expect(descriptionRequests(entries, PAGE)).toEqual([
      `${ORIGIN}/svc/c.yaml`,
      `${ORIGIN}/svc/e`,
      `${ORIGIN}/svc/d`,
      `${ORIGIN}/svc/a`,
      `${ORIGIN}/svc/b`,
    ]);
  });

  it('drops fragments and gives each URL once, at its best place', () => {
    const entries = [
      entry(`${ORIGIN}/svc/spec#/paths`, 'fetch', 10),
      entry(`${ORIGIN}/other`, 'fetch', 5),
      entry(`${ORIGIN}/svc/spec`, 'fetch', 50, 'application/json'),
    ];
    expect(descriptionRequests(entries, PAGE)).toEqual([`${ORIGIN}/svc/spec`, `${ORIGIN}/other`]);
  });

  it('leaves out the page itself, and requests not made by fetch or XMLHttpRequest', () => {
    const entries = [
      entry(`${PAGE}#/user/resetUserMfa`, 'fetch', 10, 'text/html'),
      entry(`${ORIGIN}/api/openapi.json`, 'link', 20, 'application/json'),
      entry(`${ORIGIN}/api/openapi.json`, 'beacon', 30, 'application/json'),
    ];
    expect(descriptionRequests(entries, PAGE)).toEqual([]);
  });

  it('leaves out Resolver’s data endpoints with real ids in them, and keeps paths that only look like one', () => {
    const entries = [
      entry(`${ORIGIN}/user/users/swagger`, 'fetch', 10),
      entry(`${ORIGIN}/user/users/42/membership`, 'fetch', 20),
      entry(`${ORIGIN}/user/users/mfa/reset`, 'fetch', 30),
      entry(`${ORIGIN}/docs/2/swagger.json`, 'fetch', 40),
    ];
    expect(descriptionRequests(entries, PAGE)).toEqual([`${ORIGIN}/user/users/swagger`, `${ORIGIN}/docs/2/swagger.json`]);
  });

  it(`gives at most ${MAX_DESCRIPTION_REQUESTS}`, () => {
    const entries = Array.from({ length: 25 }, (_, index) => entry(`${ORIGIN}/svc/${index}/doc`, 'fetch', index));
    const found = descriptionRequests(entries, PAGE);
    expect(found).toHaveLength(MAX_DESCRIPTION_REQUESTS);
    expect(found[0]).toBe(`${ORIGIN}/svc/0/doc`);
    expect(found.at(-1)).toBe(`${ORIGIN}/svc/9/doc`);
  });

  it('ignores entries that are not URLs, and gives nothing for a page address that is not one', () => {
    expect(descriptionRequests([entry('not a url', 'fetch', 1), entry(`${ORIGIN}/svc/doc`, 'fetch', 2)], PAGE)).toEqual([
      `${ORIGIN}/svc/doc`,
    ]);
    expect(descriptionRequests(MODERN_PAGE, 'about:blank#x')).toEqual([]);
    expect(descriptionRequests(MODERN_PAGE, 'nonsense')).toEqual([]);
  });
});
