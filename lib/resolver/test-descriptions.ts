/**
 * Arbitrary API descriptions for the property tests of this folder. They combine, at random, every
 * shape the fixtures in test-specs.ts show one at a time: Swagger 2.0 and OpenAPI 3.x; root, prefixed
 * and per-service base paths; servers on other origins or with variables; any path-parameter name;
 * trailing slashes; `$ref` to parameters, schemas, named examples and request bodies; inline,
 * schema-level and named examples, with lower-priority examples beside them; and decoy operations.
 */
import fc from 'fast-check';
import { ACTION_NAMES, ACTIONS, type ActionName } from './knowledge';

/** A generated case whose `example` has been placed as the request body example of one operation. */
export type Described<T> = T & {
  document: Record<string, unknown>;
  /** The path the request must get: the base path, then the documented route, the id in decimal. */
  pathFor: (userId?: number) => string;
};

interface Layout {
  /** Segments of the base path in front of the documented routes. */
  prefix: string[];
  /** The base path is the routes' first segment (`/user`) and the keys hold the rest. */
  service: boolean;
  trailingSlash: boolean;
  parameterName: string;
}

const isParameter = (segment: string) => /^\{.*\}$/.test(segment);
const routeOf = (action: ActionName) => ACTIONS[action].path.split('/').slice(1);

function keyOf(action: ActionName, layout: Layout): string {
  const route = routeOf(action).slice(layout.service ? 1 : 0);
  const segments = route.map((segment) => (isParameter(segment) ? `{${layout.parameterName}}` : segment));
  return `/${segments.join('/')}${layout.trailingSlash ? '/' : ''}`;
}

function pathOf(action: ActionName, layout: Layout, userId: number | undefined): string {
  const segments = [...layout.prefix, ...routeOf(action)].map((s) => (isParameter(s) ? String(userId) : s));
  return `/${segments.join('/')}${layout.trailingSlash ? '/' : ''}`;
}

/** Segments that need no percent-encoding, including the routes' own words. */
const segment = fc.oneof(fc.constantFrom('api', 'user', 'users', 'core', 'v2'), fc.stringMatching(/^[a-z0-9_-]{1,8}$/));

const layouts: fc.Arbitrary<Layout> = fc.record({
  service: fc.boolean(),
  prefix: fc.array(segment, { maxLength: 3 }),
  trailingSlash: fc.boolean(),
  parameterName: fc.oneof(
    fc.constantFrom('id', 'userId', 'user_id'),
    fc.string({ minLength: 1, maxLength: 10 }).filter((name) => !/[{}/]/.test(name)),
  ),
}).map((chosen) => ({ ...chosen, prefix: chosen.service ? [] : chosen.prefix }));

/** How a document spells its base path: all spellings of one base path mean the same. */
interface Spelling {
  /** Swagger 2.0 `basePath` with 0, 1 or 2 trailing slashes; for no base path: left out, `/` or ``. */
  basePath: 0 | 1 | 2;
  /** OpenAPI 3 first server URL: root-relative, relative, on another origin, with variables. */
  server: 0 | 1 | 2 | 3;
  /** OpenAPI 3 servers after the first (ignored); with no base path, `servers` may be left out. */
  moreServers: 0 | 1 | 2;
}

const spellings: fc.Arbitrary<Spelling> = fc.record({
  basePath: fc.constantFrom(0, 1, 2),
  server: fc.constantFrom(0, 1, 2, 3),
  moreServers: fc.constantFrom(0, 1, 2),
});

function basePathOf(layout: Layout): string {
  return [...layout.prefix, ...(layout.service ? ['user'] : [])].join('/');
}

function swagger2BasePath(path: string, { basePath }: Spelling): string | undefined {
  if (path === '') return [undefined, '/', ''][basePath];
  return `/${path}${'/'.repeat(basePath)}`;
}

