/** French: bulk-run (sentences the bulk engine itself produces; the bulk UI's words live in its own area). */
import type { Translation } from '../messages';
import type { bulkRun as english } from '../en/bulk-run';

export const bulkRun = {
  'bulk.input.empty': 'La liste ne contient aucun identifiant d’utilisateur ni aucune adresse e-mail.',
  'bulk.input.too-many':
    'La liste contient {count} entrées ; un traitement par lot en accepte {limit} au maximum. Répartissez-la sur plusieurs traitements.',
  'bulk.input.unclosed-quote': 'Le CSV contient un champ entre guillemets qui n’est jamais fermé (il commence à la ligne {line}).',
  'bulk.row.not-id-or-email':
    'Ni un identifiant d’utilisateur ni une adresse e-mail. Les traitements par lot n’acceptent que des identifiants et des e-mails : un nom est trop imprécis pour choisir le bon utilisateur lors d’une modification qui en concerne beaucoup.',
  'bulk.run.busy':
    'Un traitement par lot est déjà en cours sur cet environnement Resolver. Laissez-le se terminer, ou annulez-le, avant d’en lancer un autre.',
  'bulk.run.not-found': 'Ce traitement par lot n’existe plus : il a été supprimé ou remplacé.',
  'bulk.run.wrong-phase': 'Ce traitement par lot est {phase} : il ne peut donc pas {command}.',
  'bulk.run.elsewhere':
    'Ce traitement par lot est exécuté par un autre onglet de cet environnement Resolver. Utilisez cet onglet, ou fermez-le et réessayez dans quelques secondes.',
  'bulk.run.nothing-to-retry': 'Aucune ligne de ce traitement par lot n’a échoué : il n’y a rien à relancer.',
  'bulk.run.no-org':
    'Resolver n’a pas indiqué à quelle organisation vous êtes connecté : aucun traitement par lot ne peut être préparé.',

  'bulk.run.phase.resolving': 'encore en train de rechercher les utilisateurs',
  'bulk.run.phase.review': 'en attente de votre confirmation',
  'bulk.run.phase.running': 'en cours',
  'bulk.run.phase.paused': 'en pause',
  'bulk.run.phase.cancelled': 'annulé',
  'bulk.run.phase.finished': 'terminé',
  'bulk.run.command.start': 'démarrer',
  'bulk.run.command.pause': 'être mis en pause',
  'bulk.run.command.resume': 'reprendre',
  'bulk.run.command.cancel': 'être annulé',
  'bulk.run.command.retryFailed': 'relancer ses lignes en échec',
  'bulk.run.command.discard': 'être supprimé pendant son exécution',
} as const satisfies Translation<typeof english>;
