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
