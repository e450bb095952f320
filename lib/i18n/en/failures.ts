/** English: failures. One sentence per FailureKind (`failure.<kind>`), then the details we add ourselves. */
import type { FailureKind } from '../../protocol';

const kinds = {
  'failure.invalid-input': 'Nothing was sent: the request is not valid.',
  'failure.signed-out': 'You are not signed in to Resolver in this tab. Sign in there, then try again.',
  'failure.session-ended': 'Your Resolver session has ended. Sign in again in this tab, then retry.',
  'failure.forbidden':
    'Resolver refused: your account may not do this, or your network address is not on the allowed list.',
  'failure.not-found': 'Resolver did not find it: the user may not exist or not belong to this org.',
  'failure.maintenance': 'This Resolver org is in maintenance mode. Try again once maintenance is over.',
  'failure.rejected': 'Resolver rejected the request.',
  'failure.server':
    'Resolver reported an error on its side. If you were making a change, check whether it was applied before trying again.',
  'failure.network':
    'Resolver could not be reached. Check your connection; if you were making a change, check whether it was applied before trying again.',
  'failure.timeout':
    'Resolver did not answer in time. If you were making a change, it may still have been applied: check before trying again.',
  'failure.no-description':
    'Nothing was sent: the request body would be a guess, because no API description of this environment gives it.',
  'failure.no-resolver-tab':
    'This works on a Resolver tab (https://<environment>.resolver.com). Open your Resolver tab and sign in; if it was open before this extension was installed, reload it.',
  'failure.policy': 'Nothing was sent: your organisation’s policy does not allow this.',
} as const satisfies Record<`failure.${FailureKind}`, string>;

const details = {
  'failure.detail.path-refused': 'The address would leave this Resolver environment.',
  'failure.detail.sender-refused': 'Only this extension’s own pages may ask.',
  'failure.detail.invalid-request': 'The request does not have the expected form.',
  'failure.detail.unexpected-response': 'Resolver answered in a form this extension does not recognise.',
  'failure.detail.request-changed':
    'The request changed since you confirmed it (the page’s API description changed meanwhile). Nothing was sent: review it again.',
} as const;

export const failures = { ...kinds, ...details } as const;
