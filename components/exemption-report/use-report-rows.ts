/**
 * The stored exemption reports, and a report's rows joined with this browser's audit history and
 * opt-out reminders, kept current as any of them changes (in any context: the scan runs in the
 * Resolver tab, the history is written wherever an action is recorded).
 */
import { useMemo } from 'react';
import type { AuditEntry } from '@/lib/audit/audit-schema';
import type { AuditHistory } from '@/lib/audit/audit-store';
import type { Scan } from '@/lib/exemption-report/report-schema';
import { reportRows, type ReportRow } from '@/lib/exemption-report/report-rows';
import type { ReportSource } from '@/lib/exemption-report/report-store';
import type { OptOutReminder } from '@/lib/opt-out-reminders/reminder-schema';
import type { ReminderStore } from '@/lib/opt-out-reminders/reminder-store';
import { sharedReminderStores } from '../reminders/use-due-reminders';
import { sharedHistory } from '../use-last-action';
import { useLiveValue } from '../use-live-value';

type Watched<T> = { list(): Promise<T[]>; watch(onChange: (items: T[]) => void): () => void };

const NONE: never[] = [];

/** A stored list as it is now and after every change; null until first read, empty when unreadable. */
function useWatched<T>(source: Watched<T>): T[] | null {
  const live = useMemo(() => ({ read: () => source.list(), watch: (onChange: (items: T[]) => void) => source.watch(onChange) }), [source]);
  return useLiveValue(live, NONE as T[]);
}

/** Every stored report, newest first; null while loading. */
export function useStoredScans(reports: ReportSource): Scan[] | null {
  return useWatched(reports);
}

export interface RowSources {
  history: Watched<AuditEntry>;
  reminders: Watched<OptOutReminder>;
}

let shared: RowSources | null = null;
/** One pair per context (defining a store's item runs its migrations). */
function sharedRowSources(): RowSources {
  const reminders: Pick<ReminderStore, 'list' | 'watch'> = sharedReminderStores().reminders;
  const history: Pick<AuditHistory, 'list' | 'watch'> = sharedHistory();
  shared ??= { history, reminders };
  return shared;
}

export function useReportRows(scan: Scan | null, sources: RowSources = sharedRowSources()): ReportRow[] {
  const history = useWatched(sources.history);
  const reminders = useWatched(sources.reminders);
  return useMemo(() => (scan === null ? [] : reportRows(scan, history ?? [], reminders ?? [])), [scan, history, reminders]);
}
