/**
 * Popup ↔ Resolver tab messages. The popup never talks to Resolver: it asks the helper's content
 * script in the Resolver tab, which runs the tab service there. Both ends parse what they receive
 * with the zod schemas of lib/protocol.ts. The channel and the sender checks are in
 * lib/messenger.ts; the background's own messages in lib/background-messages.ts.
 */
import * as z from 'zod/mini';
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
import { isExtensionPage, messenger, type Sender } from './messenger';
import { fail, invalidRequest } from './result';

const BulkRunResultSchema = resultSchema(BulkRunSchema);
const ScanResultSchema = resultSchema(ScanSchema);

/** Everything a Resolver tab's helper answers. */
export type TabBridge = ResolverBridge & BulkBridge & ReportBridge & EnvironmentCheckBridge;

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
function guarded<Request, Response>(schema: z.ZodMiniType<Request>, handle: (request: Request) => Promise<Response>) {
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
  const ask = <Response>(send: () => Promise<unknown>, schema: z.ZodMiniType<Response>) => askTab(send, schema, loadHelper);
  const command = <Response>(send: () => Promise<unknown>, schema: z.ZodMiniType<Response>) => askTab(send, schema, null);
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
  schema: z.ZodMiniType<Response>,
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
