/**
 * English: expiring opt-outs (the reminder choice on the opt-out form, the badge, the expired
 * list in the popup and the notice on Resolver pages). The wording never promises an automatic
 * opt-in: the extension can only remind, and act on the admin's click in their own session.
 */
export const reminders = {
  'reminders.field.label': 'Remind me to opt them back in',
  'reminders.field.never': 'Never',
  'reminders.field.in': 'In {period}',
  'reminders.field.hint':
    'Only when opting out. When it is due, the helper shows a badge and a notice on this Resolver site, with a button to opt them back in. It does not opt anyone back in by itself.',
  'reminders.period.one': '1 day',
  'reminders.period.many': '{days} days',
  'reminders.confirm.note': 'In {period}, the helper will remind you to opt them back in. It will not do it by itself.',

  'reminders.badge.one': 'Resolver MFA helper: 1 MFA opt-out is due to end',
  'reminders.badge.many': 'Resolver MFA helper: {count} MFA opt-outs are due to end',

  'reminders.notice.label': 'Resolver MFA helper: MFA opt-outs due to end',
  'reminders.notice.close': 'Close',
  'reminders.expired.heading': 'MFA opt-outs due to end',
  'reminders.expired.item':
    '{user} was opted out of MFA in {org} ({environment}) until {date}. That time has passed: they still sign in without an MFA code until you opt them back in.',
  'reminders.expired.userById': 'User id {id}',
  'reminders.expired.optBackIn': 'Opt {name} back in to MFA',
  'reminders.expired.dismiss': 'Dismiss',
  'reminders.expired.dismissHint': 'Dismiss only forgets the reminder: the user stays opted out.',
  'reminders.expired.sending': 'Opting {name} back in…',
  'reminders.expired.done': 'Done: {user} is subject to MFA again in {org} ({environment}). They will need an MFA code at next sign-in.',
  'reminders.expired.failed': 'Opting {name} back in did not work. The reminder stays.',
} as const;
