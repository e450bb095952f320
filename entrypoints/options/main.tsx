/**
 * The options page: the history of admin actions, the exemption reports, then the settings, in the
 * admin's chosen language. Wiring only; the pieces live in components/audit and components/settings.
 */
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { AuditHistoryPage } from '@/components/audit/AuditHistoryPage';
import { ChosenLanguage, markDocumentLanguage } from '@/components/ChosenLanguage';
import { downloadBlob } from '@/components/audit/download';
import { EnvironmentsSection, type ResolverTab } from '@/components/environment/EnvironmentsSection';
import { ReportsSection } from '@/components/exemption-report/ReportsSection';
import { CallerChecklistSettings } from '@/components/settings/CallerChecklistSettings';
import { LanguageSettings } from '@/components/settings/LanguageSettings';
import { PolicySection } from '@/components/settings/PolicySection';
import { StorageSection } from '@/components/storage/StorageSection';
import { csvFile } from '@/lib/audit/audit-export';
import { t, type Language } from '@/lib/i18n';
import { createPopupBridge } from '@/lib/messaging';
import { isResolverPageUrl, RESOLVER_MATCH_PATTERN } from '@/lib/resolver/knowledge';
import { sharedStores } from '@/lib/store-owner/owned-stores';
import { storageDropsSource } from '@/lib/store-owner/storage-drops';
import { readStorageUsage } from '@/lib/store-owner/storage-usage';

/** The page's language and title follow the language shown. */
function showPageIn(language: Language) {
  markDocumentLanguage(language);
  document.title = `${t('audit.title')} · ${t('app.name')}`;
}

/** The open Resolver tabs (the host permission reveals their URLs; no `tabs` permission needed). */
async function listResolverTabs(): Promise<ResolverTab[]> {
  const tabs = await browser.tabs.query({ url: RESOLVER_MATCH_PATTERN });
  return tabs.flatMap((tab) =>
    tab.id !== undefined && tab.url !== undefined && isResolverPageUrl(tab.url) ? [{ id: tab.id, url: tab.url, title: tab.title ?? '' }] : [],
  );
}

// Read here, written by the background (lib/store-owner/).
const stores = sharedStores();
const history = stores.audit;
const drops = storageDropsSource();
const exportWholeHistory = async () => {
  const file = csvFile(await history.list(), new Date());
  downloadBlob(file.name, file.blob);
};

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <ChosenLanguage settings={stores.settings} onShown={showPageIn}>
      <AuditHistoryPage history={history} download={downloadBlob} />
      <ReportsSection
        reports={stores.reports}
        listTabs={listResolverTabs}
        bridgeFor={createPopupBridge}
        sources={{ history, reminders: stores.reminders }}
      />
      {/* What the organisation sets wins over the settings below: said before them. */}
      <PolicySection />
      <LanguageSettings store={stores.settings} />
      <CallerChecklistSettings store={stores.settings} />
      <StorageSection readUsage={readStorageUsage} drops={drops} exportHistory={exportWholeHistory} />
      <EnvironmentsSection
        listTabs={listResolverTabs}
        bridgeFor={createPopupBridge}
        remembered={stores.descriptions}
      />
    </ChosenLanguage>,
  );
}
