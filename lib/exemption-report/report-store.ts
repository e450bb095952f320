/**
 * The exemption reports in extension storage: one per Resolver origin (its latest scan), in
 * `local:exemptionReports` (origin → scan). Written by the content script of the tab that executes
 * a scan, read and watched by the report's views in any context. Versioned like the other stores:
 * to change the stored shape, edit report-schema.ts, bump EXEMPTION_REPORTS_VERSION and add
 * `EXEMPTION_REPORTS_MIGRATIONS[<new version>]`.
 */
import * as z from 'zod/mini';
import { createSerialQueue } from '../serial-queue';
import { defineVersionedItem, type Migrations, type Versioning, type VersionedItem } from '../versioned-item';
import { ScanSchema, type Scan } from './report-schema';

export const EXEMPTION_REPORTS_KEY = 'local:exemptionReports';
export const EXEMPTION_REPORTS_VERSION = 1;
export const EXEMPTION_REPORTS_MIGRATIONS: Migrations = {};

/** Most origins kept: the oldest report (by its last update) goes first. */
export const EXEMPTION_REPORTS_LIMIT = 20;

export function defineExemptionReportsItem(
  versioning: Versioning | null = { version: EXEMPTION_REPORTS_VERSION, migrations: EXEMPTION_REPORTS_MIGRATIONS },
) {
  return defineVersionedItem(EXEMPTION_REPORTS_KEY, {}, versioning);
}

/** What the report's views read and watch. */
export interface ReportSource {
  get(origin: string): Promise<Scan | null>;
  /** Every stored report, newest first (the options page). */
  list(): Promise<Scan[]>;
  /** Calls `onChange` with every stored report, newest first, whenever one changes (in any context). */
  watch(onChange: (scans: Scan[]) => void): () => void;
}

export interface ReportStore extends ReportSource {
  /**
   * Stores the scan under its origin. With `owner`, only while no other executor holds the stored
   * scan's lease: answers false, storing nothing, when another tab has taken the scan over.
   */
  save(scan: Scan, owner?: string): Promise<boolean>;
  remove(origin: string): Promise<void>;
}

const StoredSchema = z.record(z.string(), z.unknown());
const StoredLeaseSchema = z.looseObject({ lease: z.nullable(z.looseObject({ owner: z.string() })) });
const StoredUpdatedAtSchema = z.looseObject({ updatedAt: z.string() });

/** A stored report's last update, '' when unreadable (so it goes first when the limit is reached). */
function updatedAtOf(stored: unknown): string {
  const parsed = StoredUpdatedAtSchema.safeParse(stored);
  return parsed.success ? parsed.data.updatedAt : '';
}

function storedByOrigin(stored: unknown): Record<string, unknown> {
  const parsed = StoredSchema.safeParse(stored ?? {});
  if (parsed.success) return parsed.data;
  console.warn('Resolver MFA helper: the stored exemption reports are unreadable and were ignored.');
  return {};
}

/** The readable reports, newest first; an unreadable one is skipped with a warning naming none of its data. */
function readable(stored: unknown): Scan[] {
  const scans = Object.entries(storedByOrigin(stored)).flatMap(([origin, entry]) => {
    const scan = ScanSchema.safeParse(entry);
    if (scan.success && scan.data.origin === origin) return [scan.data];
    console.warn('Resolver MFA helper: an unreadable exemption report was skipped.');
    return [];
  });
  return scans.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export function createReportStore(item: VersionedItem = defineExemptionReportsItem()): ReportStore {
  // Read-modify-write of the shared record: serialised, so two writes in this context never drop one another.
  const serially = createSerialQueue();
  return {
    async get(origin) {
      return readable(await item.getValue()).find((scan) => scan.origin === origin) ?? null;
    },
    async list() {
      return readable(await item.getValue());
    },
    watch(onChange) {
      return item.watch((stored) => onChange(readable(stored)));
    },
    save(scan, owner) {
      const checked = ScanSchema.parse(scan);
      return serially(async () => {
        const stored = storedByOrigin(await item.getValue());
        const holder = StoredLeaseSchema.safeParse(stored[checked.origin]);
        const heldBy = holder.success ? holder.data.lease?.owner : undefined;
        if (owner !== undefined && heldBy !== undefined && heldBy !== owner) return false;
        // The others are kept as stored (readers parse them): a progress save stays cheap.
        const others = Object.entries(stored)
          .filter(([origin]) => origin !== checked.origin)
          .sort(([, a], [, b]) => updatedAtOf(b).localeCompare(updatedAtOf(a)))
          .slice(0, EXEMPTION_REPORTS_LIMIT - 1);
        await item.setValue(Object.fromEntries([[checked.origin, checked], ...others]));
        return true;
      });
    },
    remove(origin) {
      return serially(async () => {
        const { [origin]: _removed, ...others } = storedByOrigin(await item.getValue());
        await item.setValue(others);
      });
    },
  };
}
