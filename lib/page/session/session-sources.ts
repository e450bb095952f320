/**
 * Where a Resolver tab may hold its session, in the order the tab's session is looked for
 * (tab-session.ts checks each with "who am I?" before using it):
 * 1. `web-app`: the web app's own sign-in in the origin's localStorage (client-2022 keys);
 * 2. `access-token`: the Swagger page's address, as Resolver's client opened it
 *    (`<docUrl>?access_token=<token>`, client-2022), whatever localStorage holds;
 * 3. `swagger-ui`: the authorisation Swagger UI holds on the page, the bearer its "Try it out"
 *    sends (a page may have moved the token there and removed it from its address).
 *
 * Each source is read only when a token is needed, and what it gives is never kept: only a
 * fingerprint of the token that was checked (tab-session.ts).
 */
import * as z from 'zod/mini';
import type { SessionSource } from '../../protocol';
import { ACCESS_TOKEN_PARAM } from '../../resolver/knowledge';
import { SwaggerUiAuthorisationSchema } from '../description/swagger-ui-state';
import { readValidSession } from './web-app-session';

export interface SessionCandidate {
  token: string;
  /** Unix seconds; null when the source does not tell. */
  expiresAt: number | null;
}

export interface SessionSourceReader {
  name: SessionSource;
  /** The source's token right now, or null when it holds none. */
  read(): Promise<SessionCandidate | null>;
}

/** A token as it may appear in an Authorization header: visible ASCII, bounded. Anything else is not one. */
const TokenSchema = z.string().check(z.regex(/^[\x21-\x7e]{1,4096}$/));

/** `bearer <token>` (scheme case-insensitive, documented), as Swagger UI holds it. */
const BEARER = /^bearer\s+(\S+)$/i;

export function webAppSource(storage: Storage, nowSeconds: () => number): SessionSourceReader {
  return {
    name: 'web-app',
    async read() {
      const session = readValidSession(storage, nowSeconds());
      return session && { token: session.token, expiresAt: session.info.expiresAt };
    },
  };
}

export function accessTokenSource(location: Pick<Location, 'href'>): SessionSourceReader {
  return {
    name: 'access-token',
    async read() {
      const token = TokenSchema.safeParse(new URL(location.href).searchParams.get(ACCESS_TOKEN_PARAM));
      return token.success ? { token: token.data, expiresAt: null } : null;
    },
  };
}

/**
 * `askAuthorisation` reads Swagger UI's authorisation in the page's world (null when it cannot);
 * it is asked only on a Swagger page (`onSwaggerPage`), as nowhere else can Swagger UI hold one.
 */
export function swaggerUiSource(onSwaggerPage: () => boolean, askAuthorisation: () => Promise<unknown>): SessionSourceReader {
  return {
    name: 'swagger-ui',
    async read() {
      if (!onSwaggerPage()) return null;
      const answer = SwaggerUiAuthorisationSchema.safeParse(await askAuthorisation());
      if (!answer.success) return null;
      for (const value of answer.data.values) {
        const token = TokenSchema.safeParse(BEARER.exec(value.trim())?.[1]);
        if (token.success) return { token: token.data, expiresAt: null };
      }
      return null;
    },
  };
}
