/** French: ui (the popup and the in-page panel). */
import type { Translation } from '../messages';
import type { ui as english } from '../en/ui';

export const ui = {
  'ui.status.checking': 'Vérification de votre onglet Resolver…',
  'ui.status.signedInAs': 'Connecté en tant que',
  'ui.status.unknownUser': 'un utilisateur sans nom',
  'ui.status.org': 'Organisation',
  'ui.status.session': 'Session',
  'ui.status.sessionSource': 'Session obtenue par',
  'ui.status.notSignedIn': 'Vous n’êtes pas connecté à Resolver dans cet onglet.',
  'ui.status.refresh': 'Actualiser l’état',
  'ui.session.timeLeft': 'encore {time}',
  'ui.session.expired': 'expirée',
  'ui.session.timeUnknown': 'durée restante inconnue',
  'ui.environment.badge.production': 'PRODUCTION',
  'ui.environment.badge.sandbox': 'Sandbox',
  'ui.environment.production': 'production',
  'ui.environment.sandbox': 'sandbox',
  'ui.org.unknown': 'l’organisation actuelle (son nom n’est pas disponible)',

  'ui.notice.noTab.title': 'Ouvrez votre onglet Resolver',
  'ui.notice.noTab.where': 'Cet assistant fonctionne sur les pages de Resolver Core (https://<environnement>.resolver.com).',
  'ui.notice.noTab.what': 'Passez à votre onglet Resolver, connectez-vous, puis rouvrez l’assistant.',
  'ui.notice.noTab.reload': 'Si l’onglet était ouvert avant l’installation de l’assistant, rechargez-le d’abord.',
  'ui.notice.signedOut.title': 'Connectez-vous à Resolver',
  'ui.notice.signedOut.what': 'Connectez-vous à Resolver dans cet onglet, puis rouvrez l’assistant ou cliquez sur « Actualiser l’état ».',
  'ui.notice.notAdmin.title': 'Un compte administrateur est nécessaire',
  'ui.notice.notAdmin.what':
    'Ces actions MFA demandent un administrateur Resolver. Connectez-vous dans l’onglet en tant qu’administrateur de cette organisation.',

  'ui.tabs.label': 'Actions MFA',
  // Soft hyphens (\u00ad): French words too long for the popup's row of tabs break there, hyphenated, if they must.
  'ui.tabs.reset': 'Réini\u00adtia\u00adliser',
  'ui.tabs.optOut': 'Exemp\u00adtion',
  'ui.tabs.enforce': 'Imposer la MFA',
  'ui.tabs.loading': 'Ouverture de cet onglet…',

  'ui.user.label': 'Utilisateur',
  'ui.user.hint': 'Son identifiant, son e-mail ou son nom.',
  'ui.user.required': 'Saisissez l’identifiant, l’e-mail ou le nom de l’utilisateur.',
  'ui.user.searching': 'Recherche de « {query} »…',
  'ui.user.noMatch': 'Aucun utilisateur ne correspond à « {query} ».',
  'ui.user.several': '{count} utilisateurs correspondent à « {query} ». Choisissez-en un :',
  'ui.user.chooseOne': 'Choisissez l’un des utilisateurs proposés.',
  'ui.user.selected': 'Utilisateur : {user}',
  'ui.user.describe': '{name} ({email}, id {id})',

  'ui.progress.working': 'Traitement en cours…',
  'ui.progress.sending': 'Envoi en cours…',

  'ui.confirm.user': 'Utilisateur',
  'ui.confirm.org': 'Organisation',
  'ui.confirm.environment': 'Environnement',
  'ui.confirm.cancel': 'Annuler',
  'ui.confirm.guess':
    'Attention : ce corps de requête est une supposition de l’assistant. Aucune description d’API de cet environnement n’a été trouvée : Resolver risque de le refuser ou de l’interpréter autrement.',

  'ui.request.heading': 'Requête à envoyer',
  'ui.request.body': 'Corps de la requête',
  'ui.request.noBody': '(sans corps)',
  'ui.request.source.spec': 'Construite à partir de la description d’API de cet environnement.',
  'ui.request.source.specFrom': 'Construite à partir de la description d’API de cet environnement ({where}).',
  'ui.request.source.documented': 'Construite comme Resolver la documente : ce corps ne demande aucune description d’API.',
  'ui.request.source.example-box': 'Construite à partir de l’Example Value affichée sur cette page Swagger.',
  'ui.request.source.pasted': 'Construite à partir de l’Example Value que vous avez collée.',
  'ui.request.source.default': 'Construite à partir de la supposition intégrée à l’extension.',

  'ui.failure.detail': 'Détails : {detail}',
  'ui.failure.status': 'Resolver a répondu avec le code {status}.',
  'ui.rejected.default':
    'Le corps était la supposition intégrée à l’assistant, et Resolver l’a refusé. Ouvrez la page Swagger de cet environnement, copiez l’Example Value de l’opération et collez-la à la place de la supposition.',
  'ui.rejected.pasted':
    'Le corps a été construit à partir de l’Example Value que vous avez collée. Vérifiez que vous avez copié toute l’Example Value de cette opération depuis la page Swagger de cet environnement, puis collez-la de nouveau.',
  'ui.rejected.example-box':
    'Le corps a été construit à partir de l’Example Value affichée sur cette page Swagger. Rechargez la page et réessayez ; si elle est de nouveau refusée, l’exemple de Resolver ne correspond pas à ce qu’il accepte.',

  'ui.reset.formLabel': 'Réinitialiser la MFA d’un utilisateur',
  'ui.reset.intro':
    'En cas de téléphone perdu ou d’entrée supprimée de l’application d’authentification : l’utilisateur configurera de nouveau la MFA à sa prochaine connexion.',
  'ui.reset.submit': 'Réinitialiser la MFA…',
  'ui.reset.confirmTitle': 'Réinitialiser la MFA de cet utilisateur ?',
  'ui.reset.confirmSummary':
    'La MFA de {user} sera réinitialisée dans {org} ({environment}). Cette personne configurera de nouveau la MFA à sa prochaine connexion.',
  'ui.reset.confirm': 'Confirmer la réinitialisation',
  'ui.reset.success':
    'MFA réinitialisée pour {user} dans {org} ({environment}). Cette personne configurera de nouveau la MFA à sa prochaine connexion.',

  'ui.optOut.formLabel': 'Exempter un utilisateur de la MFA ou l’y soumettre de nouveau',
  'ui.optOut.intro': 'Ne concerne que l’appartenance de l’utilisateur à l’organisation actuelle.',
  'ui.optOut.submit.out': 'Exempter de la MFA…',
  'ui.optOut.submit.in': 'Soumettre de nouveau à la MFA…',
  'ui.optOut.current.loading': 'Vérification de son état MFA actuel…',
  'ui.optOut.current.optedOut': 'Actuellement exempté de la MFA.',
  'ui.optOut.current.subject': 'Actuellement soumis à la MFA.',
  'ui.optOut.current.unknown': 'État MFA actuel : inconnu (Resolver ne l’a pas indiqué).',
  'ui.optOut.already.out': '{user} bénéficie déjà d’une exemption de MFA dans {org} : cet envoi ne change rien.',
  'ui.optOut.already.in': '{user} est déjà soumis à la MFA dans {org} : cet envoi ne change rien.',
  'ui.optOut.confirmTitle.out': 'Exempter cet utilisateur de la MFA ?',
  'ui.optOut.confirmTitle.in': 'Soumettre de nouveau cet utilisateur à la MFA ?',
  'ui.optOut.confirmSummary.out':
    '{user} sera exempté de la MFA dans {org} ({environment}). Cette personne se connectera sans code MFA.',
  'ui.optOut.confirmSummary.in':
    '{user} sera de nouveau soumis à la MFA dans {org} ({environment}). Un code MFA lui sera demandé à sa prochaine connexion.',
  'ui.optOut.confirm.out': 'Confirmer l’exemption',
  'ui.optOut.confirm.in': 'Confirmer la réintégration',
  'ui.optOut.success.out': '{user} est désormais exempté de la MFA dans {org} ({environment}). Cette personne se connectera sans code MFA.',
  'ui.optOut.success.in':
    '{user} est de nouveau soumis à la MFA dans {org} ({environment}). Un code MFA lui sera demandé à sa prochaine connexion.',

  'ui.enforce.formLabel': 'Imposer la MFA',
  'ui.enforce.scope':
    'La MFA sera imposée à TOUTES les organisations de cet environnement de {environment}, pas seulement à {org}.',
  'ui.enforce.effect': 'Chaque utilisateur actif verra l’écran de configuration de la MFA à sa prochaine connexion.',
  'ui.enforce.sandboxWarning':
    'Ceci est un environnement sandbox. La MFA ne devrait être imposée que dans les environnements de production.',
  'ui.enforce.sandboxAck': 'J’ai compris et je veux tout de même imposer la MFA dans cette sandbox.',
  'ui.enforce.submit': 'Imposer la MFA…',
  'ui.enforce.confirmTitle': 'Imposer la MFA à toutes les organisations ?',
  'ui.enforce.confirmSummary':
    'La MFA sera imposée à {org} et à toutes les autres organisations de cet environnement de {environment}. Chaque utilisateur actif verra l’écran de configuration de la MFA à sa prochaine connexion.',
  'ui.enforce.typeOrg': 'Saisissez le nom de l’organisation « {org} » pour confirmer',
  'ui.enforce.typeOrgHint': 'Exactement comme affiché, pour vous assurer qu’il s’agit bien de cette organisation.',
  'ui.enforce.orgUnknown':
    'Cette session n’indique pas son organisation : l’obligation de la MFA ne peut donc pas être confirmée ici. Ouvrez la page d’accueil de Resolver dans l’onglet et réessayez.',
  'ui.enforce.confirm': 'Confirmer : imposer la MFA',
  'ui.enforce.success':
    'La MFA est désormais imposée à {org} et à toutes les autres organisations de cet environnement de {environment}. Chaque utilisateur actif configurera la MFA à sa prochaine connexion.',
} as const satisfies Translation<typeof english>;
