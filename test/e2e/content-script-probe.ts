/**
 * Lists the extension's script worlds inside a page: Chromium gives every content script of an
 * extension an isolated JavaScript world whose origin is `chrome-extension://<id>`. An empty list
 * means the extension has no code at all in that page, which no DOM check can prove.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface ScriptWorld {
  frameId: string;
  /** Chromium names the world after the extension. */
  name: string;
}

export async function extensionWorlds(context: BrowserContext, page: Page, extensionId: string): Promise<ScriptWorld[]> {
  const session = await context.newCDPSession(page);
  const worlds: ScriptWorld[] = [];
  session.on('Runtime.executionContextCreated', ({ context: world }) => {
    const frameId: unknown = world.auxData?.frameId;
    if (world.origin === `chrome-extension://${extensionId}` && typeof frameId === 'string') {
      worlds.push({ frameId, name: world.name });
    }
  });
  // Enabling the Runtime domain reports every existing execution context before it returns.
  await session.send('Runtime.enable');
  await session.detach();
  return worlds;
}

/**
 * Runs `fn(arg)` in the extension's content-script world of `page`'s top frame, as the extension's
 * own content script would (with its extension APIs), and answers its result. For specs proving
 * what the background refuses even to our own content script.
 */
export async function evaluateInExtensionWorld<A, R>(
  context: BrowserContext,
  page: Page,
  extensionId: string,
  fn: (arg: A) => R | Promise<R>,
  arg: A,
): Promise<R> {
  const session = await context.newCDPSession(page);
  try {
    const ids: number[] = [];
    session.on('Runtime.executionContextCreated', ({ context: world }) => {
      if (world.origin === `chrome-extension://${extensionId}`) ids.push(world.id);
    });
    await session.send('Runtime.enable');
    // Our content scripts run in top frames only: the one world is the top frame's.
    if (ids.length === 0) throw new Error('The extension has no script world in this page.');
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
      expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
      contextId: ids[0],
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`The script world threw: ${exceptionDetails.text}`);
    return result.value as R;
  } finally {
    await session.detach();
  }
}
