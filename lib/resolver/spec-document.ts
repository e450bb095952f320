import * as z from 'zod/mini';
import { basePathOf } from './path-template';
import { RequestBuildError } from './request-error';

/**
 * Loose views of the parts of a Swagger 2.0 / OpenAPI 3.x document this module reads: only the
 * fields used are checked, everything else passes through untouched.
 */
const PathsSchema = z.optional(z.record(z.string(), z.unknown()));

const Swagger2Version = z.looseObject({ swagger: z.string().check(z.regex(/^2\./)) });
const OpenApi3Version = z.looseObject({ openapi: z.string().check(z.regex(/^3\./)) });

const Swagger2Schema = z.looseObject({
  basePath: z.optional(z.string()),
  paths: PathsSchema,
});

const ServerSchema = z.looseObject({
  url: z.string(),
  variables: z.optional(z.record(z.string(), z.looseObject({ default: z.optional(z.unknown()) }))),
});

const OpenApi3Schema = z.looseObject({
  servers: z.optional(z.array(ServerSchema)),
  paths: PathsSchema,
});

export interface ApiDescription {
  kind: 'swagger2' | 'openapi3';
  /** Path prefix of every operation, from the origin root, no trailing slash ('' for none). */
  basePath: string;
  paths: Record<string, unknown>;
  /** The whole document, for resolving `$ref`. */
  document: unknown;
}

/** True for a document that declares itself Swagger 2.x or OpenAPI 3.x. */
export function isApiDescription(value: unknown): boolean {
  return Swagger2Version.safeParse(value).success || OpenApi3Version.safeParse(value).success;
}

export function readApiDescription(document: unknown): ApiDescription {
  if (Swagger2Version.safeParse(document).success) {
    const { basePath = '', paths = {} } = readSpecPart(Swagger2Schema, document, '');
    return { kind: 'swagger2', basePath: readBasePath(basePath, 'basePath'), paths, document };
  }
  if (OpenApi3Version.safeParse(document).success) {
    const { servers = [], paths = {} } = readSpecPart(OpenApi3Schema, document, '');
    const [server] = servers;
    const url = server === undefined ? '' : substituteVariables(server);
    return { kind: 'openapi3', basePath: readBasePath(url, 'servers.0.url'), paths, document };
  }
  throw new RequestBuildError('spec-unrecognized');
}

function readBasePath(urlOrPath: string, where: string): string {
  const path = basePathOf(urlOrPath);
  if (path === undefined) throw new RequestBuildError('spec-invalid', { where });
  return path;
}

/** OpenAPI 3 server URLs may hold `{name}` variables; Swagger UI fills in their defaults. */
function substituteVariables({ url, variables = {} }: z.infer<typeof ServerSchema>): string {
  return url.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
    const fallback = Object.hasOwn(variables, name) ? variables[name]?.default : undefined;
    return typeof fallback === 'string' ? fallback : whole;
  });
}

/** Parses one part of the document, naming where it is malformed if it does not fit. */
export function readSpecPart<T extends z.ZodMiniType>(schema: T, value: unknown, where: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  const inner = issue === undefined ? [] : issue.path.map(String);
  const at = [where, ...inner].filter((part) => part !== '').join('.');
  throw new RequestBuildError('spec-invalid', { where: at === '' ? '(document)' : at });
}