function openApiServers(path: string, { server, moreServers }: Spelling): unknown[] | undefined {
  if (path === '' && moreServers === 2) return undefined;
  const first = [
    { url: `/${path}` },
    { url: path }, // relative: resolved from the origin root
    { url: `https://elsewhere.example.com/${path}` },
    {
      url: '{scheme}://{host}/{prefix}',
      variables: { scheme: { default: 'https' }, host: { default: 'x.resolver.com' }, prefix: { default: path } },
    },
  ][server];
  return moreServers === 0 ? [first] : [first, { url: '/ignored/because/not/first' }];
}

/** Values that only fill the document out; generating more varied ones would only cost time. */
const junk = fc.constantFrom<unknown>(null, 0, 1, true, 'x', {}, [], { note: 'x', count: 2 }, [0, 'x']);

const SWAGGER2_PLACEMENTS = ['schema', 'x-example', 'definition', 'parameter-ref', 'path-item', 'ref-sibling'] as const;
const OPENAPI3_PLACEMENTS = [
  'media',
  'media-over-schema',
  'examples',
  'examples-ref',
  'schema',
  'schema-ref',
  'schema-examples',
  'request-body-ref',
] as const;
const OPENAPI3_MEDIA_TYPES = [
  'application/json',
  'Application/JSON;charset=UTF-8',
  'application/vnd.resolver+json',
  '*/*',
];

interface Parts {
  pathItem: Record<string, unknown>;
  /** Top-level sections (`definitions`, `parameters`, `components`) the operation refers into. */
  sections: Record<string, Record<string, unknown>>;
}

function addTo(sections: Parts['sections'], section: string, name: string, value: unknown): void {
  sections[section] = { ...sections[section], [name]: value };
}

interface Swagger2Choice {
  placement: (typeof SWAGGER2_PLACEMENTS)[number];
  other: unknown;
}

function swagger2PathItem(action: ActionName, layout: Layout, example: unknown, choice: Swagger2Choice, into: Parts) {
  const pathParameter = ACTIONS[action].path.includes('{')
    ? [{ in: 'path', name: layout.parameterName, required: true, type: 'integer' }]
    : [];
  const body = { in: 'body', name: 'body', required: true };
  const query = { in: 'query', name: 'notify', type: 'boolean' };
  let parameters: unknown[];
  switch (choice.placement) {
    case 'schema':
      parameters = [...pathParameter, query, { ...body, schema: { type: 'object', example } }];
      break;
    case 'x-example':
      parameters = [{ ...body, schema: { type: 'object' }, 'x-example': example }, ...pathParameter];
      break;
    case 'definition':
      addTo(into.sections, 'definitions', action, { type: 'object', example });
      parameters = [...pathParameter, { ...body, schema: { $ref: `#/definitions/${action}` } }];
      break;
    case 'parameter-ref':
      addTo(into.sections, 'parameters', action, { ...body, schema: { example } });
      parameters = [...pathParameter, { $ref: `#/parameters/${action}` }];
      break;
    case 'path-item':
      into.pathItem.parameters = [...pathParameter, { ...body, schema: { example } }];
      parameters = [query];
      break;
    case 'ref-sibling':
      // The example beside a `$ref` overrides the target's.
      addTo(into.sections, 'definitions', action, { type: 'object', example: choice.other });
      parameters = [...pathParameter, { ...body, schema: { $ref: `#/definitions/${action}`, example } }];
      break;
  }
  into.pathItem.put = { parameters, responses: { 204: { description: 'done' } } };
}

interface OpenApi3Choice {
  placement: (typeof OPENAPI3_PLACEMENTS)[number];
  mediaType: string;
  other: unknown;
}

