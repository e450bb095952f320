/**
 * Puts the panel on the Swagger page. The UI module (./ui.tsx, React) is loaded only once the page
 * turns out to be Resolver's Swagger page: other Resolver pages never parse it.
 */
import type { ContentScriptContext } from '#imports';
import type { BulkBridge } from '@/lib/bulk/bulk-bridge';
import type { ReportBridge } from '@/lib/exemption-report/report-bridge';
import type { EnvironmentCheckBridge } from '@/lib/environment-check/report-schema';
import { importHelperModule } from '@/lib/helper-modules';
import type { ResolverBridge } from '@/lib/protocol';
import { waitForSwagger } from '@/lib/page/swagger-page';
import type { HelperUi } from './ui';

/** Shows the panel once the page turns out to be Resolver's Swagger page; on other pages, nothing. */
export async function showPanelOnSwagger(
  ctx: ContentScriptContext,
  bridge: ResolverBridge & EnvironmentCheckBridge,
  bulk: BulkBridge,
  report: ReportBridge,
): Promise<void> {
  const swagger = await waitForSwagger(document, { signal: ctx.signal });
  if (swagger === null || !ctx.isValid) return;
  const ui = await importHelperModule<HelperUi>('ui');
  if (!ctx.isValid) return;
  await ui.mountPanel(ctx, { bridge, bulk, report });
}
