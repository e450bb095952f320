/**
 * The expiring opt-outs in extension storage (`local:optOutReminders`): the content script writes
 * them as actions are recorded, the background counts the expired ones on the badge, and the
 * popup and the in-page notice list them.
 *
 * Versioned like the audit history: to change the shape, edit reminder-schema.ts, bump
 * OPT_OUT_REMINDERS_VERSION and add `OPT_OUT_REMINDERS_MIGRATIONS[<new version>]`. Writes read the
 * whole list and write it back, so they are serialised within a context (see audit-store.ts).
 */
import { createSerialQueue } from '../serial-queue';
import { defineVersionedItem, type Migrations, type Versioning, type VersionedItem } from '../versioned-item';
import {
  OptOutReminderSchema,
  parseStoredReminders,
  reminderId,
  type OptOutReminder,
  type ReminderSubject,
} from './reminder-schema';

export const OPT_OUT_REMINDERS_KEY = 'local:optOutReminders';

/** v1: a list of OptOutReminderSchema entries. */
export const OPT_OUT_REMINDERS_VERSION = 1;

/** Version 1 is the first shape: nothing to migrate yet. */
export const OPT_OUT_REMINDERS_MIGRATIONS: Migrations = {};

export function defineRemindersItem(
  versioning: Versioning | null = { version: OPT_OUT_REMINDERS_VERSION, migrations: OPT_OUT_REMINDERS_MIGRATIONS },
) {
  return defineVersionedItem(OPT_OUT_REMINDERS_KEY, [], versioning);
}

/** Add or replace the reminder for its user, or remove the one a user has. */
export type ReminderChange = { upsert: OptOutReminder } | { remove: ReminderSubject };

export interface ReminderStore {
  list(): Promise<OptOutReminder[]>;
  /** Applies the changes in order, in one storage write. */
  apply(changes: readonly ReminderChange[]): Promise<void>;
  /** Removes one reminder (the admin dismissed it). */
  dismiss(id: string): Promise<void>;
  /** Calls `onChange` with the whole list whenever it changes, in any context. */
  watch(onChange: (reminders: OptOutReminder[]) => void): () => void;
}

export function createReminderStore(item: VersionedItem = defineRemindersItem()): ReminderStore {
  const serially = createSerialQueue();
  function update(change: (reminders: OptOutReminder[]) => OptOutReminder[]): Promise<void> {
    return serially(async () => {
      await item.setValue(change(parseStoredReminders(await item.getValue())));
    });
  }

  return {
    async list() {
      return parseStoredReminders(await item.getValue());
    },
    async apply(changes) {
      if (changes.length === 0) return;
      // Parsed before queuing: a reminder that breaks the schema is refused, and nothing is written.
      const checked = changes.map((change) =>
        'upsert' in change ? { upsert: OptOutReminderSchema.parse(change.upsert) } : change,
      );
      return update((reminders) => checked.reduce(applyOne, reminders));
    },
    dismiss(id) {
      return update((reminders) => reminders.filter((reminder) => reminder.id !== id));
    },
    watch(onChange) {
      return item.watch((stored) => onChange(parseStoredReminders(stored)));
    },
  };
}

function applyOne(reminders: OptOutReminder[], change: ReminderChange): OptOutReminder[] {
  const id = 'upsert' in change ? change.upsert.id : reminderId(change.remove);
  const others = reminders.filter((reminder) => reminder.id !== id);
  return 'upsert' in change ? [...others, change.upsert] : others;
}
