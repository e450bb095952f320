/**
 * The options page's "Storage": how full extension storage is, the rule by which the helper makes
 * room when it is full, what it has dropped so far, and, when it is nearly full, the history's
 * export offered before anything of it is dropped.
 */
import { useEffect, useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { formatMegabytes, formatNumber, formatTimestamp } from '@/lib/i18n/format';
import type { StorageDrop, StorageDrops } from '@/lib/store-owner/storage-drops';
import { NEARLY_FULL_SHARE, type StorageUsage } from '@/lib/store-owner/storage-usage';

export interface StorageSectionProps {
  readUsage: () => Promise<StorageUsage | null>;
  drops: StorageDrops;
  /** Saves the whole history as CSV. */
  exportHistory: () => Promise<void>;
}

const when = (iso: string | null) => (iso === null ? t('storage.drop.unknownTime') : formatTimestamp(iso));

function describeDrop(drop: StorageDrop): string {
  const time = when(drop.at);
  if (drop.store === 'audit') return t('storage.drop.audit', { time, count: formatNumber(drop.count), from: when(drop.from), to: when(drop.to) });
  if (drop.store === 'bulk') return t('storage.drop.bulk', { time, origin: drop.origin, updatedAt: when(drop.updatedAt) });
  return t('storage.drop.report', { time, origin: drop.origin, scannedAt: when(drop.scannedAt) });
}

export function StorageSection({ readUsage, drops, exportHistory }: StorageSectionProps) {
  const id = useId();
  const [usage, setUsage] = useState<StorageUsage | null | undefined>(undefined);
  const [dropped, setDropped] = useState<StorageDrop[]>([]);

  useEffect(() => {
    let live = true;
    const refresh = () => void readUsage().then((read) => live && setUsage(read));
    refresh();
    void drops.list().then((list) => live && setDropped(list));
    // A drop changes how full storage is, too.
    const stop = drops.watch((list) => {
      if (!live) return;
      setDropped(list);
      refresh();
    });
    return () => {
      live = false;
      stop();
    };
  }, [readUsage, drops]);

  const share = usage ? usage.used / usage.quota : 0;
  const percent = Math.round(share * 100);
  return (
    <section className="mfa-helper mfa-history" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('storage.title')}</h2>
      {usage === null && <p>{t('storage.usage.unknown')}</p>}
      {usage && <p>{t('storage.usage', { used: formatMegabytes(usage.used), quota: formatMegabytes(usage.quota), percent })}</p>}
      {usage && share >= NEARLY_FULL_SHARE && (
        <div className="mfa-warning" role="alert">
          <p>{t('storage.nearlyFull', { percent })}</p>
          <button type="button" className="mfa-button" onClick={() => void exportHistory()}>
            {t('audit.export.csv')}
          </button>
        </div>
      )}
      <p className="mfa-hint">{t('storage.rule')}</p>
      {dropped.length === 0 ? (
        <p>{t('storage.drops.none')}</p>
      ) : (
        <>
          <h3>{t('storage.drops.title')}</h3>
          <ul>
            {dropped.toReversed().map((drop) => (
              <li key={`${drop.at} ${drop.store} ${'origin' in drop ? drop.origin : (drop.from ?? '')}`}>{describeDrop(drop)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
