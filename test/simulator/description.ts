/**
 * Every choice about WHERE the Swagger page gets its API description.
 *
 * Resolver does not publish its description's URL, and real Swagger pages name theirs in many
 * ways (a URL in the config, a computed URL, an inline document, several service documents).
 * The simulator can serve each of them, so a test passing against every placement proves the
 * extension followed the description the page really uses rather than the place it looks first.
 * The paths below are the simulator's own; the extension must not depend on any of them.
 */
import { randomBytes } from 'node:crypto';
import { SPEC_PATHS, type SwaggerUiMode } from './context';
import type { ExampleVariant } from './examples';
import { openApi3Document } from './spec/openapi3';
import { operations } from './spec/operations';
import { splitDocuments } from './spec/split';
import { swagger2Document } from './spec/swagger2';

export const DESCRIPTION_PLACEMENTS = {
  /** `url: "/api/openapi.json"` (3+) or `url: "/api/swagger.json"` (2.x), a string literal. */
  standard: `one document at ${SPEC_PATHS['3']} (3+) or ${SPEC_PATHS['2']} (2.x), named in the page`,
  /**
   * One document at a random path per simulator instance; the page computes the URL at run time
   * and shows it nowhere (3+: no top bar, the info block's URL link hidden; 2.x: no header input
   * and no message bar, where it writes the URL while loading).
   */
  'hidden-url': 'one document at a random path the page computes at run time and never shows',
  /** No URL: the config's `spec` holds the document, parsed at run time from a string. */
  inline: 'no URL: the document is inline in the page, parsed at run time',
  /** 3+ only: two service documents listed by `urls`, paths relative to the base path /user. */
  split: 'two service documents (users, organisations) listed by urls, base path /user',
  /** No description anywhere: no document, no Swagger page, no docUrl in /discover/discover. */
  none: 'no description and no Swagger page',
} as const satisfies Record<string, string>;

export type DescriptionPlacement = keyof typeof DESCRIPTION_PLACEMENTS;
export const DESCRIPTION_PLACEMENT_NAMES = Object.keys(DESCRIPTION_PLACEMENTS) as DescriptionPlacement[];

/** How the Swagger page's config finds the description. */
export type DescriptionSource =
  | { kind: 'url'; path: string }
  | { kind: 'hidden-url'; path: string }
  | { kind: 'inline'; document: object }
  | { kind: 'urls'; urls: { url: string; name: string }[]; primaryName: string };

export interface ApiDescription {
  placement: DescriptionPlacement;
  /** Every document served, by path (none for 'inline' and 'none'). */
  documents: ReadonlyMap<string, object>;
  /** null: there is no Swagger page. */
  source: DescriptionSource | null;
}

/** Where 'split' serves each service document (by its name). */
const splitPath = (name: string) => `/api/docs/${name}.json`;

/** A path nobody can guess, so only what the page really loads leads to it. */
function hiddenPath(): string {
  return `/svc/docs/${randomBytes(16).toString('hex')}/definition`;
}

/** A placement with one document at one path. */
function single(
  placement: DescriptionPlacement,
  source: Extract<DescriptionSource, { path: string }>,
  document: object,
): ApiDescription {
  return { placement, documents: new Map([[source.path, document]]), source };
}

export function apiDescription(
  placement: DescriptionPlacement,
  swaggerUi: SwaggerUiMode,
  examples: ExampleVariant,
): ApiDescription {
  const ops = operations(examples);
  const whole = () => (swaggerUi === '3' ? openApi3Document(ops) : swagger2Document(ops));
  switch (placement) {
    case 'standard':
      return single(placement, { kind: 'url', path: SPEC_PATHS[swaggerUi] }, whole());
    case 'hidden-url':
      return single(placement, { kind: 'hidden-url', path: hiddenPath() }, whole());
    case 'inline':
      return { placement, documents: new Map(), source: { kind: 'inline', document: whole() } };
    case 'split': {
      if (swaggerUi === '2') throw new Error("description 'split' needs Swagger UI 3+: swagger-ui 2.x has no `urls`");
      const services = splitDocuments(ops);
      const urls = services.map(({ name }) => ({ url: splitPath(name), name }));
      return {
        placement,
        documents: new Map(services.map(({ name, document }) => [splitPath(name), document])),
        source: { kind: 'urls', urls, primaryName: services[0].name },
      };
    }
    case 'none':
      return { placement, documents: new Map(), source: null };
  }
}
