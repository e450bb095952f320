/**
 * A bulk run in plain words, shared by the summary, the confirmation, the progress and the
 * results so each names the operation, the place and the rows the same way.
 */
import type { BulkOperation, BulkRow, BulkRun } from '@/lib/bulk/bulk-schema';
import { t } from '@/lib/i18n';
import { formatNumber } from '@/lib/i18n/format';
import { describeOrg, describeUser, environmentWord } from '../describe';
import { failureText } from '@/lib/failure-text';

export type OperationChoice = 'reset' | 'optOut' | 'optIn';

export function operationChoice(operation: BulkOperation): OperationChoice {
  if (operation.action === 'resetUserMfa') return 'reset';
  return operation.optOut ? 'optOut' : 'optIn';
}

export function operationFor(choice: OperationChoice): BulkOperation {
  if (choice === 'reset') return { action: 'resetUserMfa' };
  return { action: 'setMfaOptOut', optOut: choice === 'optOut' };
}

export function operationLabel(operation: BulkOperation): string {
  return t(`bulkUi.operation.${operationChoice(operation)}`);
}

/** "1 user", "198 users". */
export function usersWord(count: number): string {
  return count === 1 ? t('bulkUi.users.one') : t('bulkUi.users.other', { count: formatNumber(count) });
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}

/** The placeholders naming where a run acts: its org, environment and Resolver host. */
export function placeOf(run: BulkRun): { org: string; environment: string; host: string } {
  return { org: describeOrg(run.org), environment: environmentWord(run.environment), host: hostOf(run.origin) };
}

/** Why the dry run flagged a row, after "Line n “input”: ". */
export function flagText(row: BulkRow): string {
  const { resolution } = row;
  switch (resolution.kind) {
    case 'ready':
      return t('bulkUi.kind.ready');
    case 'invalid':
      return t('bulkUi.flag.invalid', { detail: resolution.detail });
    case 'unknown':
      return t('bulkUi.flag.unknown');
    case 'ambiguous':
      return t('bulkUi.flag.ambiguous', {
        count: resolution.candidates.length,
        names: resolution.candidates.map((user) => user.name).join(', '),
      });
    case 'duplicate':
      return t('bulkUi.flag.duplicate', { firstLine: resolution.firstLine, user: describeUser(resolution.user) });
    case 'self':
      return t('bulkUi.flag.self', { user: describeUser(resolution.user) });
    case 'sso':
      return t('bulkUi.flag.sso', { user: describeUser(resolution.user) });
    case 'lookup-failed':
      return t('bulkUi.flag.lookup-failed', {
        reason: resolution.outcome.ok ? '' : failureText(resolution.outcome).summary,
      });
  }
}

/** What happened to a row, for the results table. */
export function rowResultText(row: BulkRow): string {
  switch (row.state) {
    case 'pending':
      return t('bulkUi.state.pending');
    case 'done':
      return row.outcome?.ok ? t('bulkUi.state.doneStatus', { status: row.outcome.status }) : t('bulkUi.state.done');
    case 'failed': {
      const reason = row.outcome && !row.outcome.ok ? failureText(row.outcome) : null;
      return t('bulkUi.state.failed', { reason: reason ? [reason.summary, reason.detail].filter(Boolean).join(' ') : '' });
    }
    case 'skipped':
      return t('bulkUi.state.skipped', { kind: t(`bulkUi.kind.${row.resolution.kind}`) });
    case 'cancelled':
      return t('bulkUi.state.cancelled');
  }
}

/** The user a row resolved to, when the lookup found exactly one. */
export function rowUser(row: BulkRow): string {
  return 'user' in row.resolution ? describeUser(row.resolution.user) : '';
}

/** "under a minute", "about 4 min", "about 1 h 5 min". */
export function durationWords(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (ms < 60_000) return t('bulkUi.time.underMinute');
  if (minutes < 60) return t('bulkUi.time.minutes', { minutes });
  return t('bulkUi.time.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}
