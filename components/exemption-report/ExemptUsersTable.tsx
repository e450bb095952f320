/**
 * The exempt users as a table, one row each, with what this browser's history knows of their
 * opt-out. Where the report can act (a Resolver tab of its environment answers), each row has an
 * "Opt back in" button that goes through the same confirmation as the Opt-out form; once Resolver
 * accepted it, the report reads that user's membership again (`onOptedIn`).
 */
import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import type { ReportRow } from '@/lib/exemption-report/report-rows';
import type { Scan } from '@/lib/exemption-report/report-schema';
import { t } from '@/lib/i18n';
import type { ResolverBridge, Result, TabStatus } from '@/lib/protocol';
import { ConfirmAction } from '../ConfirmAction';
import { CurrentMfaState } from '../CurrentMfaState';
import { describeOrg, describeTarget } from '../describe';
import { OutcomeMessage } from '../OutcomeMessage';
import { useActionFlow } from '../use-action-flow';
import { flagWords, timeWords } from './report-words';

export interface RowActions {
  bridge: ResolverBridge;
  refreshStatus: () => Promise<Result<TabStatus>>;
  requireTrustedClicks: boolean;
  /** Resolver accepted opting this user back in. */
  onOptedIn: (userId: number) => void;
}

function HistoryCells({ row }: { row: ReportRow }) {
  if (row.history === null) {
    return (
      <>
        <td colSpan={3} className="mfa-hint">
          {t('exemption.history.unknown')}
        </td>
      </>
    );
  }
  return (
    <>
      <td>{row.history.by ? row.history.by.email || row.history.by.name : t('audit.admin.unknown')}</td>
      <td>{timeWords(row.history.at)}</td>
      <td>{row.history.reason ?? ''}</td>
    </>
  );
}

interface TableProps {
  scan: Scan;
  rows: readonly ReportRow[];
}

export function ExemptUsersTable({ actions, ...props }: TableProps & { actions: RowActions | null }) {
  if (props.rows.length === 0) return <p>{t('exemption.none')}</p>;
  return actions ? <ActionableTable {...props} actions={actions} /> : <Table {...props} />;
}

function Table({ scan, rows, action }: TableProps & { action?: (row: ReportRow) => ReactNode }) {
  return (
    <div className="mfa-report-table-wrap">
      <table className="mfa-bulk-table">
        <caption>{t('exemption.table.caption', { org: describeOrg(scan.org) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('exemption.col.name')}</th>
            <th scope="col">{t('exemption.col.email')}</th>
            <th scope="col">{t('exemption.col.id')}</th>
            <th scope="col">{t('exemption.col.active')}</th>
            <th scope="col">{t('exemption.col.admin')}</th>
            <th scope="col">{t('exemption.col.sso')}</th>
            <th scope="col">{t('exemption.col.by')}</th>
            <th scope="col">{t('exemption.col.when')}</th>
            <th scope="col">{t('exemption.col.reason')}</th>
            <th scope="col">{t('exemption.col.reminder')}</th>
            {action && <th scope="col">{t('exemption.col.action')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name || row.email}</th>
              <td>{row.email}</td>
              <td>{row.id}</td>
              <td>{flagWords(row.active)}</td>
              <td>{flagWords(row.admin)}</td>
              <td>{flagWords(row.sso)}</td>
              <HistoryCells row={row} />
              <td>{row.reminderDue ? timeWords(row.reminderDue) : ''}</td>
              {action && <td>{action(row)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One flow for the whole table, so one confirmation at a time; every row's button is disabled meanwhile. */
function ActionableTable({ actions, ...props }: TableProps & { actions: RowActions }) {
  const flow = useActionFlow({ bridge: actions.bridge, refreshStatus: actions.refreshStatus, action: 'setMfaOptOut', readsMembership: true });
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const { onOptedIn } = actions;
  const outcome = flow.outcome;
  useEffect(() => {
    if (outcome?.ok) onOptedIn(outcome.action.input.userId as number);
  }, [outcome, onOptedIn]);

  const optBackIn = (row: ReportRow, event: MouseEvent<HTMLButtonElement>) => {
    if (actions.requireTrustedClicks && !event.nativeEvent.isTrusted) return;
    returnFocusTo.current = event.currentTarget;
    void flow.review({ userId: row.id, optOut: false }, { id: row.id, name: row.name, email: row.email });
  };

  return (
    <>
      <Table
        {...props}
        action={(row) => (
          <button type="button" className="mfa-button" disabled={flow.phase !== 'editing'} onClick={(event) => optBackIn(row, event)}>
            {t('exemption.optBackIn', { name: row.name || row.email || String(row.id) })}
          </button>
        )}
      />
      {flow.pending && (
        <ConfirmAction
          title={t('ui.optOut.confirmTitle.in')}
          summary={t('ui.optOut.confirmSummary.in', describeTarget(flow.pending))}
          notes={flow.pending.membership && <CurrentMfaState membership={flow.pending.membership} />}
          confirmLabel={t('ui.optOut.confirm.in')}
          pending={flow.pending}
          sending={flow.phase === 'sending'}
          requireTrustedClicks={actions.requireTrustedClicks}
          onConfirm={() => void flow.confirm()}
          onCancel={flow.cancel}
          returnFocusTo={returnFocusTo}
        />
      )}
      <OutcomeMessage outcome={flow.outcome} describeSuccess={(done) => t('ui.optOut.success.in', describeTarget(done))} />
    </>
  );
}
