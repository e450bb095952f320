/** The options page: the history of admin actions. Wiring only; the page lives in components/audit. */
import { createRoot } from 'react-dom/client';
import { AuditHistoryPage } from '@/components/audit/AuditHistoryPage';
import { downloadBlob } from '@/components/audit/download';
import { createAuditStore } from '@/lib/audit/audit-store';
import { t } from '@/lib/i18n';

document.title = `${t('audit.title')} · ${t('app.name')}`;

const root = document.getElementById('root');
if (root) createRoot(root).render(<AuditHistoryPage history={createAuditStore()} download={downloadBlob} />);
