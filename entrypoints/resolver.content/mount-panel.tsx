/** Puts the panel on the Swagger page, in its own guarded shadow root (mount-guarded-ui.tsx). */
import type { ContentScriptContext } from '#imports';
import type { BulkBridge } from '@/lib/bulk/bulk-bridge';
import { createBulkRunSource } from '@/lib/bulk/bulk-store';
import type { ResolverBridge } from '@/lib/protocol';
import { mountGuardedUi } from './mount-guarded-ui';
import { Panel } from './Panel';

export async function mountPanel(ctx: ContentScriptContext, bridge: ResolverBridge, bulk: BulkBridge): Promise<void> {
  // The panel follows the stored run like the popup does, so both show the same progress.
  const runs = createBulkRunSource();
  await mountGuardedUi(ctx, 'resolver-mfa-helper', <Panel bridge={bridge} bulk={{ bridge: bulk, runs }} />);
}
