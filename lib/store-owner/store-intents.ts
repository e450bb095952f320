/**
 * What a context asks the stores' owner (the background) to write: one typed intent per store
 * operation. This schema is the single source of truth for them; the owner parses every intent it
 * receives (store-owner.ts), whoever sent it.
 *
 * Every intent carries an `intentId`; a sender retries an intent with the same id (and, for the
 * audit history, the same entry ids), so one that reached the owner before its answer was lost is
 * applied once: entries already in the history are skipped by id, and every other intent sets
 * records by id or by origin (applying it twice leaves the same state).
 */
import * as z from 'zod/mini';
import { AuditEntrySchema } from '../audit/audit-schema';
import { BulkRunSchema } from '../bulk/bulk-schema';
import { ScanSchema } from '../exemption-report/report-schema';
import { OptOutReminderSchema } from '../opt-out-reminders/reminder-schema';
import { RememberedOperationSchema } from '../page/description/remembered-descriptions';
import { ActionNameSchema, UserIdSchema } from '../protocol';
import { SettingsChangesSchema } from '../settings/settings-schema';

/** Most entries in one append: a bulk run records its finished rows in batches far below this. */
export const APPEND_ENTRIES_MAX = 5_000;

const OriginSchema = z.string().check(z.minLength(1), z.maxLength(300));

const ReminderChangeSchema = z.union([
  z.object({ upsert: OptOutReminderSchema }),
  z.object({ remove: z.object({ origin: OriginSchema, orgId: z.int(), userId: UserIdSchema }) }),
]);

/** The operations, by store. Each one's `origin` (or its records' origins) is checked against a content script sender's own. */
export const StoreOperationSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('audit.append'), entries: z.array(AuditEntrySchema).check(z.minLength(1), z.maxLength(APPEND_ENTRIES_MAX)) }),
  z.object({ op: z.literal('audit.clear') }),
  z.object({ op: z.literal('bulk.save'), run: BulkRunSchema, owner: z.optional(z.string().check(z.maxLength(200))) }),
  z.object({ op: z.literal('bulk.remove'), origin: OriginSchema }),
  z.object({ op: z.literal('reminders.apply'), changes: z.array(ReminderChangeSchema).check(z.maxLength(APPEND_ENTRIES_MAX)) }),
  z.object({ op: z.literal('reminders.dismiss'), id: z.string().check(z.minLength(1), z.maxLength(400)) }),
  z.object({ op: z.literal('clockOffsets.learn'), origin: OriginSchema, offsetMs: z.number() }),
  z.object({ op: z.literal('settings.save'), changes: SettingsChangesSchema }),
  z.object({ op: z.literal('reports.save'), scan: ScanSchema, owner: z.optional(z.string().check(z.maxLength(200))) }),
  z.object({ op: z.literal('reports.remove'), origin: OriginSchema }),
  z.object({
    op: z.literal('descriptions.remember'),
    origin: OriginSchema,
    operations: z.partialRecord(ActionNameSchema, RememberedOperationSchema),
  }),
  z.object({ op: z.literal('descriptions.forget'), origin: OriginSchema }),
]);
export type StoreOperation = z.infer<typeof StoreOperationSchema>;
export type StoreOperationName = StoreOperation['op'];

export const StoreIntentSchema = z.object({
  /** Random, from the sender: the same for every try of one intent. */
  intentId: z.string().check(z.regex(/^[0-9a-f]{32}$/)),
  operation: StoreOperationSchema,
});
export type StoreIntent = z.infer<typeof StoreIntentSchema>;

/**
 * The owner's answer. `value` is what the store operation returns: false when a lease holder's
 * save was refused (another tab took the run over), null otherwise. `refused` names why an intent
 * was not applied (never the data it held, which names people); the sender does not try it again.
 */
export const StoreAnswerSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.nullable(z.boolean()) }),
  z.object({ ok: z.literal(false), refused: z.enum(['invalid', 'not-allowed', 'storage-full', 'storage-error']) }),
]);
export type StoreAnswer = z.infer<typeof StoreAnswerSchema>;
export type StoreRefusal = Extract<StoreAnswer, { ok: false }>['refused'];

/**
 * Who sent an intent, as the browser named them (lib/messenger.ts): one of this extension's own
 * pages (popup, options), or its content script in the top frame of a Resolver page of `origin`.
 */
export type IntentSender = { kind: 'extension-page' } | { kind: 'content-script'; origin: string };

/** Operations only the extension's own pages may ask for: a content script never clears the history. */
const PAGE_ONLY: ReadonlySet<StoreOperationName> = new Set(['audit.clear']);

/** The origins an operation writes records for; null when it names none (settings, a dismissal). */
function originsOf(operation: StoreOperation): string[] | null {
  switch (operation.op) {
    case 'audit.append':
      return operation.entries.map((entry) => entry.origin);
    case 'bulk.save':
      return [operation.run.origin];
    case 'reports.save':
      return [operation.scan.origin];
    case 'reminders.apply':
      return operation.changes.map((change) => ('upsert' in change ? change.upsert.origin : change.remove.origin));
    case 'bulk.remove':
    case 'reports.remove':
    case 'clockOffsets.learn':
    case 'descriptions.remember':
    case 'descriptions.forget':
      return [operation.origin];
    default:
      return null;
  }
}

/**
 * Whether `sender` may ask for `operation`. A content script writes only for its own page's
 * origin: even a compromised Resolver tab could not write another environment's records.
 */
export function mayAsk(sender: IntentSender, operation: StoreOperation): boolean {
  if (sender.kind === 'extension-page') return true;
  if (PAGE_ONLY.has(operation.op)) return false;
  const origins = originsOf(operation);
  return origins === null || origins.every((origin) => origin === sender.origin);
}
