/** Puts the panel on the Swagger page, in its own guarded shadow root (mount-guarded-ui.tsx). */
import type { ContentScriptContext } from '#imports';
import type { BulkBridge } from '@/lib/bulk/bulk-bridge';
import type { ReportBridge } from '@/lib/exemption-report/report-bridge';
import type { EnvironmentCheckBridge } from '@/lib/environment-check/report-schema';
import type { ResolverBridge } from '@/lib/protocol';
import { waitForSwagger } from '@/lib/page/swagger-page';
import { sharedStores } from '@/lib/store-owner/owned-stores';
import { mountGuardedUi } from './mount-guarded-ui';
import { Panel } from './Panel';

/** Shows the panel once the page turns out to be Resolver's Swagger page; on other pages, nothing. */
export async function showPanelOnSwagger(
  ctx: ContentScriptContext,
  bridge: ResolverBridge & EnvironmentCheckBridge,
  bulk: BulkBridge,
  report: ReportBridge,
): Promise<void> {
  const swagger = await waitForSwagger(document, { signal: ctx.signal });
  if (swagger === null || !ctx.isValid) return;
  // The panel follows the stored run like the popup does, so both show the same progress.
  const { bulk: runs, reports } = sharedStores();
  await mountGuardedUi(ctx, 'resolver-mfa-helper', <Panel bridge={bridge} bulk={{ bridge: bulk, runs }} report={{ bridge: report, reports }} />);
}
