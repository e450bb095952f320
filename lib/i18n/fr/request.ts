/** French: problems found while preparing an MFA request, before anything is sent. */
import type { Translation } from '../messages';
import type { request as english } from '../en/request';

export const request = {
  'request.user-id-missing': 'Saisissez l’identifiant de l’utilisateur.',
  'request.user-id-not-number': 'L’identifiant de l’utilisateur doit être un nombre.',
  'request.user-id-not-integer': 'L’identifiant de l’utilisateur doit être un nombre entier.',
  'request.user-id-not-positive': 'L’identifiant de l’utilisateur doit être supérieur à 0.',
  'request.user-id-too-large': 'L’identifiant de l’utilisateur est trop grand : le plus grand identifiant possible est {max}.',
  'request.user-id-not-digits': 'L’identifiant de l’utilisateur ne peut contenir que les chiffres de 0 à 9.',
  'request.user-id-leading-zero': 'Écrivez l’identifiant de l’utilisateur sans zéros en tête.',
  'request.opt-out-missing': 'Indiquez si la MFA est désactivée ou activée pour cet utilisateur.',
  'request.spec-unrecognized': 'La description d’API de la page n’est ni un document Swagger 2.0 ni un document OpenAPI 3.',
  'request.spec-invalid': 'La description d’API de la page est mal formée à l’emplacement {where}.',
  'request.spec-ref-unresolved': 'La description d’API de la page fait référence à {ref}, qu’elle ne contient pas.',
  'request.spec-ref-cycle':
    'La description d’API de la page définit {ref} à partir de lui-même : aucun exemple de corps ne peut être construit.',
  'request.spec-too-deep': 'L’exemple de corps de la description d’API de la page est imbriqué sur plus de {limit} niveaux.',
  'request.spec-no-example': 'La description d’API de la page ne donne aucun exemple de corps JSON pour {operation}.',
  'request.placeholder-none': 'L’exemple de corps de {operation} ne contient aucun nombre à remplacer par l’identifiant de l’utilisateur.',
  'request.pasted-not-json':
    'L’Example Value collée n’est pas du JSON valide. Copiez tout le cadre depuis la page Swagger (il commence par {, [ ou un nombre) et collez-le de nouveau.',
  'request.placeholder-ambiguous':
    'L’exemple de corps de {operation} contient plusieurs nombres ({paths}) et aucun n’est clairement l’identifiant de l’utilisateur.',
} as const satisfies Translation<typeof english>;
