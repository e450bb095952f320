/**
 * Fetches what the description sources point at (documents, Swagger pages, config scripts) and
 * keeps the record of every place looked at. The rules every source shares live here:
 * - only the page's own origin is fetched, and only its path is used (the API client refuses
 *   anything else, and a URL on another origin is recorded as refused without a request);
 * - each URL is fetched once per lookup;
 * - sizes are bounded, and JSON that is not an API description is not kept.
 */
import type { Lookup, LookupOutcome } from '../../environment-check/report-schema';
import type { DescriptionSource } from '../../protocol';
import type { ApiClient } from '../api-client';
import { MAX_DESCRIPTION_CHARS } from './description-size';
import { foundDocument, parseJsonText, type FoundDocument } from './found-document';
import { redactUrl } from './redact-url';

export interface FetchedText {
  /** Absolute URL it was read from. */
  url: string;
  text: string;
  contentType: string | null;
}

export interface DocumentLoader {
  readonly origin: string;
  /** The absolute URL of `raw` (resolved against `base`) when it is on the page's origin; else null, recorded as refused. */
  sameOrigin(source: DescriptionSource, raw: string, base: string): string | null;
  /** Fetches `url` once as text (at most `maxChars`); null when refused, failed, too large or fetched before. */
  fetchText(source: DescriptionSource, url: string, maxChars: number): Promise<FetchedText | null>;
  /** Fetches `raw` and keeps it when it is an API description. */
  fetchDocument(source: DescriptionSource, raw: string, base: string): Promise<FoundDocument | null>;
  /** Keeps a value the page holds (inline) when it is an API description; `url` is where the page loaded it from, if anywhere. */
  keep(source: DescriptionSource, value: unknown, url?: string | null): Promise<FoundDocument | null>;
  /** Records what a source found when there was nothing to fetch. */
  note(source: DescriptionSource, outcome: LookupOutcome, url?: string | null): void;
  /** Every place looked at, in order. */
  readonly lookups: readonly Lookup[];
}

export function createDocumentLoader(client: ApiClient): DocumentLoader {
  const { origin } = client;
  const lookups: Lookup[] = [];
  const tried = new Set<string>();

  const note = (source: DescriptionSource, outcome: LookupOutcome, url: string | null = null, status?: number) => {
    lookups.push({ source, url: url === null ? null : redactUrl(url), outcome, ...(status === undefined ? {} : { status }) });
  };

  const sameOrigin = (source: DescriptionSource, raw: string, base: string): string | null => {
    if (!URL.canParse(raw.trim(), base)) return null;
    const url = new URL(raw.trim(), base);
    url.hash = '';
    if (url.origin === origin) return url.href;
    note(source, 'other-origin', url.href);
    return null;
  };

  const fetchText = async (source: DescriptionSource, url: string, maxChars: number): Promise<FetchedText | null> => {
    if (tried.has(url)) return null;
    tried.add(url);
    const parsed = new URL(url);
    const answer = await client.getText(`${parsed.pathname}${parsed.search}`, { maxChars });
    if (!answer.ok) {
      note(source, 'failed', url, answer.status);
      return null;
    }
    if (answer.value.text === null) {
      note(source, 'too-large', url);
      return null;
    }
    return { url, text: answer.value.text, contentType: answer.value.contentType };
  };

  const keep = async (source: DescriptionSource, value: unknown, url: string | null = null) => {
    const found = foundDocument(source, url, value);
    note(source, found === null ? 'not-a-description' : 'found', url);
    return found;
  };

  return {
    origin,
    sameOrigin,
    fetchText,
    async fetchDocument(source, raw, base) {
      const url = sameOrigin(source, raw, base);
      if (url === null) return null;
      const fetched = await fetchText(source, url, MAX_DESCRIPTION_CHARS);
      return fetched === null ? null : keep(source, parseJsonText(fetched.text), url);
    },
    keep,
    note,
    lookups,
  };
}
