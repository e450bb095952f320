/**
 * The options page: the history of admin actions, with filters, exports and "Clear history".
 * It reads extension storage only; it never talks to Resolver.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { csvFile, toJsonExport, exportFileName } from '@/lib/audit/audit-export';
import { filterEntries, NO_FILTER } from '@/lib/audit/audit-filter';
import { AUDIT_HISTORY_LIMIT, type AuditEntry } from '@/lib/audit/audit-schema';
import type { AuditHistory } from '@/lib/audit/audit-store';
import { t } from '@/lib/i18n';
import { formatNumber } from '@/lib/i18n/format';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { ClearHistory } from './ClearHistory';
import '../theme.css';
import './audit.css';

export interface AuditHistoryPageProps {
  history: AuditHistory;
  /** Saves an export (in the page: a Blob URL download). */
  download: (fileName: string, blob: Blob) => void;
  now?: () => Date;
}

type Loaded = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; entries: AuditEntry[] };

export function AuditHistoryPage({ history, download, now = () => new Date() }: AuditHistoryPageProps) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [filter, setFilter] = useState(NO_FILTER);
  const [cleared, setCleared] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  const exportHint = useId();

  useEffect(() => {
    let live = true;
    // A change seen by the watcher is newer than the first read, which may still be on its way.
    let changed = false;
    const stop = history.watch((entries) => {
      changed = true;
      if (live) setLoaded({ state: 'ready', entries });
    });
    history.list().then(
      (entries) => live && !changed && setLoaded({ state: 'ready', entries }),
      () => live && !changed && setLoaded({ state: 'failed' }),
    );
    return () => {
      live = false;
      stop();
    };
  }, [history]);

  const entries = loaded.state === 'ready' ? loaded.entries : [];
  const shown = useMemo(() => filterEntries(entries, filter), [entries, filter]);

  async function clear() {
    await history.clear();
    setLoaded({ state: 'ready', entries: [] });
    setCleared(true);
    status.current?.focus();
  }

  function exportCsv() {
    const file = csvFile(shown, now());
    download(file.name, file.blob);
  }

  function exportJson() {
    download(exportFileName('json', now()), new Blob([toJsonExport(shown, now())], { type: 'application/json' }));
  }

  return (
    <main className="mfa-helper mfa-history">
      <h1 className="mfa-title">{t('audit.title')}</h1>
      <p className="mfa-intro">{t('audit.intro')}</p>
      {loaded.state === 'loading' && <p role="status">{t('audit.loading')}</p>}
      {loaded.state === 'failed' && (
        <p role="alert" className="mfa-error">
          {t('audit.loadFailed')}
        </p>
      )}
      {loaded.state === 'ready' && (
        <>
          <AuditFilters filter={filter} onChange={setFilter} />
          <p ref={status} role="status" tabIndex={-1} className="mfa-history__count">
            {cleared && entries.length === 0 ? `${t('audit.cleared')} ` : ''}
            {t('audit.count', { shown: formatNumber(shown.length), total: formatNumber(entries.length), limit: formatNumber(AUDIT_HISTORY_LIMIT) })}
          </p>
          <div className="mfa-history__tools">
            <button type="button" className="mfa-button" disabled={shown.length === 0} onClick={exportCsv} aria-describedby={exportHint}>
              {t('audit.export.csv')}
            </button>
            <button type="button" className="mfa-button" disabled={shown.length === 0} onClick={exportJson} aria-describedby={exportHint}>
              {t('audit.export.json')}
            </button>
            <span id={exportHint} className="mfa-hint">
              {t('audit.export.hint')}
            </span>
            <ClearHistory total={entries.length} onClear={clear} />
          </div>
          {entries.length === 0 && <p>{t('audit.empty')}</p>}
          {entries.length > 0 && shown.length === 0 && <p>{t('audit.noMatch')}</p>}
          {shown.length > 0 && <AuditTable key={JSON.stringify(filter)} entries={shown} />}
        </>
      )}
    </main>
  );
}
