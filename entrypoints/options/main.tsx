/**
 * The options page: the history of admin actions, the exemption reports, then the settings. Wiring only; the pieces live
 * in components/audit and components/settings.
 */
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { AuditHistoryPage } from '@/components/audit/AuditHistoryPage';
import { downloadBlob } from '@/components/audit/download';
import { EnvironmentsSection, type ResolverTab } from '@/components/environment/EnvironmentsSection';
import { ReportsSection } from '@/components/exemption-report/ReportsSection';
import { CallerChecklistSettings } from '@/components/settings/CallerChecklistSettings';
import { createAuditStore } from '@/lib/audit/audit-store';
import { createReportStore } from '@/lib/exemption-report/report-store';
import { createReminderStore } from '@/lib/opt-out-reminders/reminder-store';
import { t } from '@/lib/i18n';
import { createPopupBridge } from '@/lib/messaging';
import { createRememberedDescriptionStore } from '@/lib/page/description/remembered-descriptions';
import { isResolverPageUrl, RESOLVER_MATCH_PATTERN } from '@/lib/resolver/knowledge';
import { createSettingsStore } from '@/lib/settings/settings-store';

document.title = `${t('audit.title')} · ${t('app.name')}`;

/** The open Resolver tabs (the host permission reveals their URLs; no `tabs` permission needed). */
async function listResolverTabs(): Promise<ResolverTab[]> {
  const tabs = await browser.tabs.query({ url: RESOLVER_MATCH_PATTERN });
  return tabs.flatMap((tab) =>
    tab.id !== undefined && tab.url !== undefined && isResolverPageUrl(tab.url) ? [{ id: tab.id, url: tab.url, title: tab.title ?? '' }] : [],
  );
}

// One history store for the page: defining its item runs the migrations, which should happen once.
const history = createAuditStore();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <>
      <AuditHistoryPage history={history} download={downloadBlob} />
      <ReportsSection
        reports={createReportStore()}
        listTabs={listResolverTabs}
        bridgeFor={createPopupBridge}
        sources={{ history, reminders: createReminderStore() }}
      />
      <CallerChecklistSettings store={createSettingsStore()} />
      <EnvironmentsSection
        listTabs={listResolverTabs}
        bridgeFor={createPopupBridge}
        remembered={createRememberedDescriptionStore()}
      />
    </>,
  );
}
