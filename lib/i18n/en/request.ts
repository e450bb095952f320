/** English: problems found while preparing an MFA request, before anything is sent. */
export const request = {
  'request.user-id-missing': 'Enter the user id.',
  'request.user-id-not-number': 'The user id must be a number.',
  'request.user-id-not-integer': 'The user id must be a whole number.',
  'request.user-id-not-positive': 'The user id must be greater than 0.',
  'request.user-id-too-large': 'The user id is too large: the largest possible id is {max}.',
  'request.user-id-not-digits': 'The user id may contain only the digits 0 to 9.',
  'request.user-id-leading-zero': 'Write the user id without leading zeros.',
  'request.opt-out-missing': 'Choose whether MFA is switched off or on for this user.',
  'request.spec-unrecognized': "The page's API description is neither a Swagger 2.0 nor an OpenAPI 3 document.",
  'request.spec-invalid': "The page's API description is malformed at {where}.",
  'request.spec-ref-unresolved': "The page's API description refers to {ref}, which it does not contain.",
  'request.spec-ref-cycle': "The page's API description defines {ref} in terms of itself, so no example body can be built.",
  'request.spec-too-deep': "The example body in the page's API description is nested more than {limit} levels deep.",
  'request.spec-no-example': "The page's API description shows no JSON example body for {operation}.",
  'request.placeholder-none': 'The example body of {operation} holds no number to replace with the user id.',
  'request.pasted-not-json':
    'The pasted Example Value is not valid JSON. Copy the whole box from the Swagger page (it starts with {, [ or a number) and paste it again.',
  'request.placeholder-ambiguous':
    'The example body of {operation} holds several numbers ({paths}) and none is clearly the user id.',
} as const;
