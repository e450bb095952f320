/** English: what the helper says about saving to extension storage (lib/store-owner/). */
export const storage = {
  'storage.unsaved.pending':
    'Done in Resolver, but not yet saved to this browser’s history: the extension’s background is not answering. Keep this tab open; it is saved as soon as the background answers.',
  'storage.unsaved.refused':
    'Done in Resolver, but not saved to this browser’s history: the extension’s storage is full. See “Storage” on the options page.',
  'storage.unsavedWrites.one': '1 change made in this tab is not yet saved to the history. Keep the tab open; it is saved as soon as the extension’s background answers.',
  'storage.unsavedWrites.many': '{count} changes made in this tab are not yet saved to the history. Keep the tab open; they are saved as soon as the extension’s background answers.',

  'storage.title': 'Storage',
  'storage.usage': 'The helper’s data uses {used} of the {quota} the browser gives it ({percent}%).',
  'storage.usage.unknown': 'This browser does not tell how much of its storage the helper uses.',
  'storage.rule':
    'When the storage is full, the helper makes room, one thing at a time: first a finished exemption report of another environment (a scan makes it again), then a finished bulk run of another environment (its rows are in the history), then the oldest 250 entries of the history. A scan or run still going on is never dropped.',
  'storage.nearlyFull': 'The storage is {percent}% full. Export the history now: when it is full, its oldest entries are dropped to make room.',
  'storage.drops.none': 'Nothing has been dropped to make room.',
  'storage.drops.title': 'Dropped to make room',
  'storage.drop.audit': '{time}: the {count} oldest history entries, recorded from {from} to {to}.',
  'storage.drop.bulk': '{time}: the finished bulk run of {origin} (last updated {updatedAt}).',
  'storage.drop.report': '{time}: the exemption report of {origin} (scanned {scannedAt}).',
  'storage.drop.unknownTime': 'an unknown time',
} as const;