function openApi3PathItem(action: ActionName, example: unknown, choice: OpenApi3Choice, into: Parts) {
  const components = (kind: string, value: unknown) => {
    const section = { ...(into.sections.components ?? {}) };
    section[kind] = { ...(section[kind] as Record<string, unknown> | undefined), [action]: value };
    into.sections.components = section;
    return { $ref: `#/components/${kind}/${action}` };
  };
  const lower = { schema: { type: 'object', example: choice.other } };
  const media: Record<string, unknown> = (() => {
    switch (choice.placement) {
      case 'media':
        return { example };
      case 'media-over-schema':
        return { example, examples: { other: { value: choice.other } }, ...lower };
      case 'examples':
        return { examples: { first: { value: example }, second: { value: choice.other } }, ...lower };
      case 'examples-ref':
        return { examples: { first: components('examples', { summary: 'x', value: example }) } };
      case 'schema':
        return { schema: { type: 'object', example } };
      case 'schema-ref':
        return { schema: components('schemas', { type: 'object', example }) };
      case 'schema-examples':
        return { schema: { type: 'object', examples: [example, choice.other] } };
      case 'request-body-ref':
        return { example };
    }
  })();
  const content = { 'application/xml': { example: '<body/>' }, [choice.mediaType]: media };
  const requestBody = choice.placement === 'request-body-ref' ? components('requestBodies', { content }) : { content };
  into.pathItem.put = { requestBody, responses: { 204: { description: 'done' } } };
}

/** Schema `examples` lists exist from OpenAPI 3.1 on. */
function openApiVersion(version: string, { placement }: OpenApi3Choice): string {
  return placement === 'schema-examples' ? '3.1.0' : version;
}

/** How the document is written; its operations are all described the same way. */
const plans = fc.oneof(
  fc.record({
    kind: fc.constant('swagger2' as const),
    version: fc.constant('2.0'),
    choice: fc.record({ placement: fc.constantFrom(...SWAGGER2_PLACEMENTS), other: junk }),
  }),
  fc.record({
    kind: fc.constant('openapi3' as const),
    version: fc.constantFrom('3.0.0', '3.0.3', '3.1.0'),
    choice: fc.record({
      placement: fc.constantFrom(...OPENAPI3_PLACEMENTS),
      mediaType: fc.constantFrom(...OPENAPI3_MEDIA_TYPES),
      other: junk,
    }),
  }),
);

/**
 * A Swagger 2.0 or OpenAPI 3.x document describing all three MFA operations, with the case's
 * `example` as the body example of `action` and a small JSON value as the others', plus decoys:
 * another verb on each route, and routes that look alike.
 */
export function describedExample<T extends { example: unknown }>(
  action: ActionName,
  cases: fc.Arbitrary<T>,
): fc.Arbitrary<Described<T>> {
  return fc.tuple(plans, layouts, spellings, cases, junk).map(([plan, layout, spelled, chosen, other]) => {
    const paths: Record<string, unknown> = {};
    const sections: Parts['sections'] = {};
    for (const name of ACTION_NAMES) {
      const example = name === action ? chosen.example : other;
      const parts: Parts = { pathItem: { get: { responses: { 200: { description: 'ok' } } } }, sections };
      if (plan.kind === 'swagger2') swagger2PathItem(name, layout, example, plan.choice, parts);
      else openApi3PathItem(name, example, plan.choice, parts);
      paths[keyOf(name, layout)] = parts.pathItem;
    }
    // Look-alikes that must not be taken for the operations.
    const decoy = { put: { responses: { 204: { description: 'done' } } } };
    paths[keyOf('setMfaOptOut', layout).replace(/\{[^}]*\}/, 'me')] = decoy;
    paths[keyOf('resetUserMfa', layout).replace('/reset', '/{reset}/now')] = decoy;
    const info = { title: 'core', version: '1' };
    const base = basePathOf(layout);
    const document: Record<string, unknown> =
      plan.kind === 'swagger2'
        ? { swagger: plan.version, info, basePath: swagger2BasePath(base, spelled), paths, ...sections }
        : {
            openapi: openApiVersion(plan.version, plan.choice),
            info,
            servers: openApiServers(base, spelled),
            paths,
            ...sections,
          };
    // A field left out, not one set to undefined, as in a parsed document.
    for (const key of ['basePath', 'servers']) if (document[key] === undefined) delete document[key];
    return { ...chosen, document, pathFor: (userId?: number) => pathOf(action, layout, userId) };
  });
}
