/**
 * The descriptions a Swagger page's configuration names, read as text and never executed
 * (swagger-config.ts): its inline `spec`, its `url` / `urls`, and the same from the initializer
 * scripts it loads (swagger-ui-dist's `swagger-initializer.js`). URLs resolve against the page.
 */
import type { DescriptionSource } from '../../protocol';
import type { DocumentLoader } from './document-loader';
import type { FoundSet } from './found-set';
import { MAX_CONFIG_TEXT_CHARS, readSwaggerConfig } from './swagger-config';

/** The most initializer scripts one page may make us read. */
const MAX_CONFIG_SCRIPTS = 3;

export async function followConfig(
  loader: DocumentLoader,
  found: FoundSet,
  source: DescriptionSource,
  html: string,
  pageUrl: string,
): Promise<void> {
  const page = readSwaggerConfig(html);
  const configs = [page];
  for (const src of page.scripts.slice(0, MAX_CONFIG_SCRIPTS)) {
    const url = loader.sameOrigin(source, src, pageUrl);
    const script = url === null ? null : await loader.fetchText(source, url, MAX_CONFIG_TEXT_CHARS);
    if (script !== null) configs.push(readSwaggerConfig(script.text));
  }
  if (configs.every((config) => config.inline.length === 0 && config.documents.length === 0)) {
    loader.note(source, 'nothing', pageUrl);
    return;
  }
  for (const config of configs) {
    for (const inline of config.inline) found.add(await loader.keep(source, inline));
    for (const { url } of config.documents) {
      if (found.complete()) return;
      found.add(await loader.fetchDocument(source, url, pageUrl));
    }
  }
}
