/** Production must be impossible to overlook: actions there reach every real user. */
import { t } from '@/lib/i18n';
import type { TabStatus } from '@/lib/protocol';

export function EnvironmentBadge({ environment }: { environment: TabStatus['environment'] }) {
  return (
    <span className={`mfa-badge mfa-badge--${environment}`}>
      {environment === 'production' ? t('ui.environment.badge.production') : t('ui.environment.badge.sandbox')}
    </span>
  );
}
