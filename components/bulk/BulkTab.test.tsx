import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { BulkRow } from '@/lib/bulk/bulk-schema';
import { bulkRunFor, readyRow, TEST_ORIGIN } from '@/lib/bulk/test-runs';
import { asRecords } from '@/lib/test-csv';
import { t } from '@/lib/i18n';
import { signedInStatus } from '../test-bridge';
import { BulkTab } from './BulkTab';
import { createTestBulk, type TestBulkOptions } from './test-bulk-bridge';

function setup(options: TestBulkOptions = {}, requireTrustedClicks = false) {
  const bulk = createTestBulk(options);
  const download = vi.fn<(fileName: string, blob: Blob) => void>();
  const user = userEvent.setup();
  render(
    <BulkTab
      status={signedInStatus()}
      bridge={bulk.bridge}
      runs={bulk.runs}
      requireTrustedClicks={requireTrustedClicks}
      download={download}
    />,
  );
  return { ...bulk, user, download };
}

const LIST = 'One email or user id per line';

/** Alice (2) and Bob (3) are ready; the rest is flagged, one kind per line. */
const PASTED = ['alice@example.com', '3', 'nobody@example.com', 'Alice Example', '2', 'sam@example.com', 'ada@example.com'].join('\n');

async function checkList(user: ReturnType<typeof userEvent.setup>, text = PASTED) {
  await user.click(await screen.findByRole('textbox', { name: LIST }));
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Check the list' }));
  return screen.findByRole('region', { name: 'Dry run: nothing has been sent yet' });
}

/** A started run whose rows the test finishes, as the engine would. */
function finished(line: number, state: 'done' | 'failed', seconds = 30): BulkRow {
  const outcome = state === 'done' ? ({ ok: true, status: 204 } as const) : ({ ok: false, kind: 'server', status: 500, detail: 'boom' } as const);
  return bulkRowFor(line, { state, attempts: 1, outcome, finishedAt: new Date(Date.now() - seconds * 1000).toISOString() });
}

const bulkRowFor = (line: number, overrides: Partial<BulkRow> = {}): BulkRow => ({ ...readyRow(line), ...overrides });
const fresh = () => ({ owner: 'tab-1', heartbeatAt: new Date().toISOString() });

