/**
 * The owner's own stores: defined with their versions and migrations (versioned-item.ts), which
 * run when defined. Only the background calls this; every other context uses owned-stores.ts.
 */
import { createAuditStore } from '../audit/audit-store';
import { createBulkStore } from '../bulk/bulk-store';
import { createReportStore } from '../exemption-report/report-store';
import { createClockOffsetStore } from '../opt-out-reminders/clock-offsets';
import { createReminderStore } from '../opt-out-reminders/reminder-store';
import { createRememberedDescriptionStore } from '../page/description/remembered-descriptions';
import { createSettingsStore } from '../settings/settings-store';
import type { OwnedStores } from './store-owner';

export function createOwnedStores(): OwnedStores {
  return {
    audit: createAuditStore(),
    bulk: createBulkStore(),
    reminders: createReminderStore(),
    offsets: createClockOffsetStore(),
    settings: createSettingsStore(),
    reports: createReportStore(),
    descriptions: createRememberedDescriptionStore(),
  };
}
