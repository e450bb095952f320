/**
 * Node-side HTTP to the simulator with the right Host header (Node's fetch forbids setting
 * Host, and the environment is chosen by it): connects to 127.0.0.1 and sends
 * `Host: <tenant>.resolver.com:<port>`.
 */
import { type IncomingHttpHeaders, request } from 'node:http';
import { AUTH_SCHEME, RESOLVER_DOMAIN } from '../../lib/resolver/knowledge';

export interface SimRequest {
  path: string;
  method?: string;
  /** `acme` (production, default) or `acme-sandbox`. */
  tenant?: string;
  /** Sent as `Authorization: bearer <token>`. */
  token?: string;
  /** A raw Authorization header (wins over `token`). */
  authorization?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent verbatim with Content-Type application/json (for malformed bodies). */
  rawBody?: string;
  /** `name=value` pairs for the Cookie header. */
  cookies?: string[];
}

export interface SimResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** Parsed JSON body, or undefined when the body is empty or not JSON. */
  json: unknown;
  /** `name=value` of each Set-Cookie. */
  cookies: string[];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function simRequest(sim: { port: number }, req: SimRequest): Promise<SimResponse> {
  const payload = req.rawBody ?? (req.body === undefined ? undefined : JSON.stringify(req.body));
  const headers: Record<string, string> = { host: `${req.tenant ?? 'acme'}.${RESOLVER_DOMAIN}:${sim.port}` };
  const authorization = req.authorization ?? (req.token ? `${AUTH_SCHEME} ${req.token}` : undefined);
  if (authorization !== undefined) headers.authorization = authorization;
  if (payload !== undefined) headers['content-type'] = 'application/json';
  if (req.cookies?.length) headers.cookie = req.cookies.join('; ');

  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port: sim.port, method: req.method ?? 'GET', path: req.path, headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: parseJson(text),
            cookies: (res.headers['set-cookie'] ?? []).map((cookie) => cookie.split(';')[0]),
          });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}
