import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BulkRow, RowResolution } from '@/lib/bulk/bulk-schema';
import { bulkRunFor, readyRow, testUser } from '@/lib/bulk/test-runs';
import { t } from '@/lib/i18n';
import { BulkSummary, FLAGGED_SHOWN } from './BulkSummary';

const flagged = (line: number, input: string, resolution: RowResolution): BulkRow => ({
  line,
  input,
  resolution,
  state: 'skipped',
  attempts: 0,
});

describe('BulkSummary', () => {
  it('explains lines matching several users and lines whose lookup failed', () => {
    const candidates = [testUser(5), testUser(6)];
    render(
      <BulkSummary
        focus={false}
        run={bulkRunFor({
          rows: [
            readyRow(1),
            flagged(2, 'shared@acme.example', { kind: 'ambiguous', candidates }),
            flagged(3, 'user9@acme.example', { kind: 'lookup-failed', outcome: { ok: false, kind: 'timeout' } }),
          ],
        })}
      />,
    );
    const lines = within(screen.getByRole('list')).getAllByRole('listitem').map((item) => item.textContent);
    expect(lines).toEqual([
      'Line 2 “shared@acme.example”: 2 users match (User 5, User 6). Give their user id instead.',
      `Line 3 “user9@acme.example”: the lookup failed. ${t('failure.timeout')}`,
    ]);
    expect(screen.getByText('1 of 3 lines can be sent.')).toBeInTheDocument();
  });

  it('lists the first flagged lines and says how many more the export holds', () => {
    const rows = Array.from({ length: FLAGGED_SHOWN + 7 }, (_, index) => flagged(index + 1, `x${index}@acme.example`, { kind: 'unknown' }));
    render(<BulkSummary focus={false} run={bulkRunFor({ rows })} />);
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(FLAGGED_SHOWN);
    expect(screen.getByText('…and 7 more flagged lines: export the list to see them all.')).toBeInTheDocument();
    expect(screen.getByText('No line can be sent: check the flagged lines below.')).toBeInTheDocument();
  });

  it('takes focus when it replaces the list after the admin checked it', () => {
    render(<BulkSummary focus run={bulkRunFor()} />);
    expect(screen.getByRole('heading', { name: 'Dry run: nothing has been sent yet' })).toHaveFocus();
  });
});
