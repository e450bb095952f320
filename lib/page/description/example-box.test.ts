// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { readExampleBox } from './example-box';
import {
  EDITED_BODY,
  LEGACY_MEMBERSHIP,
  LEGACY_RESET,
  LEGACY_RESET_COLLAPSED,
  legacyPage,
  MODERN_MEMBERSHIP,
  MODERN_RESET,
  MODERN_RESET_AFTER_CANCELLED_EDIT,
  MODERN_RESET_COLLAPSED,
  MODERN_RESET_TRYING_EDITED,
  modernPage,
} from './example-box-fixtures';

const RESET = '/user/users/mfa/reset';
const MEMBERSHIP = '/user/users/{id}/membership';
const RESET_EXAMPLE = '{\n  "userId": 0\n}';
const MEMBERSHIP_EXAMPLE = JSON.stringify(
  { isAdmin: true, isActive: true, allAccess: true, mfaOptOut: true, ssoBypass: true, roles: [0], userGroups: [0] },
  null,
  2,
);

function show(html: string) {
  document.body.innerHTML = html;
}

afterEach(() => {
  document.body.innerHTML = '';
});

/** The `index`-th rendered example box on the page, whichever the generation. */
function exampleBox(index: number): Element {
  const box = document.querySelectorAll('.body-param__example, .snippet_json pre')[index];
  if (box === undefined) throw new Error(`the page has no example box ${index}`);
  return box;
}

/** The same captured block shown at another path, as a page with a base path or other parameter names renders it. */
function atPath(html: string, from: string, to: string): string {
  const shown = (path: string) => path.split('/').join('<wbr>/').replace(/^<wbr>/, '');
  return html
    .replaceAll(`data-path="${from}"`, `data-path="${to}"`)
    .replaceAll(`<span>${shown(from)}</span>`, `<span>${shown(to)}</span>`)
    .replaceAll(`>${from}</a>`, `>${to}</a>`);
}

/** The same captured block for another HTTP method. */
function asMethod(html: string, method: 'get' | 'put'): string {
  return html
    .replace('opblock-put', `opblock-${method}`)
    .replace('>PUT</span>', `>${method.toUpperCase()}</span>`)
    .replace('class="put operation"', `class="${method} operation"`)
    .replace('class="toggleOperation">put</a>', `class="toggleOperation">${method}</a>`);
}

describe.each([
  ['Swagger UI 3+ (swagger-ui-dist 5)', modernPage, MODERN_RESET, MODERN_MEMBERSHIP],
  ['Swagger UI 2.x (2.2.10)', legacyPage, LEGACY_RESET, LEGACY_MEMBERSHIP],
])('readExampleBox on %s', (_name, page, reset, membership) => {
  it('finds the reset and membership examples exactly as rendered', () => {
    show(page(membership, reset));
    expect(readExampleBox(document, 'PUT', RESET)).toEqual({ text: RESET_EXAMPLE, displayedPath: RESET });
    expect(readExampleBox(document, 'PUT', MEMBERSHIP)).toEqual({ text: MEMBERSHIP_EXAMPLE, displayedPath: MEMBERSHIP });
  });

  it('finds an operation shown without the document’s base path', () => {
    show(page(atPath(reset, RESET, '/users/mfa/reset')));
    expect(readExampleBox(document, 'PUT', RESET)).toEqual({ text: RESET_EXAMPLE, displayedPath: '/users/mfa/reset' });
  });

  it('does not take a path that only shares the last segments’ text, not their boundary', () => {
    show(page(atPath(reset, RESET, '/ers/mfa/reset')));
    expect(readExampleBox(document, 'PUT', RESET)).toBeNull();
  });

  it('matches a path parameter whatever it is called', () => {
    show(page(atPath(membership, MEMBERSHIP, '/users/{userId}/membership')));
    expect(readExampleBox(document, 'PUT', MEMBERSHIP)).toEqual({
      text: MEMBERSHIP_EXAMPLE,
      displayedPath: '/users/{userId}/membership',
    });
  });

  it('does not take a GET with the same path, and takes the PUT next to it', () => {
    show(page(asMethod(reset, 'get')));
    expect(readExampleBox(document, 'PUT', RESET)).toBeNull();
    show(page(asMethod(reset, 'get'), reset));
    expect(readExampleBox(document, 'PUT', RESET)).toEqual({ text: RESET_EXAMPLE, displayedPath: RESET });
  });

  it('gives null when two blocks with different paths match', () => {
    show(page(atPath(membership, MEMBERSHIP, '/user/users/{userId}/membership'), membership));
    expect(readExampleBox(document, 'PUT', MEMBERSHIP)).toBeNull();
    show(page(reset, atPath(reset, RESET, '/mfa/reset')));
    expect(readExampleBox(document, 'PUT', RESET)).toBeNull();
  });

  it('counts one operation listed under two tags once, but not when its two blocks disagree', () => {
    show(page(reset, reset));
    expect(readExampleBox(document, 'PUT', RESET)).toEqual({ text: RESET_EXAMPLE, displayedPath: RESET });
    exampleBox(1).textContent = JSON.stringify({ userId: 1 }, null, 2);
    expect(readExampleBox(document, 'PUT', RESET)).toBeNull();
  });

  it('gives null when the operation is not on the page', () => {
    show(page(membership));
    expect(readExampleBox(document, 'PUT', RESET)).toBeNull();
    show('');
    expect(readExampleBox(document, 'PUT', RESET)).toBeNull();
  });

  it('gives null for an example longer than 100,000 characters', () => {
    const example = (length: number) => JSON.stringify({ userId: 'x'.repeat(length - 18) }, null, 2);
    show(page(reset));
    const box = exampleBox(0);
    box.textContent = example(100_001);
    expect(readExampleBox(document, 'PUT', RESET)).toBeNull();
    box.textContent = example(100_000);
    expect(readExampleBox(document, 'PUT', RESET)?.text).toBe(example(100_000));
    expect(example(100_000)).toHaveLength(100_000);
  });
});

