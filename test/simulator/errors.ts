/**
 * Resolver's error body, `{statusCode, message, details}` (documented), and the JSON body
 * reader every handler uses so a non-JSON body is always the same 400.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

export interface ApiErrorBody {
  statusCode: number;
  message: string;
  details: unknown;
}

export function apiError(c: Context, status: ContentfulStatusCode, message: string, details: unknown = null): Response {
  const body: ApiErrorBody = { statusCode: status, message, details };
  return c.json(body, status);
}

export function validationError(c: Context, error: z.ZodError): Response {
  return apiError(
    c,
    400,
    'validation.failed',
    error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  );
}

export type JsonBody = { ok: true; value: unknown } | { ok: false };

/** Parses the request body as JSON; an empty or malformed body is `{ok: false}`. */
export async function readJsonBody(c: Context): Promise<JsonBody> {
  const text = await c.req.text();
  if (text.trim() === '') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

export function malformedBody(c: Context): Response {
  return apiError(c, 400, 'invalid.request.payload', 'The body must be JSON.');
}
