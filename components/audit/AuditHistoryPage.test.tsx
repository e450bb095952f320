import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AuditEntrySchema, type AuditEntry } from '@/lib/audit/audit-schema';
import { createAuditStore } from '@/lib/audit/audit-store';
import { auditDraftFor, auditEntryFor } from '@/lib/audit/test-entries';
import { storeHistory } from '@/lib/audit/test-stored-history';
import { AuditHistoryPage } from './AuditHistoryPage';

const EXPORTED_AT = new Date('2025-03-08T12:00:00.000Z');

/** Stored oldest first, as the recorder appends them. */
const STORED: AuditEntry[] = [
  auditEntryFor({ id: 'reset-alice', time: '2025-03-03T09:00:00.000Z', reason: 'Lost phone, ticket 81' }),
  auditEntryFor({
    id: 'optout-bob',
    time: '2025-03-04T10:00:00.000Z',
    action: 'setMfaOptOut',
    optOut: true,
    target: { userId: 3, name: 'Bob Sample', email: 'bob@acme.example' },
    request: { method: 'PUT', path: '/user/users/3/membership', source: 'default' },
    outcome: { ok: false, kind: 'forbidden', status: 403, detail: 'access.denied' },
  }),
  auditEntryFor({
    id: 'enforce-sandbox',
    time: '2025-03-05T11:00:00.000Z',
    action: 'enforceOrgMfa',
    target: null,
    environment: 'sandbox',
    origin: 'https://acme-sandbox.resolver.com',
    org: { id: 30, name: 'Acme Sandbox' },
  }),
];

async function setup(stored: unknown[] = STORED) {
  await storeHistory(stored);
  const user = userEvent.setup();
  const download = vi.fn<(fileName: string, blob: Blob) => void>();
  const store = createAuditStore();
  render(<AuditHistoryPage history={store} download={download} now={() => EXPORTED_AT} />);
  const table = await screen.findByRole('table', { name: 'Recorded actions, newest first' });
  return { user, download, store, table };
}

/** Each body row as its cells' text. */
function rows(table: HTMLElement): string[][] {
  const [, ...body] = within(table).getAllByRole('row');
  return body.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent ?? ''));
}

/** The Action column of each body row. */
function actions(table: HTMLElement): string[] {
  return rows(table).map((cells) => cells[4] ?? '');
}

