/** English: audit (the history of admin actions: options page and the popup's link to it). */
import type { FailureKind } from '../../protocol';

/** Short words for the outcome column; the full sentences are `failure.<kind>`. */
const kinds = {
  'audit.kind.invalid-input': 'not valid, nothing sent',
  'audit.kind.signed-out': 'not signed in, nothing sent',
  'audit.kind.session-ended': 'session ended',
  'audit.kind.forbidden': 'refused',
  'audit.kind.not-found': 'not found',
  'audit.kind.maintenance': 'maintenance mode',
  'audit.kind.rejected': 'rejected',
  'audit.kind.server': 'Resolver error',
  'audit.kind.network': 'not reached',
  'audit.kind.timeout': 'no answer in time',
  'audit.kind.no-resolver-tab': 'no Resolver tab',
} as const satisfies Record<`audit.kind.${FailureKind}`, string>;

export const audit = {
  'audit.link': 'History',
  'audit.title': 'MFA action history',
  'audit.intro':
    'Every MFA action taken with this extension in this browser, from the popup or the Swagger page panel, whether it succeeded or not. It is kept in this browser only.',
  'audit.loading': 'Loading the history…',
  'audit.loadFailed': 'The history could not be read from this browser’s storage.',
  'audit.count': 'Showing {shown} of {total} entries (keeps the last {limit}).',
  'audit.empty': 'No actions recorded yet.',
  'audit.noMatch': 'No entries match these filters.',
  'audit.showMore': 'Show {count} more',

  'audit.filters': 'Filters',
  'audit.filter.action': 'Action',
  'audit.filter.outcome': 'Outcome',
  'audit.filter.environment': 'Environment',
  'audit.filter.text': 'Search',
  'audit.filter.textHint': 'User, admin, org or reason.',
  'audit.filter.from': 'From',
  'audit.filter.to': 'To',
  'audit.filter.all': 'All',
  'audit.filter.ok': 'Succeeded',
  'audit.filter.failed': 'Failed',
  'audit.filter.reset': 'Clear filters',

  'audit.action.enforceOrgMfa': 'Enforce MFA',
  'audit.action.resetUserMfa': 'Reset MFA',
  'audit.action.setMfaOptOut': 'Opt out / in',
  'audit.action.optedOut': 'Opt out of MFA',
  'audit.action.optedIn': 'Opt back in to MFA',

  'audit.table.caption': 'Recorded actions, newest first',
  'audit.column.time': 'Time',
  'audit.column.admin': 'Admin',
  'audit.column.environment': 'Environment',
  'audit.column.org': 'Org',
  'audit.column.action': 'Action',
  'audit.column.target': 'User',
  'audit.column.reason': 'Reason',
  'audit.column.source': 'Request',
  'audit.column.outcome': 'Outcome',

  'audit.admin.unknown': 'unknown',
  'audit.org.idOnly': 'org id {id}',
  'audit.org.unknown': 'unknown',
  'audit.target.wholeEnvironment': 'every org of the environment',
  'audit.target.idOnly': 'user id {id}',
  'audit.target.unknown': 'no valid user',
  'audit.source.spec': 'from the API description',
  'audit.source.default': 'built-in default',
  'audit.source.none': 'not built',
  'audit.outcome.ok': 'Succeeded ({status})',
  'audit.outcome.failed': 'Failed: {kind}',
  'audit.outcome.failedStatus': 'Failed: {kind} ({status})',

  'audit.export.csv': 'Export CSV',
  'audit.export.json': 'Export JSON',
  'audit.export.hint': 'Exports the entries shown (with the filters applied).',

  'audit.clear': 'Clear history…',
  'audit.clear.title': 'Clear the whole history?',
  'audit.clear.what':
    'All {total} entries will be deleted from this browser, whatever the filters. This cannot be undone: export them first if you need them.',
  'audit.clear.confirm': 'Delete all entries',
  'audit.clear.cancel': 'Cancel',
  'audit.cleared': 'The history was cleared.',
  ...kinds,
} as const;