describe('readExampleBox and what the admin typed', () => {
  it('3+: a collapsed operation renders no example', () => {
    show(modernPage(MODERN_RESET_COLLAPSED));
    expect(readExampleBox(document, 'PUT', RESET)).toBeNull();
  });

  it('3+: in "Try it out" only the edited textarea is shown, and it is never read', () => {
    show(modernPage(MODERN_RESET_TRYING_EDITED));
    expect(document.querySelector('textarea')?.value).toBe(EDITED_BODY);
    expect(readExampleBox(document, 'PUT', RESET)).toBeNull();
  });

  it('3+: after an edit and "Cancel", the box shows the edited body, so it is not taken', () => {
    show(modernPage(MODERN_RESET_AFTER_CANCELLED_EDIT));
    expect(document.querySelector('.body-param__example')?.textContent).toBe(EDITED_BODY);
    expect(readExampleBox(document, 'PUT', RESET)).toBeNull();
  });

  it('3+: an edit that keeps Swagger UI’s layout (the placeholder replaced by an id) is refused while "Reset" shows', () => {
    show(modernPage(MODERN_RESET_AFTER_CANCELLED_EDIT));
    exampleBox(0).textContent = JSON.stringify({ userId: 5 }, null, 2);
    expect(readExampleBox(document, 'PUT', RESET)).toBeNull();
  });

  it('3+: an edited body Swagger UI shows without a "Reset" button is not taken unless printed as Swagger UI prints examples', () => {
    const withoutReset = MODERN_RESET_AFTER_CANCELLED_EDIT.replace('<button class="btn try-out__btn reset">Reset</button>', '');
    show(modernPage(withoutReset));
    expect(readExampleBox(document, 'PUT', RESET)).toBeNull();
    show(modernPage(MODERN_RESET.replace('"userId"', '"user"')));
    expect(readExampleBox(document, 'PUT', RESET)).toEqual({ text: '{\n  "user": 0\n}', displayedPath: RESET });
  });

  it('2.x: the example stays what the description says while the textarea holds an edit', () => {
    show(legacyPage(LEGACY_RESET));
    const textarea = document.querySelector('textarea');
    if (textarea === null) throw new Error('fixture has no textarea');
    textarea.value = EDITED_BODY;
    textarea.textContent = EDITED_BODY;
    expect(readExampleBox(document, 'PUT', RESET)).toEqual({ text: RESET_EXAMPLE, displayedPath: RESET });
  });

  it('2.x: a collapsed operation is rendered all the same, so its example is read', () => {
    show(legacyPage(LEGACY_RESET_COLLAPSED));
    expect(readExampleBox(document, 'PUT', RESET)).toEqual({ text: RESET_EXAMPLE, displayedPath: RESET });
  });
});
