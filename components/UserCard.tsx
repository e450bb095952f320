/**
 * Who the admin found, before they act: the account's flags as Resolver's user list reports them,
 * the MFA state as far as the API tells (the opt-out flag; enrolment is not exposed), and the last
 * action taken on them from this browser. Shown on the Reset and Opt out / in forms and in the
 * reset confirmation.
 */
import type { AuditHistory } from '@/lib/audit/audit-store';
import { t } from '@/lib/i18n';
import { formatTimestamp } from '@/lib/i18n/format';
import type { UserSummary } from '@/lib/protocol';
import { actionLabel, outcomeLabel } from './audit/audit-labels';
import { describeMfaState } from './CurrentMfaState';
import { useLastAction, type LastAction } from './use-last-action';
import type { MembershipLookup } from './use-membership';

export interface UserCardProps {
  user: UserSummary;
  /** The Resolver environment's origin: the history is matched by origin and user id. */
  origin: string;
  membership: MembershipLookup | null;
  /** Id for the SSO explanation, so a disabled button can point at it. */
  ssoNoteId?: string;
  history?: AuditHistory;
}

function flag(value: boolean | undefined, yes: string, no: string, unknown: string | null): string | null {
  if (value === undefined) return unknown;
  return value ? yes : no;
}

function accountFlags(user: UserSummary): string {
  return [
    flag(user.isActive, t('card.active'), t('card.inactive'), t('card.activeUnknown')),
    flag(user.isAdmin, t('card.admin'), t('card.notAdmin'), null),
  ]
    .filter((part): part is string => part !== null)
    .join(', ');
}

function describeLast(last: LastAction): string {
  switch (last.state) {
    case 'loading':
      return t('card.last.loading');
    case 'none':
      return t('card.last.none');
    case 'unavailable':
      return t('card.last.unavailable');
    case 'found':
      return t('card.last.entry', {
        action: actionLabel(last.entry),
        outcome: outcomeLabel(last.entry),
        time: formatTimestamp(last.entry.time),
      });
  }
}

export function UserCard({ user, origin, membership, ssoNoteId, history }: UserCardProps) {
  const last = useLastAction(origin, user.id, history);
  const mfa = user.isSSO ? t('card.mfa.sso') : membership ? describeMfaState(membership) : t('card.mfa.notShown');

  return (
    <section className="mfa-card" aria-label={t('card.label', { name: user.name })}>
      <h3 className="mfa-card__name">{user.name}</h3>
      <dl className="mfa-facts">
        <dt>{t('card.email')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('card.id')}</dt>
        <dd>{user.id}</dd>
        <dt>{t('card.account')}</dt>
        <dd>{accountFlags(user)}</dd>
        <dt>{t('card.signIn')}</dt>
        <dd>{flag(user.isSSO, t('card.sso'), t('card.password'), t('card.signInUnknown'))}</dd>
        <dt>{t('card.mfa')}</dt>
        <dd>{mfa}</dd>
        {!user.isSSO && (
          <>
            <dt>{t('card.enrolment')}</dt>
            <dd>{t('card.enrolment.unknown')}</dd>
          </>
        )}
        <dt>{t('card.last')}</dt>
        <dd>{describeLast(last)}</dd>
      </dl>
      {user.isSSO && (
        <p id={ssoNoteId} className="mfa-warning mfa-warning--strong">
          {t('card.sso.blocked')}
        </p>
      )}
    </section>
  );
}
