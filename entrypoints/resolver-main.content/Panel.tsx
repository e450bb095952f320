/**
 * The in-page panel on Resolver's Swagger page: a small labelled button at the bottom right that
 * expands to the helper. The helper mounts on first expansion only, so merely opening the Swagger
 * page sends nothing to Resolver; afterwards it stays mounted while collapsed so typed input survives.
 */
import { useId, useState } from 'react';
import { MfaHelper, type MfaHelperProps } from '@/components/MfaHelper';
import { t } from '@/lib/i18n';
import type { EnvironmentCheckBridge } from '@/lib/environment-check/report-schema';
import type { ResolverBridge } from '@/lib/protocol';

export interface PanelProps {
  bridge: ResolverBridge & EnvironmentCheckBridge;
  bulk?: MfaHelperProps['bulk'];
  report?: MfaHelperProps['report'];
}

export function Panel({ bridge, bulk, report }: PanelProps) {
  const [open, setOpen] = useState(false);
  const [everOpened, setEverOpened] = useState(false);
  const bodyId = useId();

  const toggle = () => {
    setOpen(!open);
    setEverOpened(true);
  };

  return (
    <section className="rmh-panel" aria-label={t('app.name')}>
      <button type="button" className="rmh-panel__toggle" aria-expanded={open} aria-controls={bodyId} onClick={toggle}>
        {t('app.name')}
      </button>
      <div id={bodyId} className="rmh-panel__body" hidden={!open}>
        {/* The page's scripts can reach this open shadow root and dispatch synthetic clicks. They
            are dropped at the shadow root (mount-guarded-ui.tsx); as a second layer, only clicks the
            browser marks as trusted may confirm an action here. */}
        {everOpened && <MfaHelper bridge={bridge} surface="panel" requireTrustedClicks bulk={bulk} report={report} />}
      </div>
    </section>
  );
}
