/**
 * The lines of a Swagger UI config that say where the description is, for each source of
 * description.ts. Both Swagger UIs take `url` and `spec`; only 3+ takes `urls`.
 */
import type { DescriptionSource } from '../description';
import { scriptJson } from './layout';

/** What both Swagger pages are built from. */
export interface SwaggerPageOptions {
  source: DescriptionSource;
  /** Where Swagger UI's own files are served. */
  assets: string;
  /** Remove `access_token` from the address once Swagger UI is authorised with it. */
  stripAccessToken: boolean;
}

export function specSourceConfig(source: DescriptionSource): string {
  switch (source.kind) {
    case 'url':
      return `url: ${scriptJson(source.path)},`;
    case 'hidden-url':
      // Decoded at run time: the path is nowhere in the page's text, only in what Swagger UI loads.
      return `url: atob(${scriptJson(Buffer.from(source.path).toString('base64'))}),`;
    case 'inline':
      // A string parsed at run time, not an object literal: only Swagger UI's loaded state (or
      // what it renders) holds the document.
      return `spec: JSON.parse(${scriptJson(JSON.stringify(source.document))}),`;
    case 'urls':
      return `urls: ${scriptJson(source.urls)},\n    'urls.primaryName': ${scriptJson(source.primaryName)},`;
  }
}
