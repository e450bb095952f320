/**
 * Records every API request the simulator receives (faulted ones included), for assertions
 * such as "the extension sent exactly this body" or "no request carried a token elsewhere".
 */
import type { Context } from 'hono';
import { SPEC_PATHS } from './context';
import type { ApiDescription } from './description';

export interface RecordedRequest {
  method: string;
  path: string;
  host: string;
  query: Record<string, string>;
  /** Parsed JSON; the raw text when it is not JSON; undefined when there is no body. */
  body: unknown;
  hasAuthorization: boolean;
  contentType: string | null;
  /** The Origin header: tells page-context requests from others. */
  origin: string | null;
  /** Simulator clock, unix seconds. */
  at: number;
}

/**
 * The API and its descriptions, as opposed to web pages and Swagger UI's static files. The
 * standard description paths count in every placement, so tests can see requests that found nothing.
 */
export function isApiPath(path: string, description: ApiDescription): boolean {
  return (
    path.startsWith('/user/') ||
    path.startsWith('/discover/') ||
    Object.values(SPEC_PATHS).includes(path) ||
    description.documents.has(path)
  );
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export async function recordRequest(c: Context, now: number): Promise<RecordedRequest> {
  const hasBody = c.req.method !== 'GET' && c.req.method !== 'HEAD';
  return {
    method: c.req.method,
    path: c.req.path,
    host: c.req.header('host') ?? '',
    query: c.req.query(),
    body: hasBody ? parseBody(await c.req.text()) : undefined,
    hasAuthorization: c.req.header('authorization') !== undefined,
    contentType: c.req.header('content-type') ?? null,
    origin: c.req.header('origin') ?? null,
    at: now,
  };
}
