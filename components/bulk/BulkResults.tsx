/**
 * Every line of a run and what happened to it, a page at a time (a run holds up to 5,000 rows,
 * too many to draw at once in a popup). "Failed rows only" narrows it to the rows to look into.
 */
import { useId, useState } from 'react';
import type { BulkRun } from '@/lib/bulk/bulk-schema';
import { t } from '@/lib/i18n';
import { rowResultText, rowUser } from './bulk-words';

const RESULT_ROWS_PER_PAGE = 50;

export function BulkResults({ run }: { run: BulkRun }) {
  const id = useId();
  const [failedOnly, setFailedOnly] = useState(false);
  const [visible, setVisible] = useState(RESULT_ROWS_PER_PAGE);
  const rows = failedOnly ? run.rows.filter((row) => row.state === 'failed') : run.rows;
  const shown = rows.slice(0, visible);
  const more = Math.min(RESULT_ROWS_PER_PAGE, rows.length - shown.length);

  return (
    <section className="mfa-bulk-results" aria-labelledby={`${id}-caption`}>
      <label className="mfa-check">
        <input
          type="checkbox"
          checked={failedOnly}
          onChange={(event) => {
            setFailedOnly(event.target.checked);
            setVisible(RESULT_ROWS_PER_PAGE);
          }}
        />
        {t('bulkUi.results.failedOnly')}
      </label>
      <div className="mfa-bulk-scroll">
        <table className="mfa-bulk-table">
          <caption id={`${id}-caption`}>{t('bulkUi.results.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('bulkUi.results.line')}</th>
              <th scope="col">{t('bulkUi.results.input')}</th>
              <th scope="col">{t('bulkUi.results.user')}</th>
              <th scope="col">{t('bulkUi.results.result')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.line} className={`mfa-bulk-row mfa-bulk-row--${row.state}`}>
                <td>{row.line}</td>
                <td>{row.input}</td>
                <td>{rowUser(row)}</td>
                <td>{rowResultText(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {failedOnly && rows.length === 0 && <p className="mfa-hint">{t('bulkUi.results.noFailed')}</p>}
      {more > 0 && (
        <button type="button" className="mfa-button" onClick={() => setVisible(visible + RESULT_ROWS_PER_PAGE)}>
          {t('bulkUi.results.showMore', { count: more })}
        </button>
      )}
    </section>
  );
}
