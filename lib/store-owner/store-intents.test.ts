import { describe, expect, it } from 'vitest';
import { auditEntryFor } from '../audit/test-entries';
import { bulkRunFor } from '../bulk/test-runs';
import { scanFor } from '../exemption-report/test-scans';
import { reminderFor } from '../opt-out-reminders/test-reminders';
import { rememberedOperation } from '../page/description/test-remembered';
import { APPEND_ENTRIES_MAX, mayAsk, StoreIntentSchema, type StoreOperation, type StoreOperationName } from './store-intents';
import { contentScript, EXTENSION_PAGE, intentOf, operationsFor } from './test-owner';

const OWN = 'https://acme.resolver.com';
const OTHER = 'https://other.resolver.com';
const tab = contentScript(OWN);

const ALL_OPS = Object.keys(operationsFor(OWN)) as StoreOperationName[];

/** The operations that write records of an origin, for `origin`. */
function recordWrites(origin: string): [string, StoreOperation][] {
  const reminder = reminderFor({ origin });
  return [
    ['audit entries', { op: 'audit.append', entries: [auditEntryFor({ origin })] }],
    ['a bulk run', { op: 'bulk.save', run: bulkRunFor({ origin }) }],
    ['a bulk run’s removal', { op: 'bulk.remove', origin }],
    ['a scan', { op: 'reports.save', scan: scanFor({ origin }) }],
    ['a scan’s removal', { op: 'reports.remove', origin }],
    ['a reminder', { op: 'reminders.apply', changes: [{ upsert: reminder }] }],
    ['a reminder’s removal', { op: 'reminders.apply', changes: [{ remove: { origin, orgId: reminder.org.id, userId: reminder.user.id } }] }],
    ['a clock offset', { op: 'clockOffsets.learn', origin, offsetMs: 60_000 }],
    ['a remembered description', { op: 'descriptions.remember', origin, operations: { resetUserMfa: rememberedOperation() } }],
    ['a remembered description’s removal', { op: 'descriptions.forget', origin }],
  ];
}

describe('who may ask the stores’ owner for what', () => {
  it.each(ALL_OPS)('an extension page may ask for %s, for any origin', (op) => {
    expect(mayAsk(EXTENSION_PAGE, operationsFor(OTHER)[op])).toBe(true);
  });

  it('a content script may not clear the history, even with nothing of another origin in it', () => {
    expect(mayAsk(tab, { op: 'audit.clear' })).toBe(false);
  });

  it.each(recordWrites(OWN))('a content script may write %s for its own origin', (_what, operation) => {
    expect(mayAsk(tab, operation)).toBe(true);
  });

  it.each(recordWrites(OTHER))('a content script may not write %s for another origin', (_what, operation) => {
    expect(mayAsk(tab, operation)).toBe(false);
  });

  it('a content script may not slip one record of another origin among its own', () => {
    const entries = [auditEntryFor({ id: 'a', origin: OWN }), auditEntryFor({ id: 'b', origin: OTHER }), auditEntryFor({ id: 'c', origin: OWN })];
    expect(mayAsk(tab, { op: 'audit.append', entries })).toBe(false);
    const changes = [{ upsert: reminderFor({ origin: OWN }) }, { remove: { origin: OTHER, orgId: 11, userId: 3 } }];
    expect(mayAsk(tab, { op: 'reminders.apply', changes })).toBe(false);
  });

  it('an origin is compared whole: another port or scheme, or a longer name, is another origin', () => {
    for (const origin of [`${OWN}:8443`, OWN.replace('https:', 'http:'), `${OWN}.evil.example`, 'https://acme.resolver.co']) {
      expect(mayAsk(tab, operationsFor(origin)['bulk.remove'])).toBe(false);
    }
  });

  it('a content script may save settings and dismiss reminders, which name no origin', () => {
    expect(mayAsk(tab, operationsFor(OTHER)['settings.save'])).toBe(true);
    expect(mayAsk(tab, operationsFor(OTHER)['reminders.dismiss'])).toBe(true);
  });
});

describe('the intent schema', () => {
  it.each(ALL_OPS)('reads a well-formed %s intent as it is', (op) => {
    const intent = intentOf(operationsFor(OWN)[op]);
    expect(StoreIntentSchema.parse(intent)).toEqual(intent);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['too short', 'a'.repeat(31)],
    ['too long', 'a'.repeat(33)],
    ['in capitals', 'A'.repeat(32)],
    ['not hex', 'g'.repeat(32)],
    ['a UUID', '0f8fad5b-d9cb-469f-a165-70867728950e'],
    ['a number', 1234],
  ])('refuses an intent id that is %s', (_what, intentId) => {
    expect(StoreIntentSchema.safeParse({ intentId, operation: { op: 'audit.clear' } }).success).toBe(false);
  });

  it(`takes ${APPEND_ENTRIES_MAX} entries in one append and refuses one more, or none`, () => {
    const entries = (count: number) => Array.from({ length: count }, (_, i) => auditEntryFor({ id: `entry-${i}` }));
    expect(StoreIntentSchema.safeParse(intentOf({ op: 'audit.append', entries: entries(APPEND_ENTRIES_MAX) })).success).toBe(true);
    expect(StoreIntentSchema.safeParse(intentOf({ op: 'audit.append', entries: entries(APPEND_ENTRIES_MAX + 1) })).success).toBe(false);
    expect(StoreIntentSchema.safeParse(intentOf({ op: 'audit.append', entries: [] })).success).toBe(false);
  });

  it.each([
    ['an unknown operation', { op: 'audit.drop' }],
    ['no operation', {}],
    ['an operation that is not an object', 'audit.clear'],
    ['an entry that breaks the entry schema', { op: 'audit.append', entries: [{ ...auditEntryFor(), time: 'yesterday' }] }],
    ['a run that breaks the run schema', { op: 'bulk.save', run: { ...bulkRunFor(), concurrency: 0 } }],
    ['a removal without its origin', { op: 'bulk.remove' }],
    ['an empty origin', { op: 'reports.remove', origin: '' }],
    ['an origin of 301 characters', { op: 'descriptions.forget', origin: `https://${'a'.repeat(293)}` }],
    ['an offset that is not a number', { op: 'clockOffsets.learn', origin: OWN, offsetMs: 'soon' }],
    ['a setting that breaks the settings schema', { op: 'settings.save', changes: { callerChecklist: 'call back' } }],
    ['a reminder change that is neither upsert nor remove', { op: 'reminders.apply', changes: [{ replace: reminderFor() }] }],
    ['too many reminder changes', { op: 'reminders.apply', changes: Array.from({ length: APPEND_ENTRIES_MAX + 1 }, () => ({ upsert: reminderFor() })) }],
    ['an empty dismissal', { op: 'reminders.dismiss', id: '' }],
    ['a lease owner of 201 characters', { op: 'bulk.save', run: bulkRunFor(), owner: 'x'.repeat(201) }],
  ])('refuses %s', (_what, operation) => {
    expect(StoreIntentSchema.safeParse({ intentId: 'a'.repeat(32), operation }).success).toBe(false);
  });
});
