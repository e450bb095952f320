/**
 * A started run as it goes: a real progress bar, the counts, the rate and the time left, and why
 * the run is paused or waiting, in words. Redrawn from the stored run, so it is the same in the
 * popup and the panel, and after reopening either.
 */
import { useId } from 'react';
import { bulkProgress } from '@/lib/bulk/bulk-progress';
import type { BulkRun, StartedPhase } from '@/lib/bulk/bulk-schema';
import { t } from '@/lib/i18n';
import { formatDecimal, formatNumber } from '@/lib/i18n/format';
import { describeOrg } from '../describe';
import { durationWords, operationLabel, placeOf } from './bulk-words';
import { FocusHeading } from './FocusHeading';


/** Sent or sending: the run has left the dry run (looking users up, then the review). */
export function isStarted(phase: BulkRun['phase']): phase is StartedPhase {
  return phase !== 'resolving' && phase !== 'review';
}

function rateWords(ratePerMinute: number | null): string {
  if (ratePerMinute === null) return t('bulkUi.progress.unknown');
  const rate = ratePerMinute < 10 ? formatDecimal(ratePerMinute, 1) : formatNumber(Math.round(ratePerMinute));
  return t('bulkUi.progress.ratePerMinute', { rate });
}

function PauseReason({ run }: { run: BulkRun }) {
  if (run.phase !== 'paused' || !run.pause) return null;
  const text = t(`bulkUi.pause.${run.pause}`, { admin: run.admin.name, org: describeOrg(run.org) });
  return <p className={run.pause === 'admin' ? 'mfa-bulk-note' : 'mfa-warning mfa-warning--strong'}>{text}</p>;
}

export function BulkProgress({ run, now, focus }: { run: BulkRun; now: Date; focus: boolean }) {
  const id = useId();
  const { counts, ratePerMinute, timeLeftMs, waitingForTab } = bulkProgress(run, now);
  const title = isStarted(run.phase) ? t(`bulkUi.progress.title.${run.phase}`) : '';
  const stats: readonly (readonly [string, string])[] = [
    [t('bulkUi.progress.done'), formatNumber(counts.done)],
    [t('bulkUi.progress.failed'), formatNumber(counts.failed)],
    [t('bulkUi.progress.skipped'), formatNumber(counts.skipped)],
    [t('bulkUi.progress.remaining'), formatNumber(counts.remaining)],
    [t('bulkUi.progress.rate'), rateWords(ratePerMinute)],
    ...(run.phase === 'running'
      ? [[t('bulkUi.progress.timeLeft'), timeLeftMs === null ? t('bulkUi.progress.unknown') : durationWords(timeLeftMs)] as const]
      : []),
  ];
  const valueText = t('bulkUi.progress.valueText', {
    finished: formatNumber(counts.finished),
    total: formatNumber(counts.toSend),
    failed: formatNumber(counts.failed),
  });

  return (
    <section className="mfa-bulk-progress" aria-label={title}>
      <FocusHeading focus={focus}>{title}</FocusHeading>
      <p>{t('bulkUi.progress.where', { operation: operationLabel(run.operation), ...placeOf(run) })}</p>
      <label htmlFor={`${id}-bar`} className="mfa-bulk-bar-label">
        {t('bulkUi.progress.label')}
      </label>
      <progress
        id={`${id}-bar`}
        className="mfa-bulk-bar"
        max={Math.max(counts.toSend, 1)}
        value={counts.finished}
        aria-valuetext={valueText}
      />
      <p className="mfa-hint">{valueText}</p>
      <dl className="mfa-facts mfa-bulk-stats">
        {stats.map(([name, value]) => (
          <div key={name} className="mfa-bulk-count">
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {/* Announced when the run pauses, waits or ends, not on every row. */}
      <div role="status" aria-live="polite">
        <PauseReason run={run} />
        {waitingForTab && <p className="mfa-warning">{t('bulkUi.progress.waiting', { origin: run.origin })}</p>}
        {counts.cancelled > 0 && <p className="mfa-bulk-note">{t('bulkUi.progress.cancelledNote', { count: formatNumber(counts.cancelled) })}</p>}
      </div>
    </section>
  );
}
