/** French: what the organisation's policy (managed storage, lib/policy/) allows, and why a value was not applied. */
import type { Translation } from '../messages';
import type { policy as english } from '../en/policy';

export const policy = {
  'policy.refused.environment': 'Votre organisation n’autorise pas cet assistant sur {host}.',
  'policy.refused.enforce-off': 'L’application obligatoire de la MFA est désactivée par votre organisation.',
  'policy.refused.bulk-off': 'Les traitements par lot sont désactivés par votre organisation.',
  'policy.refused.reason-required': 'Votre organisation exige un motif ou une référence de ticket pour cette action.',

  'policy.environment.notice':
    'Votre organisation n’autorise pas cet assistant sur {host} : il n’agit que sur {allowed}. Utilisez-le dans l’un de ces environnements, ou adressez-vous à votre service informatique.',
  'policy.tab.enforceOff': 'L’application obligatoire de la MFA est désactivée par votre organisation.',
  'policy.tab.bulkOff': 'Les traitements par lot sont désactivés par votre organisation.',
  'policy.reason.label': 'Motif ou référence de ticket (exigé par votre organisation)',
  'policy.reason.missing': 'Votre organisation exige un motif ou une référence de ticket : saisissez-en un pour confirmer.',

  'policy.title': 'Défini par votre organisation',
  'policy.intro':
    'Ces valeurs viennent de la politique de votre organisation. Elles s’appliquent dans ce navigateur et ne peuvent pas être modifiées ici.',
  'policy.value.allowedEnvironments': 'Environnements sur lesquels l’assistant agit : {value}.',
  'policy.value.callerChecklist': 'Liste de vérification de l’appelant : {count} vérifications, affichées sous Paramètres.',
  'policy.value.requireReason.on':
    'Un motif ou une référence de ticket est exigé pour réinitialiser la MFA d’un utilisateur ou l’en exempter.',
  'policy.value.requireReason.off': 'Le motif ou la référence de ticket est facultatif.',
  'policy.value.allowBulkRuns.on': 'Les traitements par lot sont autorisés.',
  'policy.value.allowBulkRuns.off': 'Les traitements par lot sont désactivés.',
  'policy.value.allowEnforce.on': 'L’application obligatoire de la MFA est autorisée.',
  'policy.value.allowEnforce.off': 'L’application obligatoire de la MFA est désactivée.',
  'policy.value.auditRetentionDays': 'L’historique conserve {days} jours : les entrées plus anciennes sont supprimées.',
  'policy.problems.title': 'Valeurs non appliquées',
  'policy.problem.unknown-key': '« {key} » n’est pas un paramètre connu de cette version : il est ignoré.',
  'policy.problem.environments-type':
    '« {key} » doit être une liste d’hôtes : tous les environnements Resolver restent autorisés.',
  'policy.problem.environments-empty':
    '« {key} » ne nomme aucun environnement : tous les environnements Resolver restent autorisés.',
  'policy.problem.environments-too-many':
    '« {key} » nomme plus de {max} environnements : tous les environnements Resolver restent autorisés.',
  'policy.problem.environment-shape':
    '« {key} » : « {value} » n’est pas un hôte (écrivez acme.resolver.com, ou *.resolver.com pour tous les environnements d’un domaine) : tous les environnements Resolver restent autorisés.',
  'policy.problem.environment-not-resolver':
    '« {key} » : « {value} » n’est pas un hôte Resolver (…resolver.com) : tous les environnements Resolver restent autorisés.',
  'policy.problem.checklist':
    '« {key} » doit être une liste d’au plus {count} vérifications d’au plus {max} caractères chacune : la liste définie sur cette page s’applique.',
  'policy.problem.boolean': '« {key} » doit valoir true ou false, pas {value} : la valeur par défaut de l’assistant s’applique.',
  'policy.problem.days':
    '« {key} » doit être un nombre entier de jours entre {min} et {max}, pas {value} : l’historique conserve ses entrées.',

  'settings.checklist.managed':
    'Défini par votre organisation : ces vérifications s’appliquent à chaque réinitialisation et ne peuvent pas être modifiées ici.',
  'settings.checklist.managedNone': 'Défini par votre organisation : aucune liste de vérification.',
} as const satisfies Translation<typeof english>;
