/**
 * Reads the Resolver web app's own session from the page's localStorage (keys in knowledge.ts):
 * the first of the tab's session sources (session-sources.ts).
 *
 * The token is read only when a request is about to be sent (tab-session.ts); it is never copied
 * into extension storage, a message or a log.
 */
import * as z from 'zod/mini';
import type { UserSummary } from '../../protocol';
import { SESSION_KEYS } from '../../resolver/knowledge';
import { ResolverUserSchema } from '../../resolver/schemas';
import { toUserSummary } from '../user-summary';

export interface SessionInfo {
  /** Unix seconds. */
  expiresAt: number;
  user: UserSummary | null;
  orgId: number | null;
  /** The web app sets `original_user` while an admin impersonates someone. */
  impersonating: boolean;
}

const TokenSchema = z.string().check(z.minLength(1));
/** Stored as a JSON number; a JSON-encoded string of digits is read the same way. */
const StoredNumberSchema = z.union([z.number(), z.pipe(z.string().check(z.regex(/^[0-9]+$/)), z.transform(Number))]);
/** zod's numbers are finite: Infinity (a string of 400 digits) is refused. */
const UnixSecondsSchema = z.pipe(StoredNumberSchema, z.number().check(z.positive()));
const OrgIdSchema = z.pipe(StoredNumberSchema, z.int().check(z.positive()));

/** The web app JSON-encodes its values (client-2022); anything that is not JSON is unreadable. */
function readJson(storage: Storage, key: string): unknown {
  const raw = storage.getItem(key);
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

export function readValidSession(storage: Storage, nowSeconds: number): { token: string; info: SessionInfo } | null {
  const token = TokenSchema.safeParse(readJson(storage, SESSION_KEYS.token));
  const expiresAt = UnixSecondsSchema.safeParse(readJson(storage, SESSION_KEYS.expiresAt));
  // Without a readable expiry we cannot tell a live session from a stale one: treat it as none.
  if (!token.success || !expiresAt.success || expiresAt.data <= nowSeconds) return null;
  const user = ResolverUserSchema.safeParse(readJson(storage, SESSION_KEYS.user));
  const orgId = OrgIdSchema.safeParse(readJson(storage, SESSION_KEYS.currentOrg));
  const originalUser = readJson(storage, SESSION_KEYS.originalUser);
  return {
    token: token.data,
    info: {
      expiresAt: expiresAt.data,
      user: user.success ? toUserSummary(user.data) : null,
      orgId: orgId.success ? orgId.data : null,
      impersonating: originalUser !== undefined && originalUser !== null && originalUser !== '',
    },
  };
}

/** The page's session without its token, or null when signed out or expired. */
export function readSession(storage: Storage, nowSeconds: number): SessionInfo | null {
  return readValidSession(storage, nowSeconds)?.info ?? null;
}
