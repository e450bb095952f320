/** French: support (the user card, the lost-phone flow and the settings on the options page). */
import type { Translation } from '../messages';
import type { support as english } from '../en/support';

export const support = {
  'card.label': 'À propos de {name}',
  'card.email': 'E-mail',
  'card.id': 'Id',
  'card.account': 'Compte',
  'card.active': 'actif',
  'card.inactive': 'inactif',
  'card.activeUnknown': 'état actif non communiqué',
  'card.admin': 'administrateur',
  'card.notAdmin': 'non administrateur',
  'card.signIn': 'Connexion',
  'card.sso': 'authentification unique (SSO)',
  'card.password': 'mot de passe Resolver',
  'card.signInUnknown': 'non communiqué',
  'card.mfa': 'MFA',
  'card.mfa.notShown': 'État d’exemption pas encore lu.',
  'card.mfa.sso': 'Ne s’applique pas (SSO).',
  'card.enrolment': 'Enrôlement',
  'card.enrolment.unknown': 'Non communiqué par Resolver.',
  'card.last': 'Dernière action ici',
  'card.last.loading': 'Lecture de l’historique de ce navigateur…',
  'card.last.none': 'Aucune depuis ce navigateur.',
  'card.last.unavailable': 'L’historique de ce navigateur n’a pas pu être lu.',
  'card.last.entry': '{action} : {outcome}, {time}',
  'card.sso.blocked':
    'Cet utilisateur se connecte par authentification unique (SSO) : la MFA ne s’applique pas à lui, une réinitialisation ou une exemption ne changerait donc rien. Sa MFA est gérée par votre fournisseur d’identité.',

  'checklist.legend': 'Appelant vérifié',
  'checklist.hint': 'Cochez chaque vérification avant de confirmer.',
  'reason.label': 'Motif / référence du ticket (facultatif)',
  'reason.hint': 'Conservé dans l’historique des actions de ce navigateur. {max} caractères au maximum.',

  'selfLockout.warning':
    'Il s’agit de votre propre compte. Après la modification, il pourra vous être demandé de configurer la MFA (ou de vous connecter sans) à votre prochaine connexion.',
  'selfLockout.ack': 'Je comprends que cela modifie mon propre compte.',

  'nextSteps.title': 'Message pour l’utilisateur',
  'nextSteps.message':
    'Bonjour {name},\n\nVotre authentification multifacteur (MFA) pour Resolver a été réinitialisée. Prochaines étapes :\n1. Connectez-vous à Resolver sur {origin} comme d’habitude.\n2. Lorsque cela vous est demandé, scannez le nouveau code QR avec votre application d’authentification et saisissez le code qu’elle affiche.\n3. Si vous le souhaitez, cochez « Remember this device for 30 days » (mémoriser cet appareil pendant 30 jours) pour que cet appareil ne vous demande plus de code pendant 30 jours.\n\nSi vous n’êtes pas à l’origine de cette demande, contactez immédiatement le support.',
  'nextSteps.copy': 'Copier le message',
  'nextSteps.copied': 'Copié.',
  'nextSteps.copyFailed': 'Le message n’a pas pu être copié : sélectionnez le texte ci-dessus et copiez-le vous-même.',

  'settings.title': 'Paramètres',
  'settings.checklist.label': 'Liste de vérification de l’appelant',
  'settings.checklist.hint':
    'Une vérification par ligne ({count} au maximum, de {max} caractères chacune au plus). Avant de réinitialiser la MFA d’un utilisateur, l’administrateur coche chaque vérification. Laissez vide pour ne pas utiliser de liste.',
  'settings.checklist.placeholder':
    'Par exemple :\nIdentité de l’appelant vérifiée par un second canal\nDemande conforme à l’e-mail du compte ou approuvée par le responsable',
  'settings.save': 'Enregistrer',
  'settings.loading': 'Chargement des paramètres…',
  'settings.saved': 'Paramètres enregistrés.',
  'settings.invalid': 'Non enregistré : {count} vérifications au maximum, de {max} caractères chacune au plus.',
  'settings.saveFailed': 'Non enregistré : le stockage de ce navigateur a refusé la modification.',
  'settings.language.label': 'Langue',
  'settings.language.hint': 'Pour la fenêtre de l’extension, le panneau des pages Resolver et cette page. Enregistrée dès que vous la choisissez.',
  'settings.language.auto': 'Langue du navigateur ({language})',
} as const satisfies Translation<typeof english>;
