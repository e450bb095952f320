/** French: what the helper says about saving to extension storage (lib/store-owner/). */
import type { Translation } from '../messages';
import type { storage as english } from '../en/storage';

export const storage = {
  'storage.unsaved.pending':
    'Effectué dans Resolver, mais pas encore enregistré dans l’historique de ce navigateur : l’arrière-plan de l’extension ne répond pas. Gardez cet onglet ouvert ; l’enregistrement se fera dès qu’il répondra.',
  'storage.unsaved.refused':
    'Effectué dans Resolver, mais non enregistré dans l’historique de ce navigateur : le stockage de l’extension est plein. Voir « Stockage » sur la page d’options.',
  'storage.unsavedWrites.one':
    '1 modification faite dans cet onglet n’est pas encore enregistrée dans l’historique. Gardez l’onglet ouvert ; elle sera enregistrée dès que l’arrière-plan de l’extension répondra.',
  'storage.unsavedWrites.many':
    '{count} modifications faites dans cet onglet ne sont pas encore enregistrées dans l’historique. Gardez l’onglet ouvert ; elles seront enregistrées dès que l’arrière-plan de l’extension répondra.',

  'storage.title': 'Stockage',
  'storage.usage': 'Les données de l’assistant occupent {used} des {quota} que le navigateur lui accorde ({percent} %).',
  'storage.usage.unknown': 'Ce navigateur n’indique pas quelle part de son stockage l’assistant utilise.',
  'storage.rule':
    'Quand le stockage est plein, l’assistant libère de la place, un élément à la fois : d’abord un rapport d’exemptions terminé d’un autre environnement (une nouvelle analyse le recrée), puis un traitement par lot terminé d’un autre environnement (ses lignes figurent dans l’historique), puis les 250 entrées les plus anciennes de l’historique. Une analyse ou un traitement en cours n’est jamais supprimé.',
  'storage.nearlyFull':
    'Le stockage est plein à {percent} %. Exportez l’historique dès maintenant : une fois le stockage plein, ses entrées les plus anciennes seront supprimées pour libérer de la place.',
  'storage.drops.none': 'Rien n’a été supprimé pour libérer de la place.',
  'storage.drops.title': 'Supprimé pour libérer de la place',
  'storage.drop.audit': '{time} : les {count} entrées les plus anciennes de l’historique, enregistrées du {from} au {to}.',
  'storage.drop.bulk': '{time} : le traitement par lot terminé de {origin} (dernière mise à jour : {updatedAt}).',
  'storage.drop.report': '{time} : le rapport d’exemptions de {origin} (analyse : {scannedAt}).',
  'storage.drop.unknownTime': 'un moment inconnu',
} as const satisfies Translation<typeof english>;
