/** English: ui (the popup and the in-page panel). */
export const ui = {
  'ui.status.checking': 'Checking your Resolver tab…',
  'ui.status.signedInAs': 'Signed in as',
  'ui.status.unknownUser': 'an unnamed user',
  'ui.status.org': 'Org',
  'ui.status.session': 'Session',
  'ui.status.sessionSource': 'Session from',
  'ui.status.notSignedIn': 'Not signed in to Resolver in this tab.',
  'ui.status.refresh': 'Refresh status',
  'ui.session.timeLeft': '{time} left',
  'ui.session.expired': 'expired',
  'ui.session.timeUnknown': 'time left unknown',
  'ui.environment.badge.production': 'PRODUCTION',
  'ui.environment.badge.sandbox': 'Sandbox',
  'ui.environment.production': 'production',
  'ui.environment.sandbox': 'sandbox',
  'ui.org.unknown': 'the current org (its name is not available)',

  'ui.notice.noTab.title': 'Open your Resolver tab',
  'ui.notice.noTab.where': 'This helper works on Resolver Core pages (https://<environment>.resolver.com).',
  'ui.notice.noTab.what': 'Switch to your Resolver tab, sign in, then open the helper again.',
  'ui.notice.noTab.reload': 'If the tab was already open before the helper was installed, reload it first.',
  'ui.notice.signedOut.title': 'Sign in to Resolver',
  'ui.notice.signedOut.what': 'Sign in to Resolver in this tab, then open the helper again or press “Refresh status”.',
  'ui.notice.notAdmin.title': 'An admin account is needed',
  'ui.notice.notAdmin.what': 'These MFA actions need a Resolver admin. Sign in as an admin of this org in the tab.',

  'ui.tabs.label': 'MFA actions',
  'ui.tabs.reset': 'Reset MFA',
  'ui.tabs.optOut': 'Opt out / in',
  'ui.tabs.enforce': 'Enforce MFA',
  'ui.tabs.loading': 'Opening this tab…',

  'ui.user.label': 'User',
  'ui.user.hint': 'Their id, email or name.',
  'ui.user.required': 'Enter the user’s id, email or name.',
  'ui.user.searching': 'Looking up “{query}”…',
  'ui.user.noMatch': 'No user matches “{query}”.',
  'ui.user.several': '{count} users match “{query}”. Choose one:',
  'ui.user.chooseOne': 'Choose one of the users listed.',
  'ui.user.selected': 'User: {user}',
  'ui.user.describe': '{name} ({email}, id {id})',

  'ui.progress.working': 'Working…',
  'ui.progress.sending': 'Sending…',

  'ui.confirm.user': 'User',
  'ui.confirm.org': 'Org',
  'ui.confirm.environment': 'Environment',
  'ui.confirm.cancel': 'Cancel',
  'ui.confirm.guess':
    'Warning: this body is the helper’s guess. No API description of this environment was found, so Resolver may reject it or read it differently.',

  'ui.request.heading': 'Request to send',
  'ui.request.body': 'Request body',
  'ui.request.noBody': '(no body)',
  'ui.request.source.spec': 'Built from this environment’s API description.',
  'ui.request.source.specFrom': 'Built from this environment’s API description ({where}).',
  'ui.request.source.documented': 'Built as Resolver documents it: this body needs no API description.',
  'ui.request.source.example-box': 'Built from the Example Value shown on this Swagger page.',
  'ui.request.source.pasted': 'Built from the Example Value you pasted.',
  'ui.request.source.default': 'Built from the extension’s built-in guess.',

  'ui.failure.detail': 'Details: {detail}',
  'ui.failure.status': 'Resolver answered with status {status}.',
  'ui.rejected.default':
    'The body was the helper’s built-in guess, and Resolver rejected it. Open the Swagger page of this environment, copy the operation’s Example Value, and paste it in place of the guess.',
  'ui.rejected.pasted':
    'The body was built from the Example Value you pasted. Check that you copied the whole Example Value of this operation from this environment’s own Swagger page, then paste it again.',
  'ui.rejected.example-box':
    'The body was built from the Example Value shown on this Swagger page. Reload the page and try again; if it is rejected again, Resolver’s example does not match what it accepts.',

  'ui.reset.formLabel': 'Reset a user’s MFA',
  'ui.reset.intro': 'For a lost phone or a deleted authenticator entry: the user sets up MFA again at next sign-in.',
  'ui.reset.submit': 'Reset MFA…',
  'ui.reset.confirmTitle': 'Reset this user’s MFA?',
  'ui.reset.confirmSummary':
    'MFA will be reset for {user} in {org} ({environment}). They will set up MFA again at next sign-in.',
  'ui.reset.confirm': 'Confirm reset',
  'ui.reset.success': 'MFA reset for {user} in {org} ({environment}). They will set up MFA again at next sign-in.',

  'ui.optOut.formLabel': 'Opt a user out of MFA or back in',
  'ui.optOut.intro': 'Applies to the user’s membership in the current org only.',
  'ui.optOut.submit.out': 'Opt out of MFA…',
  'ui.optOut.submit.in': 'Opt back in…',
  'ui.optOut.current.loading': 'Checking their current MFA state…',
  'ui.optOut.current.optedOut': 'Currently opted out of MFA.',
  'ui.optOut.current.subject': 'Currently subject to MFA.',
  'ui.optOut.current.unknown': 'Current MFA state: unknown (Resolver did not say).',
  'ui.optOut.already.out': '{user} is already opted out of MFA in {org}: sending this changes nothing.',
  'ui.optOut.already.in': '{user} is already subject to MFA in {org}: sending this changes nothing.',
  'ui.optOut.confirmTitle.out': 'Opt this user out of MFA?',
  'ui.optOut.confirmTitle.in': 'Opt this user back in to MFA?',
  'ui.optOut.confirmSummary.out':
    '{user} will be opted out of MFA in {org} ({environment}). They will sign in without an MFA code.',
  'ui.optOut.confirmSummary.in':
    '{user} will be subject to MFA again in {org} ({environment}). They will need an MFA code at next sign-in.',
  'ui.optOut.confirm.out': 'Confirm opt-out',
  'ui.optOut.confirm.in': 'Confirm opt-in',
  'ui.optOut.success.out': '{user} is now opted out of MFA in {org} ({environment}). They will sign in without an MFA code.',
  'ui.optOut.success.in':
    '{user} is subject to MFA again in {org} ({environment}). They will need an MFA code at next sign-in.',

  'ui.enforce.formLabel': 'Enforce MFA',
  'ui.enforce.scope':
    'MFA will be enforced on EVERY org of this {environment} environment, not only {org}.',
  'ui.enforce.effect': 'Every active user gets the MFA setup screen at their next sign-in.',
  'ui.enforce.sandboxWarning':
    'This is a sandbox environment. MFA should only be enforced in production environments.',
  'ui.enforce.sandboxAck': 'I understand, and want to enforce MFA in this sandbox anyway.',
  'ui.enforce.submit': 'Enforce MFA…',
  'ui.enforce.confirmTitle': 'Enforce MFA on every org?',
  'ui.enforce.confirmSummary':
    'MFA will be enforced on {org} and every other org of this {environment} environment. Every active user gets the MFA setup screen at their next sign-in.',
  'ui.enforce.typeOrg': 'Type the org name “{org}” to confirm',
  'ui.enforce.typeOrgHint': 'Exactly as shown, to make sure this is the org you mean.',
  'ui.enforce.orgUnknown':
    'This session does not name its org, so enforcing MFA cannot be confirmed here. Open Resolver’s home page in the tab and try again.',
  'ui.enforce.confirm': 'Confirm: enforce MFA',
  'ui.enforce.success':
    'MFA is now enforced on {org} and every other org of this {environment} environment. Every active user will set up MFA at next sign-in.',
} as const;
