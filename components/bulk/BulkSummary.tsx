/**
 * The dry run: what the lookup found for every line, before anything is sent. Counts per kind,
 * then each flagged line with why it will not be sent.
 */
import type { BulkRow, BulkRun, RowResolution } from '@/lib/bulk/bulk-schema';
import { t } from '@/lib/i18n';
import { formatNumber } from '@/lib/i18n/format';
import { flagText } from './bulk-words';
import { FocusHeading } from './FocusHeading';

/** Enough to spot a pattern (a wrong column, a typo'd domain); the export holds every line. */
export const FLAGGED_SHOWN = 50;

const KINDS: readonly RowResolution['kind'][] = [
  'ready',
  'invalid',
  'unknown',
  'ambiguous',
  'duplicate',
  'self',
  'sso',
  'lookup-failed',
];

export function readyRows(run: BulkRun): BulkRow[] {
  return run.rows.filter((row) => row.resolution.kind === 'ready');
}

export function BulkSummary({ run, focus }: { run: BulkRun; focus: boolean }) {
  const ready = readyRows(run).length;
  const flagged = run.rows.filter((row) => row.resolution.kind !== 'ready');
  const counts = KINDS.map((kind) => [kind, run.rows.filter((row) => row.resolution.kind === kind).length] as const).filter(
    ([kind, count]) => kind === 'ready' || count > 0,
  );

  return (
    <section className="mfa-bulk-summary" aria-label={t('bulkUi.summary.title')}>
      <FocusHeading focus={focus}>{t('bulkUi.summary.title')}</FocusHeading>
      <p className={ready > 0 ? 'mfa-bulk-ready' : 'mfa-warning mfa-warning--strong'}>
        {ready > 0
          ? t('bulkUi.summary.ready', { ready: formatNumber(ready), total: formatNumber(run.rows.length) })
          : t('bulkUi.summary.none')}
      </p>
      <h3 className="mfa-bulk-subheading">{t('bulkUi.summary.counts')}</h3>
      <dl className="mfa-facts mfa-bulk-counts">
        {counts.map(([kind, count]) => (
          <div key={kind} className="mfa-bulk-count">
            <dt>{t(`bulkUi.kind.${kind}`)}</dt>
            <dd>{formatNumber(count)}</dd>
          </div>
        ))}
      </dl>
      {flagged.length > 0 && (
        <>
          <h3 className="mfa-bulk-subheading">{t('bulkUi.summary.flagged')}</h3>
          <ul className="mfa-bulk-flagged">
            {flagged.slice(0, FLAGGED_SHOWN).map((row) => (
              <li key={row.line}>{t('bulkUi.summary.flag', { line: row.line, input: row.input, why: flagText(row) })}</li>
            ))}
          </ul>
          {flagged.length > FLAGGED_SHOWN && (
            <p className="mfa-hint">{t('bulkUi.summary.more', { count: formatNumber(flagged.length - FLAGGED_SHOWN) })}</p>
          )}
        </>
      )}
    </section>
  );
}
