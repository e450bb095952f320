/** Puts the panel in a shadow root at the end of the page's body: page CSS cannot reach in, ours cannot leak out. */
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { createRoot, type Root } from 'react-dom/client';
import type { BulkBridge } from '@/lib/bulk/bulk-bridge';
import { createBulkRunSource } from '@/lib/bulk/bulk-store';
import type { ResolverBridge } from '@/lib/protocol';
import { dropUntrustedEvents } from './drop-untrusted-events';
import { Panel } from './Panel';

export async function mountPanel(ctx: ContentScriptContext, bridge: ResolverBridge, bulk: BulkBridge): Promise<void> {
  // The panel follows the stored run like the popup does, so both show the same progress.
  const runs = createBulkRunSource();
  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'resolver-mfa-helper',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    // Keystrokes typed in the panel must not reach the page's own keyboard handlers.
    isolateEvents: true,
    onMount(container, shadowRoot) {
      // Page scripts can reach this open shadow root and dispatch events into it; registered
      // before React's root, so synthetic clicks, keys and input never reach the panel's handlers.
      dropUntrustedEvents(shadowRoot);
      const root = createRoot(container);
      root.render(<Panel bridge={bridge} bulk={{ bridge: bulk, runs }} />);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
}
