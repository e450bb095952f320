/** French: the extension's name and description, also the manifest's. */
import type { Translation } from '../messages';
import type { app as english } from '../en/app';

export const app = {
  'app.name': 'Assistant MFA pour Resolver',
  'app.description':
    'Des formulaires sûrs, en un clic, pour les actions MFA d’administration de Resolver Core, envoyés par votre propre session.',
} as const satisfies Translation<typeof english>;
