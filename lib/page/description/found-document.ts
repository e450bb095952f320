/**
 * An API description found for the page, wherever it came from. What the page or its origin hands
 * over is untrusted: a document is kept only when it declares itself Swagger 2.0 or OpenAPI 3.x and
 * is no larger than MAX_DESCRIPTION_CHARS (description-size.ts).
 */
import type { DescriptionFormat } from '../../environment-check/report-schema';
import { fingerprint } from '../../fingerprint';
import type { DescriptionSource } from '../../protocol';
import { isApiDescription } from '../../resolver/spec-document';

export interface FoundDocument {
  source: DescriptionSource;
  /** Absolute, on the page's origin; null when the document is inline in the page. */
  url: string | null;
  document: unknown;
  format: DescriptionFormat;
  /** As the document declares it: "2.0", "3.0.3"… */
  version: string;
  /** A fingerprint of the document's JSON, to tell a changed description from the same one. */
  hash: string;
}

/** The value as a FoundDocument, or null when it is not an API description. */
export function foundDocument(source: DescriptionSource, url: string | null, value: unknown): FoundDocument | null {
  if (!isApiDescription(value)) return null;
  const record = value as { swagger?: unknown; openapi?: unknown };
  const format: DescriptionFormat = typeof record.swagger === 'string' ? 'swagger2' : 'openapi3';
  const version = String(format === 'swagger2' ? record.swagger : record.openapi).slice(0, 20);
  return { source, url, document: value, format, version, hash: fingerprint(JSON.stringify(value)) };
}

/** JSON text as a value; undefined for anything that is not JSON (a YAML description, an HTML page). */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