describe('BulkTab: the list and the dry run', () => {
  it('asks for a list before looking anything up', async () => {
    const { user, resolves } = setup();
    await user.click(await screen.findByRole('button', { name: 'Check the list' }));
    expect(screen.getByText('Paste at least one email or user id, or load a CSV file.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: LIST })).toHaveAttribute('aria-invalid', 'true');
    expect(resolves()).toEqual([]);
  });

  it('looks every line up and shows the dry run: counts, each flagged line explained, nothing sent', async () => {
    const { user, resolves, commands } = setup();
    await user.click(await screen.findByRole('radio', { name: 'Opt out of MFA' }));
    await user.type(screen.getByRole('textbox', { name: /Reason/ }), 'INC-42');
    const summary = await checkList(user);

    expect(resolves()).toEqual([{ text: PASTED, operation: { action: 'setMfaOptOut', optOut: true }, reason: 'INC-42' }]);
    expect(summary).toHaveTextContent('2 of 7 lines can be sent.');
    const counts = within(summary).getAllByRole('definition').map((dd) => [dd.previousElementSibling?.textContent, dd.textContent]);
    expect(counts).toEqual([
      ['Ready to send', '2'],
      ['Not a user id or email', '1'],
      ['No user found', '1'],
      ['Listed twice', '1'],
      ['Your own account', '1'],
      ['Signs in through SSO', '1'],
    ]);
    const flagged = within(summary).getAllByRole('listitem').map((item) => item.textContent);
    expect(flagged).toEqual([
      'Line 3 “nobody@example.com”: no user has this id or email.',
      'Line 4 “Alice Example”: Not a user id or an email address (line 4).',
      'Line 5 “2”: the same user as line 1 (Alice Example (alice@example.com, id 2)): sent once, for that line.',
      'Line 6 “sam@example.com”: Sam Sso (sam@example.com, id 9) signs in through SSO, so MFA does not apply to them.',
      'Line 7 “ada@example.com”: your own account (Ada Admin (ada@example.com, id 1)). A bulk run never changes your own MFA.',
    ]);
    expect(commands()).toEqual([]);
  });

  it('loads a CSV file into the list, and looks up exactly its text', async () => {
    const { user, resolves } = setup();
    const csv = 'email,name\nalice@example.com,Alice\n';
    await user.upload(await screen.findByLabelText('Load CSV…'), new File([csv], 'users.csv', { type: 'text/csv' }));
    expect(await screen.findByText('Loaded users.csv.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: LIST })).toHaveValue(csv);
    await user.click(screen.getByRole('button', { name: 'Check the list' }));
    await screen.findByRole('region', { name: 'Dry run: nothing has been sent yet' });
    expect(resolves()).toEqual([{ text: csv, operation: { action: 'resetUserMfa' } }]);
  });

  it('explains a failed lookup and keeps the list to try again', async () => {
    const { user } = setup({ resolve: () => ({ ok: false, kind: 'session-ended', status: 401 }) });
    await user.click(await screen.findByRole('textbox', { name: LIST }));
    await user.paste('alice@example.com');
    await user.click(screen.getByRole('button', { name: 'Check the list' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(t('failure.session-ended'));
    expect(screen.getByRole('textbox', { name: LIST })).toHaveValue('alice@example.com');
  });

  it('Start over goes back to the list as it was, and sends nothing', async () => {
    const { user, commands } = setup();
    await checkList(user);
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(await screen.findByRole('textbox', { name: LIST })).toHaveValue(PASTED);
    expect(commands()).toEqual(['discard']);
  });
});

describe('BulkTab: confirming', () => {
  it('names the operation, the number of users, the org, the environment and the host, then starts', async () => {
    const { user, commands } = setup();
    await checkList(user);
    await user.click(screen.getByRole('button', { name: 'Reset MFA for 2 users…' }));
    const dialog = screen.getByRole('dialog', { name: 'Start this bulk run?' });
    expect(dialog).toHaveFocus();
    expect(dialog).toHaveTextContent('Reset MFA for 2 users in Acme Corp (production, acme.resolver.com).');
    expect(dialog).toHaveTextContent('The 5 flagged lines are not sent.');
    expect(commands()).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Reset MFA for 2 users' }));
    expect(commands()).toEqual(['start']);
    const progress = await screen.findByRole('region', { name: 'Bulk run in progress' });
    expect(within(progress).getByRole('heading', { name: 'Bulk run in progress' })).toHaveFocus();
  });

  it('Cancel or Escape closes the confirmation without sending, focus back on the start button', async () => {
    const { user, commands } = setup();
    await checkList(user);
    const start = screen.getByRole('button', { name: 'Reset MFA for 2 users…' });
    await user.click(start);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(start).toHaveFocus();
    await user.click(start);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(commands()).toEqual([]);
  });

  it('offers no start when no line can be sent', async () => {
    const { user } = setup();
    const summary = await checkList(user, 'nobody@example.com');
    expect(summary).toHaveTextContent('No line can be sent');
    expect(screen.queryByRole('button', { name: /for \d+ users?…$/ })).not.toBeInTheDocument();
  });

  it('in the page panel, a synthetic click cannot start the run', async () => {
    const { user, commands } = setup({}, true);
    await checkList(user);
    await user.click(screen.getByRole('button', { name: 'Reset MFA for 2 users…' }));
    const go = screen.getByRole('button', { name: 'Reset MFA for 2 users' });
    await user.click(go);
    go.click();
    expect(commands()).toEqual([]);
  });
});

describe('BulkTab: a run in progress', () => {
  it('shows a real progress bar, the counts, the rate and the time left', async () => {
    const rows = [finished(1, 'done', 50), finished(2, 'done', 30), finished(3, 'failed', 10), bulkRowFor(4), bulkRowFor(5), bulkRowFor(6)];
    const startedAt = new Date(Date.now() - 60_000).toISOString();
    setup({ stored: bulkRunFor({ origin: TEST_ORIGIN, phase: 'running', startedAt, lease: fresh(), rows }) });

    const bar = await screen.findByRole('progressbar', { name: 'Progress' });
    expect(bar).toHaveAttribute('max', '6');
    expect(bar).toHaveAttribute('value', '3');
    expect(bar).toHaveAttribute('aria-valuetext', '3 of 6 users sent, 1 failed');
    const stats = screen.getByRole('region', { name: 'Bulk run in progress' });
    expect(stats).toHaveTextContent(/Done\s*2/);
    expect(stats).toHaveTextContent(/Failed\s*1/);
    expect(stats).toHaveTextContent(/Remaining\s*3/);
    // 3 rows in the minute since the start: 3 per minute, so 3 rows left take about a minute.
    expect(stats).toHaveTextContent(/Rate\s*3\.0 per minute/);
    expect(stats).toHaveTextContent(/Time left\s*about 1 min/);
  });

  it('follows the stored run as the tab executes it, up to the end', async () => {
    const { update } = setup({ stored: bulkRunFor({ origin: TEST_ORIGIN, phase: 'running', startedAt: new Date().toISOString(), lease: fresh() }) });
    const bar = await screen.findByRole('progressbar', { name: 'Progress' });
    expect(bar).toHaveAttribute('value', '0');
    update(() => ({ rows: [finished(1, 'done'), bulkRowFor(2)] }));
    await vi.waitFor(() => expect(bar).toHaveAttribute('value', '1'));
    update(() => ({ phase: 'finished', lease: null, rows: [finished(1, 'done'), finished(2, 'done')] }));
    expect(await screen.findByRole('heading', { name: 'Bulk run finished' })).toBeInTheDocument();
    expect(bar).toHaveAttribute('value', '2');
  });

  it('says in words why the run is paused after Resolver signed the admin out', async () => {
    setup({ stored: bulkRunFor({ origin: TEST_ORIGIN, phase: 'paused', pause: 'session', startedAt: new Date().toISOString() }) });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Resolver signed you out. Sign in again in this tab: the run resumes by itself.',
    );
  });

  it('says it waits for a Resolver tab when no tab has carried the run on for a while', async () => {
    const stale = { owner: 'tab-1', heartbeatAt: new Date(Date.now() - 30_000).toISOString() };
    setup({ stored: bulkRunFor({ origin: TEST_ORIGIN, phase: 'running', startedAt: new Date().toISOString(), lease: stale }) });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Waiting for a Resolver tab of https://acme.resolver.com to continue the run.',
    );
  });

  it('pauses and resumes', async () => {
    const { user, commands } = setup({ stored: bulkRunFor({ origin: TEST_ORIGIN, phase: 'running', startedAt: new Date().toISOString(), lease: fresh() }) });
    await user.click(await screen.findByRole('button', { name: 'Pause' }));
    expect(await screen.findByText('Paused. Nothing more is sent until you resume.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    expect(await screen.findByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(commands()).toEqual(['pause', 'resume']);
  });

  it('explains a command the tab refused, and keeps the run as it was', async () => {
    const elsewhere = t('bulk.run.elsewhere');
    const { user } = setup({
      stored: bulkRunFor({ origin: TEST_ORIGIN, phase: 'running', startedAt: new Date().toISOString(), lease: fresh() }),
      command: () => ({ ok: false, kind: 'rejected', detail: elsewhere }),
    });
    await user.click(await screen.findByRole('button', { name: 'Pause' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(elsewhere);
    expect(screen.getByRole('heading', { name: 'Bulk run in progress' })).toBeInTheDocument();
  });

  it('cancels only after a confirmation, which offers to keep going', async () => {
    const { user, commands } = setup({ stored: bulkRunFor({ origin: TEST_ORIGIN, phase: 'running', startedAt: new Date().toISOString(), lease: fresh() }) });
    const cancel = await screen.findByRole('button', { name: 'Cancel run…' });
    await user.click(cancel);
    const dialog = screen.getByRole('alertdialog', { name: 'Cancel this bulk run?' });
    expect(dialog).toHaveTextContent('The 2 users not sent yet will not be sent.');
    expect(within(dialog).getByRole('button', { name: 'Keep going' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(cancel).toHaveFocus();
    expect(commands()).toEqual([]);

    await user.click(cancel);
    await user.click(screen.getByRole('button', { name: 'Cancel the run' }));
    expect(await screen.findByRole('heading', { name: 'Bulk run cancelled' })).toBeInTheDocument();
    expect(screen.getByText('2 users were not sent because the run was cancelled.')).toBeInTheDocument();
    expect(commands()).toEqual(['cancel']);
  });
});

describe('BulkTab: results', () => {
  const rows = [finished(1, 'done'), finished(2, 'failed'), finished(3, 'done')];

  it('lists every line, narrows to the failed ones, and retries them', async () => {
    const { user, commands } = setup({ stored: bulkRunFor({ origin: TEST_ORIGIN, phase: 'finished', startedAt: new Date().toISOString(), rows }) });
    const table = await screen.findByRole('table', { name: 'Every line and what happened to it' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    await user.click(screen.getByRole('checkbox', { name: 'Failed rows only' }));
    const failedRows = within(table).getAllByRole('row').slice(1);
    expect(failedRows.map((row) => row.textContent)).toEqual([
      `2user102@acme.exampleUser 102 (user102@acme.example, id 102)Failed: ${t('failure.server')} Details: boom`,
    ]);
    await user.click(screen.getByRole('button', { name: 'Retry failed rows' }));
    expect(await screen.findByRole('heading', { name: 'Bulk run in progress' })).toBeInTheDocument();
    expect(commands()).toEqual(['retryFailed']);
  });

  it('exports the rows as CSV', async () => {
    const { user, download } = setup({ stored: bulkRunFor({ origin: TEST_ORIGIN, phase: 'finished', startedAt: new Date().toISOString(), rows }) });
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
    expect(download).toHaveBeenCalledTimes(1);
    const [name, blob] = download.mock.calls[0] ?? [];
    expect(name).toMatch(/^resolver-mfa-bulk-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = new TextDecoder().decode(await blob?.arrayBuffer()).replace(/^\uFEFF/, '');
    expect(asRecords(text).map((record) => [record.line, record.state, record.status])).toEqual([
      ['1', 'done', '204'],
      ['2', 'failed', '500'],
      ['3', 'done', '204'],
    ]);
  });

  it('New run clears the finished run and offers an empty list', async () => {
    const { user, commands, stored } = setup({ stored: bulkRunFor({ origin: TEST_ORIGIN, phase: 'finished', startedAt: new Date().toISOString(), rows }) });
    await user.click(await screen.findByRole('button', { name: 'New run' }));
    expect(await screen.findByRole('textbox', { name: LIST })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: LIST })).toHaveFocus();
    expect(commands()).toEqual(['discard']);
    expect(stored()).toBeNull();
  });

  it('a popup opened mid-run shows the run at once, without taking focus', async () => {
    setup({ stored: bulkRunFor({ origin: TEST_ORIGIN, phase: 'running', startedAt: new Date().toISOString(), lease: fresh(), rows }) });
    const heading = await screen.findByRole('heading', { name: 'Bulk run in progress' });
    expect(heading).not.toHaveFocus();
  });
});
