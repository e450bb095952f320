/** Serves Swagger UI's own files from node_modules (swagger-ui-dist, or swagger-ui 2.2.10). */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import type { SwaggerUiMode } from '../context';

const require = createRequire(import.meta.url);

const PACKAGE_DIRS: Record<SwaggerUiMode, string> = {
  '3': dirname(require.resolve('swagger-ui-dist/package.json')),
  '2': join(dirname(require.resolve('swagger-ui-legacy/package.json')), 'dist'),
};

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.eot': 'application/vnd.ms-fontobject',
};

/** The file for a relative path inside the mode's package, or null (missing, or outside it). */
export async function swaggerUiFile(
  mode: SwaggerUiMode,
  relative: string,
): Promise<{ data: Buffer; type: string } | null> {
  const root = PACKAGE_DIRS[mode];
  const file = normalize(join(root, relative));
  const type = TYPES[extname(file)];
  if (!file.startsWith(root + sep) || type === undefined) return null;
  try {
    return { data: await readFile(file), type };
  } catch {
    return null;
  }
}
