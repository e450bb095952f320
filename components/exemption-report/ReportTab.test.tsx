import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '@/lib/audit/audit-schema';
import type { ReportBridge } from '@/lib/exemption-report/report-bridge';
import type { ReportCommand, Scan } from '@/lib/exemption-report/report-schema';
import type { ReportSource } from '@/lib/exemption-report/report-store';
import { CAROL, scanFor } from '@/lib/exemption-report/test-scans';
import type { OptOutReminder } from '@/lib/opt-out-reminders/reminder-schema';
import type { Result } from '@/lib/protocol';
import { createTestBridge, signedInStatus } from '../test-bridge';
import { ReportTab } from './ReportTab';

/** An in-memory store of scans whose watchers hear every change, as extension storage's do. */
function memoryReports(initial: Scan[] = []) {
  let scans = initial;
  const watchers = new Set<(scans: Scan[]) => void>();
  const source: ReportSource = {
    get: async (origin) => scans.find((scan) => scan.origin === origin) ?? null,
    list: async () => scans,
    watch: (onChange) => {
      watchers.add(onChange);
      return () => watchers.delete(onChange);
    },
  };
  const put = (scan: Scan) => {
    scans = [scan, ...scans.filter((other) => other.origin !== scan.origin)];
    act(() => watchers.forEach((watcher) => watcher(scans)));
  };
  return { source, put };
}

const watchedList = <T,>(items: T[]) => ({ list: async () => items, watch: () => () => undefined });

const BY_HISTORY: AuditEntry = {
  id: 'e1',
  time: '2026-03-01T09:00:00.000Z',
  admin: { id: 1, name: 'Ada Admin', email: 'ada@example.com' },
  origin: 'https://acme.resolver.com',
  environment: 'production',
  org: { id: 10, name: 'Acme Corp' },
  action: 'setMfaOptOut',
  target: { userId: CAROL.id, name: CAROL.name, email: CAROL.email },
  reason: 'SEC-7',
  optOut: true,
  request: { method: 'PUT', path: '/user/users/4/membership', source: 'spec' },
  outcome: { ok: true, status: 204 },
};

function setup(stored: Scan[] = [], history: AuditEntry[] = [], reminders: OptOutReminder[] = []) {
  const reports = memoryReports(stored);
  const commands = {
    reportStart: vi.fn<ReportBridge['reportStart']>(async () => ({ ok: true, value: scanFor({ phase: 'listing', finishedAt: null }) })),
    reportCommand: vi.fn<(request: ReportCommand) => Promise<Result<Scan>>>(async () => ({ ok: true, value: scanFor() })),
  };
  const { bridge, callsTo } = createTestBridge({ getMembership: () => ({ ok: true, value: { mfaOptOut: true, isAdmin: false, isActive: true } }) });
  const user = userEvent.setup();
  const status = signedInStatus({ session: { ...signedInStatus().session, org: { id: 10, name: 'Acme Corp' } } });
  render(
    <ReportTab
      status={status}
      bridge={bridge}
      commands={commands}
      reports={reports.source}
      refreshStatus={async () => ({ ok: true, value: status })}
      requireTrustedClicks={false}
      sources={{ history: watchedList(history), reminders: watchedList(reminders) }}
    />,
  );
  return { reports, commands, callsTo, user };
}

describe('ReportTab', () => {
  it('starts a scan of the tab’s org and shows its progress from the stored scan', async () => {
    const { user, commands, reports } = setup();
    await user.click(await screen.findByRole('button', { name: 'Scan Acme Corp' }));
    expect(commands.reportStart).toHaveBeenCalledTimes(1);
    reports.put(scanFor({ phase: 'scanning', finishedAt: null, states: 'sx...', exempt: [CAROL] }));
    const bar = await screen.findByRole('progressbar', { name: 'Scan progress' });
    expect(bar).toHaveAttribute('aria-valuetext', 'Read 2 of 5 memberships.');
    // No second scan while one runs.
    expect(screen.queryByRole('button', { name: /^Scan Acme Corp/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(commands.reportCommand).toHaveBeenCalledWith({ scanId: 'scan-1', command: 'pause' });
  });

  it('sums up a finished scan, says what it could not tell, and lists each exempt user with the history’s word', async () => {
    setup([scanFor()], [BY_HISTORY]);
    // Carol is active and exempt, Gus is exempt but inactive; 4 of the 5 listed users are active.
    expect(await screen.findByText(/^1 of 4 active users are exempt from MFA in Acme Corp \(production\), scanned /)).toBeInTheDocument();
    expect(screen.getByText('Resolver did not report the opt-out state of 1 user: they are counted neither as exempt nor as subject to MFA.')).toBeInTheDocument();
    expect(screen.getByText('1 inactive user is opted out too; they are listed below.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Users opted out of MFA in Acme Corp' });
    const carol = within(table).getByRole('row', { name: /Carol Example/ });
    expect(carol).toHaveTextContent('ada@example.com');
    expect(carol).toHaveTextContent('SEC-7');
    expect(within(table).getByRole('row', { name: /Gus Gone/ })).toHaveTextContent('not in this browser’s history');
  });

  it('says when the user list was incomplete', async () => {
    setup([scanFor({ listing: { pages: 1, reportedTotal: 400, complete: false } })]);
    expect(await screen.findByText('Resolver’s user list said it holds 400 users but listed 5: this report covers only those.')).toBeInTheDocument();
  });

  it('opts a user back in through the confirmation, then has the report read them again', async () => {
    const { user, callsTo, commands } = setup([scanFor()]);
    await user.click(await screen.findByRole('button', { name: 'Opt Carol Example back in' }));
    const dialog = await screen.findByRole('dialog');
    expect(callsTo('runAction')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Confirm opt-in' }));
    await vi.waitFor(() => expect(commands.reportCommand).toHaveBeenCalledWith({ scanId: 'scan-1', command: 'recheck', userId: CAROL.id }));
    expect(callsTo('runAction')).toEqual([expect.objectContaining({ action: 'setMfaOptOut', input: { userId: CAROL.id, optOut: false } })]);
    // Once per accepted opt-in, however often the report redraws.
    expect(commands.reportCommand.mock.calls.filter(([request]) => request.command === 'recheck')).toHaveLength(1);
  });

  it('offers to read failed memberships again and shows a command’s refusal', async () => {
    const { user, commands } = setup([scanFor({ states: 'ss!xx' })]);
    commands.reportCommand.mockResolvedValueOnce({ ok: false, kind: 'invalid-input', detail: 'This scan is reading memberships, so that cannot be done now.' });
    await user.click(await screen.findByRole('button', { name: 'Read them again' }));
    expect(commands.reportCommand).toHaveBeenCalledWith({ scanId: 'scan-1', command: 'retryFailed' });
    expect(await screen.findByRole('alert')).toHaveTextContent('This scan is reading memberships, so that cannot be done now.');
  });
});
