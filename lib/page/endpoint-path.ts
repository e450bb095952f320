/** Fills the `{name}` parameters of a path template from knowledge.ts's ENDPOINTS. */
import * as z from 'zod/mini';

const IdSchema = z.int().check(z.positive(), z.maximum(Number.MAX_SAFE_INTEGER));

/**
 * Every parameter of the read endpoints is a numeric id. Each is checked and URL-encoded so that
 * no value can add a path segment, and a template parameter left without a value is an error
 * rather than a request to a literal `{id}`.
 */
export function endpointPath(template: string, params: Record<string, number>): string {
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = IdSchema.parse(params[name]);
    return encodeURIComponent(String(value));
  });
}
