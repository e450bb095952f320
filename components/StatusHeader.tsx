/** Where the helper is acting: which Resolver environment, who is signed in, in which org, for how long. */
import { t } from '@/lib/i18n';
import type { Result, TabStatus } from '@/lib/protocol';
import { describeOrg } from './describe';
import { EnvironmentBadge } from './EnvironmentBadge';
import { SessionTimeLeft } from './SessionTimeLeft';

export interface StatusHeaderProps {
  /** null while the tab has not answered yet. */
  status: Result<TabStatus> | null;
  showTitle: boolean;
  onRefresh?: () => void;
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}

function TabSummary({ status, onExpired }: { status: TabStatus; onExpired?: () => void }) {
  const { session } = status;
  return (
    <>
      <p className="mfa-where">
        <span className="mfa-host">{hostOf(status.origin)}</span> <EnvironmentBadge environment={status.environment} />
      </p>
      {session ? (
        <dl className="mfa-facts">
          <dt>{t('ui.status.signedInAs')}</dt>
          <dd>{session.user ? session.user.name : t('ui.status.unknownUser')}</dd>
          <dt>{t('ui.status.org')}</dt>
          <dd>{describeOrg(session.org)}</dd>
          <dt>{t('ui.status.session')}</dt>
          <dd>
            {session.expiresAt === null ? (
              <span className="mfa-time-left">{t('ui.session.timeUnknown')}</span>
            ) : (
              <SessionTimeLeft expiresAt={session.expiresAt} onExpired={onExpired} />
            )}
          </dd>
          <dt>{t('ui.status.sessionSource')}</dt>
          <dd>{t(`session.source.${session.source}`)}</dd>
        </dl>
      ) : (
        <p className="mfa-facts">{t('ui.status.notSignedIn')}</p>
      )}
    </>
  );
}

export function StatusHeader({ status, showTitle, onRefresh }: StatusHeaderProps) {
  return (
    <header className="mfa-header">
      {showTitle && <h1 className="mfa-title">{t('app.name')}</h1>}
      {status === null && <p className="mfa-facts">{t('ui.status.checking')}</p>}
      {status?.ok && <TabSummary status={status.value} onExpired={onRefresh} />}
      {status?.ok && status.value.unsavedWrites !== undefined && (
        <p className="mfa-warning" role="status">
          {status.value.unsavedWrites === 1
            ? t('storage.unsavedWrites.one')
            : t('storage.unsavedWrites.many', { count: status.value.unsavedWrites })}
        </p>
      )}
      {onRefresh && (
        <button type="button" className="mfa-button mfa-button--quiet" onClick={onRefresh}>
          {t('ui.status.refresh')}
        </button>
      )}
    </header>
  );
}
