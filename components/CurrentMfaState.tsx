/** The user's MFA state in this org, as far as Resolver tells: on the form and in the confirmation. */
import { t } from '@/lib/i18n';
import type { MembershipLookup } from './use-membership';

export function describeMfaState(membership: MembershipLookup): string {
  if (membership.state === 'loading') return t('ui.optOut.current.loading');
  if (membership.state === 'known' && membership.membership.mfaOptOut === true) return t('ui.optOut.current.optedOut');
  if (membership.state === 'known' && membership.membership.mfaOptOut === false) return t('ui.optOut.current.subject');
  return t('ui.optOut.current.unknown');
}

export function CurrentMfaState({ membership }: { membership: MembershipLookup }) {
  return <p className="mfa-current">{describeMfaState(membership)}</p>;
}
