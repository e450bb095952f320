import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { t } from '@/lib/i18n';
import { formatTimestamp } from '@/lib/i18n/format';
import type { StorageDrop, StorageDrops } from '@/lib/store-owner/storage-drops';
import { StorageSection } from './StorageSection';

const MB = 1024 * 1024;

function dropsOf(list: StorageDrop[]): StorageDrops {
  return { list: async () => list, watch: () => () => undefined };
}

const AUDIT_DROP: StorageDrop = {
  store: 'audit',
  at: '2026-12-01T10:00:00.000Z',
  count: 250,
  from: '2024-01-02T09:00:00.000Z',
  to: '2024-03-04T17:00:00.000Z',
};
const REPORT_DROP: StorageDrop = {
  store: 'report',
  at: '2026-12-02T10:00:00.000Z',
  origin: 'https://globex.resolver.com',
  scannedAt: '2026-10-01T08:00:00.000Z',
};

describe('StorageSection', () => {
  it('says how full storage is and the rule, and that nothing was dropped', async () => {
    render(<StorageSection readUsage={async () => ({ used: 2.5 * MB, quota: 10 * MB })} drops={dropsOf([])} exportHistory={vi.fn()} />);
    expect(await screen.findByText(t('storage.usage', { used: '2.5 MB', quota: '10.0 MB', percent: 25 }))).toBeVisible();
    expect(screen.getByText(t('storage.rule'))).toBeVisible();
    expect(await screen.findByText(t('storage.drops.none'))).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers the export first when storage is nearly full', async () => {
    const exportHistory = vi.fn(async () => undefined);
    render(<StorageSection readUsage={async () => ({ used: 8.6 * MB, quota: 10 * MB })} drops={dropsOf([])} exportHistory={exportHistory} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(t('storage.nearlyFull', { percent: 86 }));
    await userEvent.click(screen.getByRole('button', { name: t('audit.export.csv') }));
    expect(exportHistory).toHaveBeenCalledTimes(1);
  });

  it('lists what was dropped, newest first, with its dates', async () => {
    render(<StorageSection readUsage={async () => null} drops={dropsOf([AUDIT_DROP, REPORT_DROP])} exportHistory={vi.fn()} />);
    expect(await screen.findByText(t('storage.usage.unknown'))).toBeVisible();
    const items = await screen.findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      t('storage.drop.report', {
        time: formatTimestamp(REPORT_DROP.at),
        origin: 'https://globex.resolver.com',
        scannedAt: formatTimestamp('2026-10-01T08:00:00.000Z'),
      }),
      t('storage.drop.audit', {
        time: formatTimestamp(AUDIT_DROP.at),
        count: 250,
        from: formatTimestamp('2024-01-02T09:00:00.000Z'),
        to: formatTimestamp('2024-03-04T17:00:00.000Z'),
      }),
    ]);
  });
});
