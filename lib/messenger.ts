/**
 * The extension's one message channel (@webext-core/messaging), typed by ProtocolMap, and the
 * checks of who sent a message. Kept apart from the messages' handlers and bridges, so each
 * context bundles only the side it uses: the background neither the popup's bridge nor the tab
 * service's schemas (lib/messaging.ts), a content script not the background's handlers
 * (lib/background-messages.ts).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { BulkRequestSchemas, BulkRun } from './bulk/bulk-schema';
import type { ReportRequestSchemas, Scan } from './exemption-report/report-schema';
import type { EnvironmentReport } from './environment-check/report-schema';
import type { PageWorldPart } from './page/description/swagger-ui-state';
import type { RequestSchemas, ResponseSchemas, Result } from './protocol';
import { isResolverPageUrl } from './resolver/knowledge';
import type { IntentSender, StoreAnswer, StoreIntent } from './store-owner/store-intents';

type MessageName = keyof typeof RequestSchemas;
type RequestOf<K extends MessageName> = z.infer<(typeof RequestSchemas)[K]>;
type ResponseOf<K extends MessageName> = z.infer<(typeof ResponseSchemas)[K]>;
type BulkMessageName = keyof typeof BulkRequestSchemas;
type ReportMessageName = keyof typeof ReportRequestSchemas;

/** A tab's id as the background answers `ownTabId`; null when the asker is not our content script. */
export const OwnTabIdSchema = z.nullable(z.int().check(z.nonnegative()));

/**
 * One message per ResolverBridge, BulkBridge and ReportBridge method, typed from the schemas
 * (never written twice), and the messages to the background: `ownTabId` (a content script asking
 * which tab it is in), `readPageWorld` and `storeIntent`.
 */
export type ProtocolMap = { [K in MessageName]: (request: RequestOf<K>) => ResponseOf<K> } & {
  [K in BulkMessageName]: (request: z.infer<(typeof BulkRequestSchemas)[K]>) => Result<BulkRun>;
} & {
  [K in ReportMessageName]: (request: z.infer<(typeof ReportRequestSchemas)[K]>) => Result<Scan>;
} & {
  checkEnvironment: () => Result<EnvironmentReport>;
  ownTabId: () => z.infer<typeof OwnTabIdSchema>;
  /** A content script asking the background to read its page's own world (lib/page-world.ts). */
  readPageWorld: (part: PageWorldPart) => unknown;
  /** Any context handing a write to the stores' owner, the background (lib/store-owner/). */
  storeIntent: (intent: StoreIntent) => StoreAnswer;
  /** A content script asking the background for the organisation's managed values (lib/policy/managed-policy.ts). */
  managedPolicy: () => unknown;
};

export const messenger = defineExtensionMessaging<ProtocolMap>();

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