/** The file name and the bytes of an export, decoded without dropping a byte-order mark. */
async function downloaded(download: ReturnType<typeof vi.fn>, index = 0): Promise<{ name: string; text: string }> {
  const [name, blob] = download.mock.calls[index] as [string, Blob];
  return { name, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer()) };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the history page', () => {
  it('lists every entry newest first, with who, where, what, to whom, why, how and the outcome', async () => {
    const { table } = await setup();
    expect(screen.getByRole('heading', { level: 1, name: 'MFA action history' })).toBeInTheDocument();
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Time',
      'Admin',
      'Environment',
      'Org',
      'Action',
      'User',
      'Reason',
      'Request',
      'Outcome',
    ]);
    const [enforce, optOut, reset] = rows(table);
    expect(enforce?.slice(1)).toEqual([
      'Ada Admin (ada@acme.example, id 1)',
      'Sandboxhttps://acme-sandbox.resolver.com',
      'Acme Sandbox',
      'Enforce MFA',
      'every org of the environment',
      '',
      'from the API description',
      'Succeeded (204)',
    ]);
    expect(optOut?.slice(3)).toEqual([
      'Acme Corp',
      'Opt out of MFA',
      'Bob Sample (bob@acme.example, id 3)',
      '',
      'built-in default',
      'Failed: refused (403)access.denied',
    ]);
    expect(reset?.[2]).toContain('PRODUCTION');
    expect(reset?.[6]).toBe('Lost phone, ticket 81');
    expect(within(table).getAllByRole('row')[1]?.querySelector('time')?.getAttribute('datetime')).toBe(
      '2025-03-05T11:00:00.000Z',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Showing 3 of 3 entries (keeps the last 10,000).');
  });

  it('filters by action, outcome, environment, text and dates, and counts what it shows', async () => {
    const { user, table } = await setup();
    const filters = screen.getByRole('search', { name: 'Filters' });
    const count = screen.getByRole('status');

    expect(actions(table)).toHaveLength(3);
    await user.selectOptions(within(filters).getByLabelText('Action'), 'Reset MFA');
    expect(actions(screen.getByRole('table'))).toEqual(['Reset MFA']);
    expect(count).toHaveTextContent('Showing 1 of 3 entries');

    await user.click(within(filters).getByRole('button', { name: 'Clear filters' }));
    await user.selectOptions(within(filters).getByLabelText('Outcome'), 'Failed');
    expect(actions(screen.getByRole('table'))).toEqual(['Opt out of MFA']);

    await user.selectOptions(within(filters).getByLabelText('Outcome'), 'All');
    await user.selectOptions(within(filters).getByLabelText('Environment'), 'sandbox');
    expect(actions(screen.getByRole('table'))).toEqual(['Enforce MFA']);

    await user.selectOptions(within(filters).getByLabelText('Environment'), 'All');
    await user.type(within(filters).getByRole('searchbox', { name: 'Search' }), 'TICKET 81');
    expect(actions(screen.getByRole('table'))).toEqual(['Reset MFA']);

    await user.clear(within(filters).getByRole('searchbox', { name: 'Search' }));
    await user.type(within(filters).getByLabelText('From'), '2025-03-04');
    await user.type(within(filters).getByLabelText('To'), '2025-03-04');
    expect(actions(screen.getByRole('table'))).toEqual(['Opt out of MFA']);

    await user.type(within(filters).getByRole('searchbox', { name: 'Search' }), 'nobody');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('No entries match these filters.')).toBeInTheDocument();
    expect(count).toHaveTextContent('Showing 0 of 3 entries');
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  });

  it('exports the entries shown as CSV, newest first, with formula-like cells made inert', async () => {
    const risky = auditEntryFor({ id: 'risky', time: '2025-03-06T08:00:00.000Z', target: { userId: 9, name: '=cmd|calc' } });
    const { user, download } = await setup([...STORED, risky]);
    await user.selectOptions(screen.getByLabelText('Action'), 'Reset MFA');
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    const { name, text } = await downloaded(download);
    expect(name).toMatch(/^resolver-mfa-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text.startsWith('\uFEFF"time",')).toBe(true);
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"'=cmd|calc"`);
    expect(lines[1]).toContain('"risky"');
    expect(lines[2]).toContain('"Lost phone, ticket 81"');
    expect(text).not.toContain('Bob Sample');
  });

  it('exports the entries shown as JSON that reads back as the same entries', async () => {
    const { user, download } = await setup();
    await user.selectOptions(screen.getByLabelText('Outcome'), 'Succeeded');
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));

    const { name, text } = await downloaded(download);
    expect(name).toMatch(/\.json$/);
    const exported = JSON.parse(text) as { version: number; exportedAt: string; entries: unknown[] };
    expect(exported.exportedAt).toBe(EXPORTED_AT.toISOString());
    expect(exported.entries.map((entry) => AuditEntrySchema.parse(entry))).toEqual([STORED[2], STORED[0]]);
  });

  it('clears the whole history only after a confirmation that starts on Cancel', async () => {
    const { user, store } = await setup();
    const open = screen.getByRole('button', { name: 'Clear history…' });

    await user.click(open);
    const dialog = screen.getByRole('alertdialog', { name: 'Clear the whole history?' });
    expect(dialog).toHaveTextContent('All 3 entries will be deleted');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(open).toHaveFocus();
    await expect(store.list()).resolves.toHaveLength(3);

    // Enter on the focused Cancel button keeps everything too.
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await expect(store.list()).resolves.toHaveLength(3);

    await user.click(open);
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete all entries' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('The history was cleared.'));
    expect(screen.getByRole('status')).toHaveTextContent('Showing 0 of 0 entries');
    expect(screen.getByText('No actions recorded yet.')).toBeInTheDocument();
    await expect(store.list()).resolves.toEqual([]);
    expect(screen.getByRole('button', { name: 'Clear history…' })).toBeDisabled();
  });

  it('shows an action recorded while it is open', async () => {
    await setup(STORED.slice(0, 1));
    // Another context (a Resolver tab's content script) records through its own store.
    await createAuditStore().record(auditDraftFor({ action: 'enforceOrgMfa', target: null }));
    await waitFor(() => expect(actions(screen.getByRole('table'))).toEqual(['Enforce MFA', 'Reset MFA']));
  });

  it('skips stored entries it cannot read and shows the rest', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { table } = await setup([STORED[0], { id: 'broken', admin: 'eve@leak.example' }]);
    expect(actions(table)).toEqual(['Reset MFA']);
    expect(JSON.stringify(warn.mock.calls)).not.toContain('eve@leak.example');
    warn.mockRestore();
  });

  it('shows a long history a page at a time', async () => {
    const many = Array.from({ length: 250 }, (_, i) => auditEntryFor({ id: `e${i}` }));
    const { user, table } = await setup(many);
    // Counted directly: role queries over hundreds of rows are slow in jsdom.
    const bodyRows = () => table.querySelectorAll('tbody tr').length;
    expect(bodyRows()).toBe(200);
    await user.click(screen.getByRole('button', { name: 'Show 50 more' }));
    expect(bodyRows()).toBe(250);
    expect(screen.queryByRole('button', { name: /more/ })).not.toBeInTheDocument();
  });
});
