/**
 * The helper's views on a Resolver page, built as the module /resolver-ui.js
 * (lib/helper-modules.ts): the panel on the Swagger page and the reminder notice. The service
 * module (./helper.ts) loads it only when one of them shows, so React reaches no other page. Each
 * view mounts in a guarded shadow root of its own (./mount-guarded-ui.tsx).
 */
import type { ContentScriptContext } from '#imports';
import { sharedStores } from '@/lib/store-owner/owned-stores';
import { mountGuardedUi } from './mount-guarded-ui';
import { Panel, type PanelProps } from './Panel';
import { ReminderNotice, type ReminderNoticeProps } from './ReminderNotice';

/** The panel, following the stored run and report like the popup does, so both show the same progress. */
async function mountPanel(ctx: ContentScriptContext, { bridge, bulk, report }: PanelBridges): Promise<void> {
  const { bulk: runs, reports } = sharedStores();
  await mountGuardedUi(ctx, 'resolver-mfa-helper', <Panel bridge={bridge} bulk={{ bridge: bulk, runs }} report={{ bridge: report, reports }} />);
}

async function mountReminderNotice(ctx: ContentScriptContext, props: ReminderNoticeProps): Promise<void> {
  await mountGuardedUi(ctx, 'resolver-mfa-reminders', <ReminderNotice {...props} />);
}

interface PanelBridges {
  bridge: PanelProps['bridge'];
  bulk: NonNullable<PanelProps['bulk']>['bridge'];
  report: NonNullable<PanelProps['report']>['bridge'];
}

export interface HelperUi {
  mountPanel: typeof mountPanel;
  mountReminderNotice: typeof mountReminderNotice;
}

export { mountPanel, mountReminderNotice };
