/** English: the extension's name and description, also the manifest's (its `_locales` are made from them at build). */
export const app = {
  'app.name': 'Resolver MFA helper',
  'app.description': "Safe one-click forms for Resolver Core's MFA admin actions, sent through your own signed-in session.",
} as const;
