/** English: support (the user card, the lost-phone flow and the settings on the options page). */
export const support = {
  'card.label': 'About {name}',
  'card.email': 'Email',
  'card.id': 'Id',
  'card.account': 'Account',
  'card.active': 'active',
  'card.inactive': 'inactive',
  'card.activeUnknown': 'active state not reported',
  'card.admin': 'admin',
  'card.notAdmin': 'not an admin',
  'card.signIn': 'Sign-in',
  'card.sso': 'single sign-on (SSO)',
  'card.password': 'Resolver password',
  'card.signInUnknown': 'not reported',
  'card.mfa': 'MFA',
  'card.mfa.notShown': 'Opt-out state not read yet.',
  'card.mfa.sso': 'Does not apply (SSO).',
  'card.enrolment': 'Enrolment',
  'card.enrolment.unknown': 'Not reported by Resolver.',
  'card.last': 'Last action here',
  'card.last.loading': 'Reading this browser’s history…',
  'card.last.none': 'None from this browser.',
  'card.last.unavailable': 'This browser’s history could not be read.',
  'card.last.entry': '{action}: {outcome}, {time}',
  'card.sso.blocked':
    'This user signs in with single sign-on (SSO): MFA does not apply to them, so resetting or opting out changes nothing. Their MFA is managed by your identity provider.',

  'checklist.legend': 'Caller verified',
  'checklist.hint': 'Tick every check before confirming.',
  'reason.label': 'Reason / ticket reference (optional)',
  'reason.hint': 'Kept in this browser’s action history. Up to {max} characters.',

  'selfLockout.warning':
    'This is your own account. After the change you may be asked to set up MFA (or sign in without it) at your next sign-in.',
  'selfLockout.ack': 'I understand that this changes my own account.',

  'nextSteps.title': 'Message for the user',
  'nextSteps.message':
    'Hello {name},\n\nYour multi-factor authentication (MFA) for Resolver has been reset. Next steps:\n1. Sign in to Resolver at {origin} as usual.\n2. When asked, scan the new QR code with your authenticator app and enter the code it shows.\n3. Optionally tick “Remember this device for 30 days” so this device is not asked for a code for 30 days.\n\nIf you did not ask for this, contact the support desk straight away.',
  'nextSteps.copy': 'Copy message',
  'nextSteps.copied': 'Copied.',
  'nextSteps.copyFailed': 'The message could not be copied: select the text above and copy it by hand.',

  'settings.title': 'Settings',
  'settings.checklist.label': 'Caller verification checklist',
  'settings.checklist.hint':
    'One check per line (at most {count}, each up to {max} characters). Before resetting a user’s MFA, the admin ticks every check. Leave empty for no checklist.',
  'settings.checklist.placeholder':
    'For example:\nCaller’s identity verified by a second channel\nRequest matches the account’s email or manager approval',
  'settings.save': 'Save',
  'settings.loading': 'Loading the settings…',
  'settings.saved': 'Settings saved.',
  'settings.invalid': 'Not saved: at most {count} checks, each up to {max} characters.',
  'settings.saveFailed': 'Not saved: this browser’s storage refused the change.',
  'settings.language.label': 'Language',
  'settings.language.hint': 'For the popup, the panel on Resolver pages and this page. Saved as soon as you choose.',
  'settings.language.auto': 'Browser language ({language})',
} as const;
