/**
 * Popup ↔ Resolver tab messages. The popup never talks to Resolver: it asks the helper's content
 * script in the Resolver tab, which runs the tab service there. Both ends parse what they receive
 * with the zod schemas of lib/protocol.ts.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { t } from './i18n';
import type { BulkBridge } from './bulk/bulk-bridge';
import { BulkRequestSchemas, BulkRunSchema } from './bulk/bulk-schema';
import type { ReportBridge } from './exemption-report/report-bridge';
import { ReportRequestSchemas, ScanSchema } from './exemption-report/report-schema';
import {
  CheckEnvironmentRequestSchema,
  CheckEnvironmentResultSchema,
  type EnvironmentCheckBridge,
} from './environment-check/report-schema';
import { RequestSchemas, resultSchema, ResponseSchemas, type Failure, type ResolverBridge } from './protocol';
import { injectHelper } from './helper-injection';
import { PageWorldPartSchema, type PageWorldPart } from './page/description/swagger-ui-state';
import { isResolverPageUrl } from './resolver/knowledge';
import { fail, invalidRequest } from './result';
import type { SendIntent } from './store-owner/intent-outbox';
import type { StoreOwner } from './store-owner/store-owner';
import type { IntentSender, StoreAnswer, StoreIntent } from './store-owner/store-intents';

type MessageName = keyof typeof RequestSchemas;
type RequestOf<K extends MessageName> = z.infer<(typeof RequestSchemas)[K]>;
type ResponseOf<K extends MessageName> = z.infer<(typeof ResponseSchemas)[K]>;

const BulkRunResultSchema = resultSchema(BulkRunSchema);
type BulkMessageName = keyof typeof BulkRequestSchemas;
const ScanResultSchema = resultSchema(ScanSchema);
type ReportMessageName = keyof typeof ReportRequestSchemas;

/** A tab's id as the background answers `ownTabId`; null when the asker is not our content script. */
const OwnTabIdSchema = z.number().int().nonnegative().nullable();

/**
 * One message per ResolverBridge and BulkBridge method, typed from the schemas (never written
 * twice), and `ownTabId`: a content script asking the background which tab it is in.
 */
export type ProtocolMap = { [K in MessageName]: (request: RequestOf<K>) => ResponseOf<K> } & {
  [K in BulkMessageName]: (request: z.infer<(typeof BulkRequestSchemas)[K]>) => z.infer<typeof BulkRunResultSchema>;
} & {
  [K in ReportMessageName]: (request: z.infer<(typeof ReportRequestSchemas)[K]>) => z.infer<typeof ScanResultSchema>;
} & {
  checkEnvironment: () => z.infer<typeof CheckEnvironmentResultSchema>;
  ownTabId: () => z.infer<typeof OwnTabIdSchema>;
  /** A content script asking the background to read its page's own world (lib/page-world.ts). */
  readPageWorld: (part: PageWorldPart) => unknown;
  /** Any context handing a write to the stores' owner, the background (lib/store-owner/). */
  storeIntent: (intent: StoreIntent) => StoreAnswer;
};

const messenger = defineExtensionMessaging<ProtocolMap>();

/** Everything a Resolver tab's helper answers. */
export type TabBridge = ResolverBridge & BulkBridge & ReportBridge & EnvironmentCheckBridge;

/** The part of runtime.MessageSender the trust checks read. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Only this extension's own pages (the popup) may drive the tab service. Content scripts, ours in
 * other tabs included, arrive with `sender.tab` set and a web page URL; pages of other extensions
 * have another id.
 */
export function isExtensionPage(sender: Sender): boolean {
  return (
    sender.id === browser.runtime.id &&
    sender.tab === undefined &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(browser.runtime.getURL('/'))
  );
}

/**
 * The tab of the content script that sent a message: only for this extension's own content
 * scripts in a top frame (ours run nowhere else), null for anything else. The browser fills
 * `sender` in, so a web page can neither ask nor name another tab.
 */
export function contentScriptTabId(sender: Sender): number | null {
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || sender.frameId !== 0 || tabId === undefined) return null;
  const parsed = OwnTabIdSchema.safeParse(tabId);
  return parsed.success ? parsed.data : null;
}

/**
 * The tab of the content script that sent a message, when that script runs in the top frame of a
 * Resolver page (the pages our content scripts' match pattern covers); null for anything else.
 */
export function resolverContentScriptTabId(sender: Sender): number | null {
  const tabId = contentScriptTabId(sender);
  return tabId !== null && sender.url !== undefined && isResolverPageUrl(sender.url) ? tabId : null;
}

/**
 * Who sent a store intent, as the browser named them: one of this extension's own pages (popup,
 * options; in a tab or not), or its content script in the top frame of a Resolver page, with that
 * page's origin. null for anyone else.
 */
export function intentSenderOf(sender: Sender): IntentSender | null {
  if (sender.id !== browser.runtime.id || sender.url === undefined) return null;
  if (sender.url.startsWith(browser.runtime.getURL('/'))) return { kind: 'extension-page' };
  return resolverContentScriptTabId(sender) === null ? null : { kind: 'content-script', origin: new URL(sender.url).origin };
}

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

