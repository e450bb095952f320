/**
 * A plain web page on a non-Resolver host, for "the extension stays out of other sites" checks.
 * Chromium maps `*.example.test` to 127.0.0.1 (see harness.ts), so any name under it reaches this
 * server, including look-alikes such as `acme.resolver.com.example.test`.
 */
import { createServer } from 'node:http';
import { FOREIGN_DOMAIN } from './harness';

export interface ForeignSite {
  /** `http://<name>.example.test:<port>` */
  origin(name?: string): string;
  close(): Promise<void>;
}

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Another site</title></head>
<body><h1>Another site</h1><p>Not Resolver.</p></body></html>`;

export async function startForeignSite(): Promise<ForeignSite> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(PAGE);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The foreign site has no TCP address.');
  const { port } = address;
  return {
    origin: (name = 'shop') => `http://${name}.${FOREIGN_DOMAIN}:${port}`,
    close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
  };
}
