/**
 * The dry run while the tab looks every line up. Nothing is sent; the tab stores the rows looked
 * up so far, so a reopened popup shows how far the lookup got. A lookup cut short by a closed tab
 * is removed by the next page of the origin (see lib/bulk/bulk-service.ts).
 */
import { useId } from 'react';
import type { BulkRun } from '@/lib/bulk/bulk-schema';
import { t } from '@/lib/i18n';
import { formatNumber } from '@/lib/i18n/format';
import { FocusHeading } from './FocusHeading';

export function BulkResolving({ run, focus }: { run: BulkRun; focus: boolean }) {
  const id = useId();
  const total = run.inputCount ?? run.rows.length;
  const valueText = t('bulkUi.resolving.count', { done: formatNumber(run.rows.length), total: formatNumber(total) });
  return (
    <section className="mfa-bulk-progress" aria-label={t('bulkUi.resolving')}>
      <FocusHeading focus={focus}>{t('bulkUi.resolving')}</FocusHeading>
      <label htmlFor={`${id}-bar`} className="mfa-bulk-bar-label">
        {t('bulkUi.resolving.label')}
      </label>
      <progress id={`${id}-bar`} className="mfa-bulk-bar" max={Math.max(total, 1)} value={run.rows.length} aria-valuetext={valueText} />
      <p className="mfa-hint">{valueText}</p>
    </section>
  );
}
