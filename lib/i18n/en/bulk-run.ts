/** English: bulk-run (sentences the bulk engine itself produces; the bulk UI's words live in its own area). */
export const bulkRunMessages = {
  'bulk.input.empty': 'The list holds no user ids or email addresses.',
  'bulk.input.too-many': 'The list holds {count} entries; one bulk run takes at most {limit}. Split it into several runs.',
  'bulk.input.unclosed-quote': 'The CSV has a quoted field that is never closed (it starts on line {line}).',
  'bulk.row.not-id-or-email':
    'Not a user id or an email address. Bulk runs accept only ids and emails: a name is too loose to pick the right user for a change to many users.',
  'bulk.run.busy':
    'A bulk run is already in progress on this Resolver environment. Let it finish, or cancel it, before starting another.',
  'bulk.run.not-found': 'This bulk run no longer exists: it was discarded or replaced.',
  'bulk.run.wrong-phase': 'This bulk run is {phase}, so it cannot {command}.',
  'bulk.run.elsewhere':
    'This bulk run is being carried out by another tab of this Resolver environment. Use that tab, or close it and try again in a few seconds.',
  'bulk.run.nothing-to-retry': 'No row of this bulk run has failed: there is nothing to retry.',
  'bulk.run.no-org': 'Resolver did not say which org you are signed in to, so no bulk run can be prepared.',
} as const;

/** The words of `bulk.run.wrong-phase`. */
export const bulkRunPhases = {
  'bulk.run.phase.resolving': 'still looking users up',
  'bulk.run.phase.review': 'waiting for your confirmation',
  'bulk.run.phase.running': 'running',
  'bulk.run.phase.paused': 'paused',
  'bulk.run.phase.cancelled': 'cancelled',
  'bulk.run.phase.finished': 'finished',
  'bulk.run.command.start': 'start',
  'bulk.run.command.pause': 'be paused',
  'bulk.run.command.resume': 'be resumed',
  'bulk.run.command.cancel': 'be cancelled',
  'bulk.run.command.retryFailed': 'retry its failed rows',
  'bulk.run.command.discard': 'be discarded while it runs',
} as const;

export const bulkRun = { ...bulkRunMessages, ...bulkRunPhases } as const;
