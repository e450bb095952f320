/** French: failures. One sentence per FailureKind (`failure.<kind>`), then the details we add ourselves. */
import type { Translation } from '../messages';
import type { failures as english } from '../en/failures';

export const failures = {
  'failure.invalid-input': 'Rien n’a été envoyé : la requête n’est pas valide.',
  'failure.signed-out': 'Vous n’êtes pas connecté à Resolver dans cet onglet. Connectez-vous-y, puis réessayez.',
  'failure.session-ended': 'Votre session Resolver a pris fin. Reconnectez-vous dans cet onglet, puis réessayez.',
  'failure.forbidden':
    'Resolver a refusé : votre compte n’est peut-être pas autorisé à faire cela, ou votre adresse réseau ne figure pas dans la liste autorisée.',
  'failure.not-found': 'Resolver n’a rien trouvé : l’utilisateur n’existe peut-être pas ou n’appartient pas à cette organisation.',
  'failure.maintenance': 'Cette organisation Resolver est en mode maintenance. Réessayez une fois la maintenance terminée.',
  'failure.rejected': 'Resolver a refusé la requête.',
  'failure.server':
    'Resolver a signalé une erreur de son côté. Si vous faisiez une modification, vérifiez si elle a été appliquée avant de réessayer.',
  'failure.network':
    'Impossible de joindre Resolver. Vérifiez votre connexion ; si vous faisiez une modification, vérifiez si elle a été appliquée avant de réessayer.',
  'failure.timeout':
    'Resolver n’a pas répondu à temps. Si vous faisiez une modification, elle a peut-être été appliquée : vérifiez-le avant de réessayer.',
  'failure.no-description':
    'Rien n’a été envoyé : le corps de la requête serait une supposition, car aucune description d’API de cet environnement ne le donne.',
  'failure.no-resolver-tab':
    'Cela fonctionne sur un onglet Resolver (https://<environnement>.resolver.com). Ouvrez votre onglet Resolver et connectez-vous ; s’il était ouvert avant l’installation de cette extension, rechargez-le.',
  'failure.policy': 'Rien n’a été envoyé : la politique de votre organisation ne le permet pas.',

  'failure.detail.path-refused': 'L’adresse sortirait de cet environnement Resolver.',
  'failure.detail.sender-refused': 'Seules les pages de cette extension peuvent le demander.',
  'failure.detail.invalid-request': 'La requête n’a pas la forme attendue.',
  'failure.detail.unexpected-response': 'Resolver a répondu sous une forme que cette extension ne reconnaît pas.',
  'failure.detail.request-changed':
    'La requête a changé depuis votre confirmation (la description d’API de la page a changé entre-temps). Rien n’a été envoyé : vérifiez-la de nouveau.',
} as const satisfies Translation<typeof english>;
