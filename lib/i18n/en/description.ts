/** English: finding this environment's API description and session, and what the admin can do without them. */
export const description = {
  'description.none': 'No API description found for this environment holds the example body of {operation}.',
  'description.bulkNeedsDescription':
    'A bulk run needs this environment’s API description for {operation}, and none could be found. Open the Swagger page in this tab (Admin > Tools > Swagger Docs), then try again; or run the action for one user at a time with the Example Value pasted.',

  'description.source.swagger-ui': 'loaded by Swagger UI on the Swagger page',
  'description.source.page-config': 'named in the Swagger page’s configuration',
  'description.source.page-requests': 'fetched by the Swagger page',
  'description.source.page-inputs': 'shown on the Swagger page',
  'description.source.discovery': 'named by Resolver’s service discovery',
  'description.source.remembered': 'remembered from an earlier visit to the Swagger page',
  'description.source.common-location': 'found at a usual location',

  'session.source.web-app': 'Resolver’s own sign-in in this tab',
  'session.source.access-token': 'the Swagger page’s address (access_token)',
  'session.source.swagger-ui': 'Swagger UI’s authorisation on this page',

  'bodyHelp.title': 'Give the helper Resolver’s own example',
  'bodyHelp.production':
    'This is a production environment: the helper never sends a guessed body here. Any of these gives it the body Resolver documents for this environment:',
  'bodyHelp.sandbox':
    'Any of these gives the helper the body Resolver documents for this environment; in a sandbox you may also send the built-in guess knowingly:',
  'bodyHelp.openSwagger': 'Open the Swagger page in this tab',
  'bodyHelp.openSwaggerHint': 'The helper reads the description the Swagger page uses. Open the helper again once the page has loaded.',
  'bodyHelp.showExample': 'On this page, open {operation} so that its Example Value shows, then try again.',
  'bodyHelp.tryAgain': 'Try again',
  'bodyHelp.pasteLabel': 'Paste the Example Value of {operation}',
  'bodyHelp.pasteHint':
    'Copy the whole Example Value box of this operation from the Swagger page of this environment. The helper puts the user id in its placeholder itself.',
  'bodyHelp.usePasted': 'Use the pasted Example Value',
  'bodyHelp.acceptGuess': 'I understand the body is the helper’s guess, and want to send it to this sandbox anyway.',
  'bodyHelp.useGuess': 'Use the built-in guess',
} as const;
