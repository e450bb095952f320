/**
 * The entries as a table, newest first. Long histories are shown a page at a time: rendering
 * 10,000 rows at once would make the page slow to open and to filter.
 */
import { useState } from 'react';
import type { AuditEntry } from '@/lib/audit/audit-schema';
import { t } from '@/lib/i18n';
import { formatTimestamp } from '@/lib/i18n/format';
import { EnvironmentBadge } from '../EnvironmentBadge';
import { actionLabel, adminLabel, orgLabel, outcomeLabel, sourceLabel, targetLabel } from './audit-labels';

export const ROWS_PER_PAGE = 200;

export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const [visible, setVisible] = useState(ROWS_PER_PAGE);
  const rows = entries.slice(0, visible);
  const more = Math.min(ROWS_PER_PAGE, entries.length - rows.length);

  return (
    <>
      <div className="mfa-history__scroll">
        <table className="mfa-history__table">
          <caption>{t('audit.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.column.time')}</th>
              <th scope="col">{t('audit.column.admin')}</th>
              <th scope="col">{t('audit.column.environment')}</th>
              <th scope="col">{t('audit.column.org')}</th>
              <th scope="col">{t('audit.column.action')}</th>
              <th scope="col">{t('audit.column.target')}</th>
              <th scope="col">{t('audit.column.reason')}</th>
              <th scope="col">{t('audit.column.source')}</th>
              <th scope="col">{t('audit.column.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((entry) => (
              <tr key={entry.id}>
                <td>
                  <time dateTime={entry.time}>{formatTimestamp(entry.time)}</time>
                </td>
                <td>{adminLabel(entry)}</td>
                <td>
                  <EnvironmentBadge environment={entry.environment} />
                  <span className="mfa-history__origin">{entry.origin}</span>
                </td>
                <td>{orgLabel(entry)}</td>
                <td>{actionLabel(entry)}</td>
                <td>{targetLabel(entry)}</td>
                <td>{entry.reason ?? ''}</td>
                <td>{sourceLabel(entry)}</td>
                <td className={entry.outcome.ok ? 'mfa-history__ok' : 'mfa-history__failed'}>
                  {outcomeLabel(entry)}
                  {!entry.outcome.ok && entry.outcome.detail && (
                    <span className="mfa-outcome__detail">{entry.outcome.detail}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more > 0 && (
        <button type="button" className="mfa-button" onClick={() => setVisible(visible + ROWS_PER_PAGE)}>
          {t('audit.showMore', { count: more })}
        </button>
      )}
    </>
  );
}
