/** French: the exemption report ("who is exempt from MFA?"): its engine's sentences and its views. */
import type { Translation } from '../messages';
import type { exemption as english } from '../en/exemption';

export const exemption = {
  'exemption.run.busy':
    'Une analyse est déjà en cours sur cet environnement Resolver. Laissez-la se terminer, ou annulez-la, avant d’en lancer une autre.',
  'exemption.run.not-found': 'Ce rapport n’existe plus : il a été supprimé ou remplacé par une analyse plus récente.',
  'exemption.run.elsewhere':
    'Cette analyse est exécutée par un autre onglet de cet environnement Resolver. Utilisez cet onglet, ou fermez-le et réessayez dans quelques secondes.',
  'exemption.run.nothing-to-retry': 'Toutes les appartenances de cette analyse ont été lues : il n’y a rien à relire.',
  'exemption.run.no-org': 'Resolver n’a pas indiqué à quelle organisation vous êtes connecté : elle ne peut pas être analysée.',
  'exemption.run.wrong-phase': 'Cette analyse est {phase} : cette action n’est donc pas possible pour l’instant.',
  'exemption.phase.listing': 'en train de lister les utilisateurs',
  'exemption.phase.scanning': 'en train de lire les appartenances',
  'exemption.phase.paused': 'en pause',
  'exemption.phase.cancelled': 'annulée',
  'exemption.phase.finished': 'terminée',
  'exemption.phase.failed': 'arrêtée : la liste des utilisateurs n’a pas pu être lue',

  // A soft hyphen, like the other tabs' long words (see ui.ts).
  'exemption.tab': 'Exemp\u00adtés',
  'exemption.heading': 'Qui est exempté de la MFA ?',
  'exemption.intro':
    'Liste les utilisateurs de {org} exemptés de la MFA, avec qui les a exemptés et pourquoi, lorsque l’historique de ce navigateur le sait. Lecture seule : rien n’est modifié.',
  'exemption.start': 'Analyser {org}',
  'exemption.again': 'Analyser de nouveau {org}',
  'exemption.starting': 'Démarrage de l’analyse…',
  'exemption.fullPage': 'Ouvrir les rapports en pleine page',
  'exemption.progress.label': 'Progression de l’analyse',
  'exemption.progress.listing': 'Liste des utilisateurs de {org} en cours…',
  'exemption.progress.reading': '{read} appartenances lues sur {total}.',
  'exemption.progress.exemptSoFar': '{count} exemptés jusqu’ici.',
  'exemption.pause': 'Pause',
  'exemption.resume': 'Reprendre',
  'exemption.cancel': 'Annuler l’analyse',
  'exemption.discard': 'Supprimer ce rapport',
  'exemption.retryFailed': 'Les relire',
  'exemption.paused.admin': 'En pause. Reprenez pour lire les appartenances restantes.',
  'exemption.paused.session':
    'En pause : votre session Resolver a pris fin. Reconnectez-vous dans cet onglet, puis cliquez sur Reprendre.',
  'exemption.paused.other-session':
    'En pause : cet onglet est maintenant connecté avec un autre administrateur ou une autre organisation que ceux de l’analyse ({admin}, {org}). Reconnectez-vous avec ceux-ci, ou relancez une analyse.',
  'exemption.paused.forbidden':
    'En pause : Resolver a refusé d’afficher les appartenances (403). Seul un administrateur de {org} peut l’analyser.',
  'exemption.paused.maintenance': 'En pause : Resolver est en mode maintenance. Reprenez une fois la maintenance terminée.',
  'exemption.paused.unreachable':
    'En pause : impossible de joindre Resolver pour confirmer qui est connecté. Reprenez dès qu’il répond de nouveau.',
  'exemption.cancelled':
    'Analyse annulée après {read} appartenances sur {total} : les chiffres ci-dessous ne portent que sur celles-ci.',
  'exemption.failed': 'La liste des utilisateurs de {org} n’a pas pu être lue : rien n’a été analysé.',
  'exemption.summary':
    '{exempt} utilisateurs actifs sur {active} sont exemptés de la MFA dans {org} ({environment}), analyse du {time}.',
  'exemption.summary.partial':
    'Pour l’instant, {exempt} utilisateurs actifs sur {active} sont exemptés de la MFA dans {org} ({environment}).',
  'exemption.inactiveExempt': '{count} utilisateurs inactifs sont également exemptés ; ils figurent dans la liste ci-dessous.',
  'exemption.inactiveExempt.one': '1 utilisateur inactif est également exempté ; il figure dans la liste ci-dessous.',
  'exemption.unreported':
    'Resolver n’a pas communiqué l’état d’exemption de {count} utilisateurs : ils ne sont comptés ni comme exemptés ni comme soumis à la MFA.',
  'exemption.unreported.one':
    'Resolver n’a pas communiqué l’état d’exemption d’1 utilisateur : il n’est compté ni comme exempté ni comme soumis à la MFA.',
  'exemption.readFailed': 'L’appartenance de {count} utilisateurs n’a pas pu être lue.',
  'exemption.readFailed.one': 'L’appartenance d’1 utilisateur n’a pas pu être lue.',
  'exemption.gone': '{count} utilisateurs listés n’étaient plus membres au moment de la lecture de leur appartenance.',
  'exemption.gone.one': '1 utilisateur listé n’était plus membre au moment de la lecture de son appartenance.',
  'exemption.incomplete':
    'La liste des utilisateurs de Resolver annonçait {total} utilisateurs mais n’en listait que {listed} : ce rapport ne porte que sur ceux-ci.',
  'exemption.limit':
    'L’organisation compte plus d’utilisateurs qu’un rapport n’en lit ({limit}) : ce rapport porte sur les {listed} premiers.',
  'exemption.none': 'Personne n’est exempté de la MFA.',
  'exemption.table.caption': 'Utilisateurs exemptés de la MFA dans {org}',
  'exemption.col.name': 'Nom',
  'exemption.col.email': 'E-mail',
  'exemption.col.id': 'Id',
  'exemption.col.active': 'Actif',
  'exemption.col.admin': 'Administrateur',
  'exemption.col.sso': 'SSO',
  'exemption.col.by': 'Exempté par',
  'exemption.col.when': 'Quand',
  'exemption.col.reason': 'Motif ou ticket',
  'exemption.col.reminder': 'Échéance du rappel',
  'exemption.col.action': 'Action',
  'exemption.flag.yes': 'oui',
  'exemption.flag.no': 'non',
  'exemption.flag.unknown': 'non communiqué',
  'exemption.history.unknown': 'absent de l’historique de ce navigateur',
  'exemption.optBackIn': 'Soumettre de nouveau {name} à la MFA',
  'exemption.exportCsv': 'Exporter en CSV',
  'exemption.exportJson': 'Exporter en JSON',
  'exemption.options.heading': 'Rapports d’exemptions',
  'exemption.options.intro':
    'Le dernier rapport « Qui est exempté de la MFA ? » de chaque environnement Resolver. Relancez une analyse, ou soumettez de nouveau un utilisateur à la MFA, depuis un onglet ouvert sur cet environnement.',
  'exemption.options.none':
    'Aucun rapport pour l’instant. Ouvrez l’assistant sur un onglet Resolver, choisissez Exemptés, puis Analyser.',
  'exemption.options.noTab':
    'Aucun onglet de {origin} n’est ouvert : ouvrez-en un et connectez-vous pour relancer une analyse ou soumettre de nouveau des utilisateurs à la MFA.',
  'exemption.options.report': 'Rapport pour {org} ({environment}), {origin}',
} as const satisfies Translation<typeof english>;