/** Content script side: answers the popup's messages with `service`. Returns a function that stops serving. */
export function serveTabService(service: TabBridge): () => void {
  const stops = [
    messenger.onMessage('getStatus', guarded(RequestSchemas.getStatus, (r) => service.getStatus(r))),
    messenger.onMessage('checkEnvironment', guarded(CheckEnvironmentRequestSchema, () => service.checkEnvironment())),
    messenger.onMessage('findUsers', guarded(RequestSchemas.findUsers, (r) => service.findUsers(r))),
    messenger.onMessage('getMembership', guarded(RequestSchemas.getMembership, (r) => service.getMembership(r))),
    messenger.onMessage('prepareAction', guarded(RequestSchemas.prepareAction, (r) => service.prepareAction(r))),
    messenger.onMessage('runAction', guarded(RequestSchemas.runAction, (r) => service.runAction(r))),
    messenger.onMessage('bulkResolve', guarded(BulkRequestSchemas.bulkResolve, (r) => service.bulkResolve(r))),
    messenger.onMessage('bulkCommand', guarded(BulkRequestSchemas.bulkCommand, (r) => service.bulkCommand(r))),
    messenger.onMessage('reportStart', guarded(ReportRequestSchemas.reportStart, (r) => service.reportStart(r))),
    messenger.onMessage('reportCommand', guarded(ReportRequestSchemas.reportCommand, (r) => service.reportCommand(r))),
  ];
  return () => stops.forEach((stop) => stop());
}

/** Refuses untrusted senders and malformed requests before `handle` sees anything. */
function guarded<Request, Response>(schema: z.ZodType<Request>, handle: (request: Request) => Promise<Response>) {
  return async ({ data, sender }: { data: unknown; sender: Sender }): Promise<Response | Failure> => {
    if (!isExtensionPage(sender)) return fail('invalid-input', { detail: t('failure.detail.sender-refused') });
    const request = schema.safeParse(data);
    if (!request.success) return invalidRequest();
    return handle(request.data);
  };
}

/**
 * Popup side: the bridges that ask the content script of tab `tabId` (its top frame). The popup
 * creates them for Resolver tabs only; `loadHelper` loads the helper into that tab when it does not
 * answer (lib/helper-injection.ts).
 */
export function createPopupBridge(
  tabId: number,
  loadHelper: () => Promise<boolean> = () => injectHelper(tabId),
): TabBridge {
  const target = { tabId, frameId: 0 };
  // Questions that change nothing may be asked again once the helper is loaded. Commands are
  // never repeated: "No response" may mean the page received one and unloaded before answering.
  const ask = <Response>(send: () => Promise<unknown>, schema: z.ZodType<Response>) => askTab(send, schema, loadHelper);
  const command = <Response>(send: () => Promise<unknown>, schema: z.ZodType<Response>) => askTab(send, schema, null);
  return {
    getStatus: (r) => ask(() => messenger.sendMessage('getStatus', r, target), ResponseSchemas.getStatus),
    checkEnvironment: () => ask(() => messenger.sendMessage('checkEnvironment', undefined, target), CheckEnvironmentResultSchema),
    findUsers: (r) => ask(() => messenger.sendMessage('findUsers', r, target), ResponseSchemas.findUsers),
    getMembership: (r) => ask(() => messenger.sendMessage('getMembership', r, target), ResponseSchemas.getMembership),
    prepareAction: (r) => ask(() => messenger.sendMessage('prepareAction', r, target), ResponseSchemas.prepareAction),
    runAction: (r) => command(() => messenger.sendMessage('runAction', r, target), ResponseSchemas.runAction),
    bulkResolve: (r) => command(() => messenger.sendMessage('bulkResolve', r, target), BulkRunResultSchema),
    bulkCommand: (r) => command(() => messenger.sendMessage('bulkCommand', r, target), BulkRunResultSchema),
    reportStart: (r) => command(() => messenger.sendMessage('reportStart', r, target), ScanResultSchema),
    reportCommand: (r) => command(() => messenger.sendMessage('reportCommand', r, target), ScanResultSchema),
  };
}

async function askTab<Response>(
  send: () => Promise<unknown>,
  schema: z.ZodType<Response>,
  /** null: never load and ask again (a command). */
  loadHelper: (() => Promise<boolean>) | null,
): Promise<Response | Failure> {
  let answer: unknown;
  try {
    answer = await send();
  } catch {
    // "Could not establish connection. Receiving end does not exist." or "No response" (Chrome
    // calling back without an answer): the helper is not loaded in the tab yet. The bootstrap asks
    // for it only once the page is idle, and a tab opened before the extension was installed has
    // no bootstrap at all, so load it now and ask once more. The script runs at most once per page.
    if (loadHelper === null || !(await loadHelper())) return fail('no-resolver-tab');
    try {
      answer = await send();
    } catch {
      // Still no answer: the remedy is to open or reload the Resolver tab.
      return fail('no-resolver-tab');
    }
  }
  const response = schema.safeParse(answer);
  // Only a content script of another extension version answers in another shape; reloading the tab fixes it.
  return response.success ? response.data : fail('no-resolver-tab');
}
