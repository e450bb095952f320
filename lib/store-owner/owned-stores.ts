/**
 * The stores as every context but the owner uses them: reads and watches straight from extension
 * storage (the same code as the owner's), writes as intents to the owner through this context's
 * outbox (intent-outbox.ts). Same interfaces as the owner's stores, so features do not know which
 * side they are on. The items are defined without migrations (versioned-item.ts): only the owner
 * migrates.
 */
import { createAuditStore, stampDrafts, type AuditHistory, type AuditRecorder } from '../audit/audit-store';
import { defineAuditHistoryItem } from '../audit/audit-migrations';
import { createBulkRunSource, type BulkStore } from '../bulk/bulk-store';
import { createReportStore, defineExemptionReportsItem, type ReportStore } from '../exemption-report/report-store';
import { sendStoreIntent } from '../background-messages';
import { createClockOffsetStore, type ClockOffsetStore } from '../opt-out-reminders/clock-offsets';
import { createReminderStore, defineRemindersItem, type ReminderStore } from '../opt-out-reminders/reminder-store';
import {
  createRememberedDescriptionStore,
  defineRememberedDescriptionsItem,
  validOperations,
  type RememberedDescriptionStore,
} from '../page/description/remembered-descriptions';
import { SettingsChangesSchema } from '../settings/settings-schema';
import { createSettingsStore, defineSettingsItem, type SettingsStore } from '../settings/settings-store';
import { createIntentOutbox, type IntentOutbox } from './intent-outbox';

export interface StoresThroughOwner {
  /** What waits for the owner in this context: the UI says "not yet saved" while it is not empty. */
  outbox: IntentOutbox;
  audit: AuditRecorder & AuditHistory;
  bulk: BulkStore;
  reminders: ReminderStore;
  offsets: ClockOffsetStore;
  settings: SettingsStore;
  reports: ReportStore;
  descriptions: RememberedDescriptionStore;
}

/** `outbox` defaults to one sending to the background; tests pass their own. */
export function storesThroughOwner(outbox: IntentOutbox = createIntentOutbox(sendStoreIntent)): StoresThroughOwner {
  const nothing = async (operation: Parameters<IntentOutbox['submit']>[0]) => {
    await outbox.submit(operation);
  };
  const saved = async (operation: Parameters<IntentOutbox['submit']>[0]) => (await outbox.submit(operation)) !== false;

  const history = createAuditStore({ item: defineAuditHistoryItem(null) });
  const recordMany = async (drafts: Parameters<AuditRecorder['recordMany']>[0]) => {
    // Stamped here, when the outcome is known: the owner may get it later.
    if (drafts.length > 0) await nothing({ op: 'audit.append', entries: stampDrafts(drafts) });
  };

  const runs = createBulkRunSource();
  const reminders = createReminderStore(defineRemindersItem(null));
  const settings = createSettingsStore(defineSettingsItem(null));
  const reports = createReportStore(defineExemptionReportsItem(null));
  const descriptions = createRememberedDescriptionStore(defineRememberedDescriptionsItem(null));

  return {
    outbox,
    audit: {
      list: history.list,
      watch: history.watch,
      record: (draft) => recordMany([draft]),
      recordMany,
      clear: () => nothing({ op: 'audit.clear' }),
    },
    bulk: {
      get: runs.get,
      watch: runs.watch,
      // Copied when the intent is made: the runner goes on changing the run while it waits.
      save: (run, owner) => saved({ op: 'bulk.save', run: structuredClone(run), ...ownedBy(owner) }),
      remove: (origin) => nothing({ op: 'bulk.remove', origin }),
    },
    reminders: {
      list: reminders.list,
      watch: reminders.watch,
      apply: async (changes) => {
        if (changes.length > 0) await nothing({ op: 'reminders.apply', changes: [...changes] });
      },
      dismiss: (id) => nothing({ op: 'reminders.dismiss', id }),
    },
    offsets: createClockOffsetStore((origin, offsetMs) => nothing({ op: 'clockOffsets.learn', origin, offsetMs })),
    settings: {
      load: settings.load,
      watch: settings.watch,
      // Checked here too, so a bad change throws at its caller (the options page) as before.
      save: (changes) => nothing({ op: 'settings.save', changes: SettingsChangesSchema.parse(changes) }),
    },
    reports: {
      get: reports.get,
      list: reports.list,
      watch: reports.watch,
      save: (scan, owner) => saved({ op: 'reports.save', scan: structuredClone(scan), ...ownedBy(owner) }),
      remove: (origin) => nothing({ op: 'reports.remove', origin }),
    },
    descriptions: {
      get: descriptions.get,
      list: descriptions.list,
      watch: descriptions.watch,
      // Only the valid ones go: the intent's schema would refuse them all for one invalid one.
      remember: (origin, operations) => nothing({ op: 'descriptions.remember', origin, operations: validOperations(operations) }),
      forget: (origin) => nothing({ op: 'descriptions.forget', origin }),
    },
  };
}

/** A lease holder's save names its holder; any other save names none. */
function ownedBy(owner: string | undefined): { owner?: string } {
  return owner === undefined ? {} : { owner };
}

let shared: StoresThroughOwner | null = null;

/** One set per context: one outbox, so this context's writes reach the owner in the order they were made. */
export function sharedStores(): StoresThroughOwner {
  shared ??= storesThroughOwner();
  return shared;
}
