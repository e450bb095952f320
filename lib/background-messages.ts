/**
 * The messages the background answers: a content script's own tab id (a bulk run's lease), a read
 * of its page's own world (lib/page-world.ts), the organisation's managed values for a content
 * script that cannot read them itself, and every context's store intents (lib/store-owner/).
 * The sender is always the one the browser filled in (lib/messenger.ts), never the message.
 */
import { PageWorldPartSchema, type PageWorldPart } from './page/description/swagger-ui-state';
import { contentScriptTabId, intentSenderOf, messenger, OwnTabIdSchema, resolverContentScriptTabId } from './messenger';
import type { SendIntent } from './store-owner/intent-outbox';
import type { StoreOwner } from './store-owner/store-owner';
import type { StoreAnswer } from './store-owner/store-intents';

/** Background side: hands every store intent to the owner with its sender. Returns a function that stops serving. */
export function serveStoreIntents(owner: Pick<StoreOwner, 'apply'>): () => void {
  return messenger.onMessage('storeIntent', async ({ data, sender }): Promise<StoreAnswer> => {
    const from = intentSenderOf(sender);
    return from === null ? { ok: false, refused: 'not-allowed' } : owner.apply(data, from);
  });
}

/** Any context: one try at handing an intent to the owner (the outbox tries again). */
export const sendStoreIntent: SendIntent = (intent) => messenger.sendMessage('storeIntent', intent);

/** Background side: answers each content script with its own tab's id. Returns a function that stops serving. */
export function serveOwnTabId(): () => void {
  return messenger.onMessage('ownTabId', ({ sender }) => contentScriptTabId(sender));
}

/** Content script side: this tab's id from the background; null when it cannot tell. */
export async function askOwnTabId(): Promise<number | null> {
  try {
    const answer = OwnTabIdSchema.safeParse(await messenger.sendMessage('ownTabId', undefined));
    return answer.success ? answer.data : null;
  } catch {
    // No background to answer (an extension update in progress): the stale-heartbeat rule still applies.
    return null;
  }
}

/**
 * Background side: reads the asking content script's own page world with `read`, only for our
 * content script in the top frame of a Resolver tab, and only the parts it names; null otherwise.
 * The tab comes from the sender the browser filled in, never from the message.
 */
export function servePageWorldReads(read: (tabId: number, part: PageWorldPart) => Promise<unknown>): () => void {
  return messenger.onMessage('readPageWorld', async ({ data, sender }) => {
    const tabId = resolverContentScriptTabId(sender);
    const part = PageWorldPartSchema.safeParse(data);
    return tabId === null || !part.success ? null : read(tabId, part.data);
  });
}

/** How long a content script waits for a page-world read: a page that keeps its main thread busy is skipped. */
export const PAGE_WORLD_TIMEOUT_MS = 3_000;

/**
 * Content script side: what the background read in this page's own world; null when it could not
 * (no background, no scripting API, the page busy for longer than PAGE_WORLD_TIMEOUT_MS). The
 * answer is untrusted and is parsed by the caller.
 */
export async function askPageWorld(part: PageWorldPart): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), PAGE_WORLD_TIMEOUT_MS);
  });
  try {
    return await Promise.race([messenger.sendMessage('readPageWorld', part), timeout]);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Background side: answers our content scripts in Resolver tabs with the managed values `read`
 * gives, null when it fails; anyone else gets null. Managed storage is the organisation's, read-only.
 */
export function serveManagedPolicy(read: () => Promise<unknown>): () => void {
  return messenger.onMessage('managedPolicy', async ({ sender }) => {
    if (resolverContentScriptTabId(sender) === null) return null;
    try {
      return await read();
    } catch {
      return null;
    }
  });
}

/** Content script side: the managed values as the background read them; null when it could not be asked or could not read them. */
export async function askManagedPolicy(): Promise<unknown> {
  try {
    return (await messenger.sendMessage('managedPolicy', undefined)) ?? null;
  } catch {
    return null;
  }
}
