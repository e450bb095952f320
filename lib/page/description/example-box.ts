/**
 * The operation's "Example Value" as the Swagger page renders it: the box Resolver's help articles
 * tell admins to click. Read from the read-only view only, never from "Try it out"'s textarea,
 * which holds whatever the admin typed.
 */
import { sameRoute } from '../../resolver/path-template';

export interface ExampleBox {
  /** The example exactly as shown. */
  text: string;
  /** The operation's path as the page shows it (without the document's base path). */
  displayedPath: string;
}

/** A longer example is not something to send on an admin's behalf. */
export const MAX_EXAMPLE_BOX_CHARS = 100_000;

/** How one Swagger UI generation renders an operation (selectors inside its block). */
interface OperationMarkup {
  block: string;
  method: string;
  path: string;
  /** The request body's read-only example. */
  example: string;
  /** False when the block shows that the example no longer is the description's own. */
  untouched: (block: Element, text: string) => boolean;
}

/**
 * Swagger UI 3+ (swagger-ui-dist 5): `.opblock` per operation; the summary's method label and
 * path (`data-path`, the raw path); the request body's highlighted `pre.body-param__example`.
 * After "Try it out", an edit and "Cancel", that box shows the edited body instead of the
 * example. Swagger UI 5 then keeps a "Reset" button in the block (OpenAPI 3 documents); older
 * versions and Swagger 2.0 documents show no sign, but the example they render is always
 * `JSON.stringify(example, null, 2)`, which an edit rarely keeps.
 */
const MODERN: OperationMarkup = {
  block: '.opblock',
  method: '.opblock-summary-method',
  path: '.opblock-summary-path, .opblock-summary-path__deprecated',
  example: '.body-param__example',
  untouched: (block, text) => block.querySelector('.try-out__btn.reset') === null && isSwaggerUiJson(text),
};

/**
 * Swagger UI 2.x: `li.operation` per operation; its heading's method and path; the body
 * parameter's signature snippet (`.operation-params .snippet_json pre`), rendered even while the
 * operation is collapsed. Clicking it copies it into the textarea; edits never flow back.
 */
const LEGACY: OperationMarkup = {
  block: 'li.operation',
  method: '.heading .http_method',
  path: '.heading .path',
  example: '.operation-params .snippet_json pre',
  untouched: () => true,
};

interface Match {
  displayedPath: string;
  text: string | null;
}

/**
 * The request-body example of the `method` operation whose displayed path is `pathTemplate` or a
 * suffix of it at a segment boundary (the page omits the document's base path), parameters
 * matching whatever they are called. Null when no block matches, when blocks with different
 * paths match (ambiguous), or when no matching block renders an example that can be trusted:
 * collapsed (3+), in "Try it out", edited, longer than MAX_EXAMPLE_BOX_CHARS, or different in
 * two blocks. One operation listed under two tags is one operation: its blocks count once.
 */
export function readExampleBox(doc: Document, method: 'PUT', pathTemplate: string): ExampleBox | null {
  const routes = routeSuffixes(pathTemplate);
  const matches: Match[] = [];
  for (const markup of [MODERN, LEGACY]) {
    for (const block of doc.querySelectorAll(markup.block)) {
      const label = own(block, markup, markup.method)[0]?.textContent?.trim().toUpperCase();
      const pathElement = own(block, markup, markup.path)[0];
      if (label !== method || pathElement === undefined) continue;
      const displayedPath = displayedPathOf(pathElement);
      if (routes.some((route) => sameRoute(displayedPath, route))) {
        matches.push({ displayedPath, text: exampleOf(block, markup) });
      }
    }
  }
  const [first] = matches;
  if (first === undefined || matches.some((match) => match.displayedPath !== first.displayedPath)) return null;
  const texts = new Set(matches.flatMap((match) => (match.text === null ? [] : [match.text])));
  const [text] = texts;
  return texts.size === 1 && text !== undefined ? { text, displayedPath: first.displayedPath } : null;
}

/** `/a/b/c` and the paths it ends with at a segment boundary: `/b/c`, `/c`. */
function routeSuffixes(template: string): string[] {
  const suffixes: string[] = [];
  for (let slash = template.indexOf('/'); slash !== -1; slash = template.indexOf('/', slash + 1)) {
    const suffix = template.slice(slash);
    // A suffix of slashes alone names no route (it would match the root).
    if (/[^/]/.test(suffix)) suffixes.push(suffix);
  }
  return suffixes;
}

/** Elements of this block itself, not of an operation nested in it (3+ renders callbacks as operations). */
function own(block: Element, markup: OperationMarkup, selector: string): Element[] {
  return [...block.querySelectorAll(selector)].filter((element) => element.closest(markup.block) === block);
}

/** 3+ keeps the raw path in `data-path`; older 3.x and 2.x only show it, 3.x with zero-width spaces. */
function displayedPathOf(element: Element): string {
  return (element.getAttribute('data-path') ?? element.textContent ?? '').replace(/\u200b/g, '').trim();
}

function exampleOf(block: Element, markup: OperationMarkup): string | null {
  const boxes = own(block, markup, markup.example);
  const text = boxes.length === 1 ? (boxes[0]?.textContent ?? '') : '';
  if (text.trim() === '' || text.length > MAX_EXAMPLE_BOX_CHARS) return null;
  return markup.untouched(block, text) ? text : null;
}

/** True for JSON text exactly as Swagger UI 3+ prints an example: `JSON.stringify(value, null, 2)`. */
function isSwaggerUiJson(text: string): boolean {
  try {
    return JSON.stringify(JSON.parse(text), null, 2) === text;
  } catch {
    return false;
  }
}
