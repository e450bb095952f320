/**
 * Finds the extension build the e2e suite loads and refuses anything but a production build.
 *
 * A `wxt` dev build talks to a localhost dev server and may widen host access; testing it would
 * prove nothing about what ships, so the suite stops with a clear message instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

export const DEFAULT_EXTENSION_DIR = '.output/chrome-mv3';

/** The manifest fields the suite relies on; other fields pass through untouched. */
export const ManifestSchema = z.looseObject({
  manifest_version: z.literal(3),
  name: z.string(),
  version: z.string(),
  permissions: z.array(z.string()).default([]),
  host_permissions: z.array(z.string()).default([]),
  content_scripts: z
    .array(z.looseObject({ matches: z.array(z.string()), js: z.array(z.string()).optional() }))
    .default([]),
  action: z.looseObject({ default_popup: z.string() }),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** Anything that lets the extension reach beyond Resolver hosts or talk to a dev server. */
const DEV_OR_BROAD = [/localhost/i, /127\.0\.0\.1/, /<all_urls>/, /"(\*|https?):\/\/\*\//];

export class ExtensionBuildError extends Error {}

/** Throws `ExtensionBuildError` unless `raw` is a production manifest; returns it parsed. */
export function checkProductionManifest(raw: unknown): Manifest {
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ExtensionBuildError(`The extension manifest is not an MV3 manifest with a popup: ${parsed.error.message}`);
  }
  const text = JSON.stringify(raw);
  const offending = DEV_OR_BROAD.find((pattern) => pattern.test(text));
  if (offending) {
    throw new ExtensionBuildError(
      `The extension build looks like a dev build (its manifest matches ${offending}); run \`npm run build\` for a production build.`,
    );
  }
  return parsed.data;
}

export interface ExtensionBuild {
  /** Absolute path, as Chromium's --load-extension wants it. */
  dir: string;
  manifest: Manifest;
}

export function readExtensionBuild(dir: string = DEFAULT_EXTENSION_DIR): ExtensionBuild {
  const absolute = resolve(dir);
  const manifestPath = join(absolute, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new ExtensionBuildError(`No extension build at ${absolute}: run \`npm run build\` first.`);
  }
  const raw: unknown = JSON.parse(readFileSync(manifestPath, 'utf8'));
  return { dir: absolute, manifest: checkProductionManifest(raw) };
}
