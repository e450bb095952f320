/**
 * The options page: the history of admin actions, then the settings. Wiring only; the pieces live
 * in components/audit and components/settings.
 */
import { createRoot } from 'react-dom/client';
import { AuditHistoryPage } from '@/components/audit/AuditHistoryPage';
import { downloadBlob } from '@/components/audit/download';
import { CallerChecklistSettings } from '@/components/settings/CallerChecklistSettings';
import { createAuditStore } from '@/lib/audit/audit-store';
import { t } from '@/lib/i18n';
import { createSettingsStore } from '@/lib/settings/settings-store';

document.title = `${t('audit.title')} · ${t('app.name')}`;

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <>
      <AuditHistoryPage history={createAuditStore()} download={downloadBlob} />
      <CallerChecklistSettings store={createSettingsStore()} />
    </>,
  );
}
