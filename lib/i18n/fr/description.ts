/** French: finding this environment's API description and session, and what the admin can do without them. */
import type { Translation } from '../messages';
import type { description as english } from '../en/description';

export const description = {
  'description.none': 'Aucune description d’API trouvée pour cet environnement ne contient l’exemple de corps de {operation}.',
  'description.bulkNeedsDescription':
    'Un traitement par lot a besoin de la description d’API de cet environnement pour {operation}, et aucune n’a été trouvée. Ouvrez la page Swagger dans cet onglet (Admin > Tools > Swagger Docs), puis réessayez ; ou effectuez l’action utilisateur par utilisateur en collant l’Example Value.',

  'description.source.swagger-ui': 'chargée par Swagger UI sur la page Swagger',
  'description.source.page-config': 'indiquée dans la configuration de la page Swagger',
  'description.source.page-requests': 'téléchargée par la page Swagger',
  'description.source.page-inputs': 'affichée sur la page Swagger',
  'description.source.discovery': 'indiquée par la découverte de services de Resolver',
  'description.source.remembered': 'mémorisée lors d’une visite précédente de la page Swagger',
  'description.source.common-location': 'trouvée à un emplacement habituel',

  'session.source.web-app': 'la connexion de Resolver dans cet onglet',
  'session.source.access-token': 'l’adresse de la page Swagger (access_token)',
  'session.source.swagger-ui': 'l’autorisation de Swagger UI sur cette page',

  'bodyHelp.title': 'Donnez à l’assistant l’exemple de Resolver',
  'bodyHelp.production':
    'Ceci est un environnement de production : l’assistant n’y envoie jamais un corps supposé. Chacun de ces moyens lui donne le corps que Resolver documente pour cet environnement :',
  'bodyHelp.sandbox':
    'Chacun de ces moyens donne à l’assistant le corps que Resolver documente pour cet environnement ; dans une sandbox, vous pouvez aussi envoyer la supposition intégrée en connaissance de cause :',
  'bodyHelp.openSwagger': 'Ouvrir la page Swagger dans cet onglet',
  'bodyHelp.openSwaggerHint': 'L’assistant lit la description qu’utilise la page Swagger. Rouvrez l’assistant une fois la page chargée.',
  'bodyHelp.showExample': 'Sur cette page, dépliez {operation} pour afficher son Example Value, puis réessayez.',
  'bodyHelp.tryAgain': 'Réessayer',
  'bodyHelp.pasteLabel': 'Collez l’Example Value de {operation}',
  'bodyHelp.pasteHint':
    'Copiez tout le cadre Example Value de cette opération depuis la page Swagger de cet environnement. L’assistant place lui-même l’identifiant de l’utilisateur à l’emplacement prévu.',
  'bodyHelp.usePasted': 'Utiliser l’Example Value collée',
  'bodyHelp.acceptGuess': 'Je comprends que ce corps est une supposition de l’assistant et je veux tout de même l’envoyer à cette sandbox.',
  'bodyHelp.useGuess': 'Utiliser la supposition intégrée',
} as const satisfies Translation<typeof english>;
