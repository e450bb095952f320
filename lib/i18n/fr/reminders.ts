/**
 * French: expiring opt-outs. Like the English, the wording never promises an automatic opt-in:
 * the extension can only remind, and act on the admin's click in their own session.
 */
import type { Translation } from '../messages';
import type { reminders as english } from '../en/reminders';

export const reminders = {
  'reminders.field.label': 'Me rappeler de le soumettre de nouveau à la MFA',
  'reminders.field.never': 'Jamais',
  'reminders.field.in': 'Dans {period}',
  'reminders.field.hint':
    'Uniquement lors d’une exemption. À l’échéance, l’assistant affiche un badge et un avis sur ce site Resolver, avec un bouton pour soumettre de nouveau l’utilisateur à la MFA. Il ne le fait jamais de lui-même.',
  'reminders.period.one': '1 jour',
  'reminders.period.many': '{days} jours',
  'reminders.confirm.note':
    'Dans {period}, l’assistant vous rappellera de soumettre de nouveau cet utilisateur à la MFA. Il ne le fera pas de lui-même.',

  'reminders.badge.one': 'Assistant MFA pour Resolver : 1 exemption de MFA arrive à échéance',
  'reminders.badge.many': 'Assistant MFA pour Resolver : {count} exemptions de MFA arrivent à échéance',

  'reminders.notice.label': 'Assistant MFA pour Resolver : exemptions de MFA arrivant à échéance',
  'reminders.notice.close': 'Fermer',
  'reminders.expired.heading': 'Exemptions de MFA arrivant à échéance',
  'reminders.expired.item':
    '{user} a été exempté de la MFA dans {org} ({environment}) jusqu’au {date}. Cette date est passée : cette personne se connecte toujours sans code MFA tant que vous ne la soumettez pas de nouveau à la MFA.',
  'reminders.expired.userById': 'Utilisateur d’id {id}',
  'reminders.expired.optBackIn': 'Soumettre de nouveau {name} à la MFA',
  'reminders.expired.dismiss': 'Ignorer',
  'reminders.expired.dismissHint': 'Ignorer oublie seulement le rappel : l’utilisateur reste exempté.',
  'reminders.expired.sending': 'Réintégration de {name} dans la MFA…',
  'reminders.expired.done':
    'C’est fait : {user} est de nouveau soumis à la MFA dans {org} ({environment}). Un code MFA lui sera demandé à sa prochaine connexion.',
  'reminders.expired.failed': 'La réintégration de {name} dans la MFA a échoué. Le rappel est conservé.',
} as const satisfies Translation<typeof english>;
