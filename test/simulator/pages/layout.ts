/** The HTML shell shared by the simulator's pages, and the client config they read. */
import {
  AUTH_SCHEME,
  ENDPOINTS,
  SESSION_KEYS,
  SWAGGER_PAGE_PATH,
  TOKEN_RENEW_BEFORE_SECONDS,
} from '../../../lib/resolver/knowledge';
import { MFA_LOGIN_PATH } from '../spec/operations';
import { SESSION_SCRIPT } from './session-script';

/** What the page scripts need to know, injected as `window.SIM`. */
export const CLIENT_CONFIG = {
  keys: SESSION_KEYS,
  scheme: AUTH_SCHEME,
  renewBeforeSeconds: TOKEN_RENEW_BEFORE_SECONDS,
  paths: {
    authenticate: ENDPOINTS.authenticate,
    mfa: MFA_LOGIN_PATH,
    me: ENDPOINTS.me,
    swagger: SWAGGER_PAGE_PATH,
    home: '/home',
    login: '/',
  },
};

/** JSON safe to embed in a <script> element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1d2733; }
  header { background: #12355b; color: #fff; padding: .5rem 1rem; }
  header a { color: #fff; }
  main { max-width: 32rem; margin: 2rem auto; padding: 0 1rem; }
  label { display: block; margin-top: .75rem; }
  input[type=email], input[type=password], input[type=text], select { width: 100%; padding: .4rem; box-sizing: border-box; }
  button { margin-top: 1rem; padding: .5rem 1rem; }
  [role=alert]:empty { display: none; }
  [role=alert] { color: #a40000; }
`;

export interface PageOptions {
  title: string;
  body: string;
  /** Inline script run after the shared session script. */
  script: string;
  head?: string;
  /** Without the simulator's own CSS (Swagger UI brings its own). */
  bare?: boolean;
}

export function page(options: PageOptions): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title}</title>
${options.bare ? '' : `<style>${STYLE}</style>`}
${options.head ?? ''}
</head>
<body>
${options.body}
<script>window.SIM = ${scriptJson(CLIENT_CONFIG)};</script>
<script>${SESSION_SCRIPT}</script>
<script>${options.script}</script>
</body>
</html>`;
}
