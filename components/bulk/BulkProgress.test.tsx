import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BulkPauseReason } from '@/lib/bulk/bulk-schema';
import { bulkRunFor, readyRow } from '@/lib/bulk/test-runs';
import { BulkProgress } from './BulkProgress';
import { BulkResolving } from './BulkResolving';

const NOW = new Date('2025-03-04T12:00:00.000Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();

describe('BulkProgress', () => {
  it.each<[BulkPauseReason, string]>([
    ['admin', 'Paused. Nothing more is sent until you resume.'],
    ['session', 'Resolver signed you out. Sign in again in this tab: the run resumes by itself.'],
    ['other-session', 'This tab is now signed in as another admin or org than the run’s. Sign in again as Ada Admin in Acme Corp, then resume.'],
    ['forbidden', 'Resolver refused the last request: Ada Admin may no longer be an admin. Resume once that is fixed.'],
    ['maintenance', 'Resolver is in maintenance mode. Resume once it is over.'],
  ])('says why the run is paused (%s) in words', (pause, words) => {
    render(<BulkProgress focus={false} now={NOW} run={bulkRunFor({ phase: 'paused', pause, startedAt: minutesAgo(5) })} />);
    expect(screen.getByRole('status')).toHaveTextContent(words);
    expect(screen.queryByText('Time left')).not.toBeInTheDocument();
  });

  it('tells a long time left in hours and minutes', () => {
    // One row a minute over the last five minutes, 65 rows to go.
    const done = [1, 2, 3, 4, 5].map((line) => ({ ...readyRow(line, 'done'), attempts: 1, finishedAt: minutesAgo(line - 0.5) }));
    const pending = Array.from({ length: 65 }, (_, index) => readyRow(index + 6));
    const run = bulkRunFor({
      phase: 'running',
      startedAt: minutesAgo(5),
      lease: { owner: 'tab-1', heartbeatAt: NOW.toISOString() },
      rows: [...done, ...pending],
    });
    render(<BulkProgress focus={false} now={NOW} run={run} />);
    expect(screen.getByRole('region')).toHaveTextContent(/Rate\s*1\.0 per minute/);
    expect(screen.getByRole('region')).toHaveTextContent(/Time left\s*about 1 h 5 min/);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});

describe('BulkResolving', () => {
  it('shows how far the lookup got, towards the number of input lines', () => {
    render(<BulkResolving focus={false} run={bulkRunFor({ phase: 'resolving', rows: [readyRow(1), readyRow(2)], inputCount: 8 })} />);
    const bar = screen.getByRole('progressbar', { name: 'Lookup' });
    expect(bar).toHaveAttribute('max', '8');
    expect(bar).toHaveAttribute('value', '2');
    expect(bar).toHaveAttribute('aria-valuetext', '2 of 8 lines looked up');
  });
});
