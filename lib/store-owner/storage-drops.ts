/**
 * What the stores' owner dropped to make room when extension storage was full (quota-rule.ts), in
 * `local:storageDrops`, newest last: the options page says what was dropped, when and why. Written
 * by the owner only. Names no person: counts, times and environments only.
 */
import { storage } from '@wxt-dev/storage';
import * as z from 'zod/mini';
import { parseStoredList } from '../versioned-item';

export const STORAGE_DROPS_KEY = 'local:storageDrops';

/** Most drops remembered: the oldest are forgotten first. */
export const STORAGE_DROPS_LIMIT = 50;

export const StorageDropSchema = z.discriminatedUnion('store', [
  /** The oldest page of the audit history: `count` entries recorded from `from` to `to`. */
  z.object({
    store: z.literal('audit'),
    at: z.iso.datetime(),
    count: z.int().check(z.nonnegative()),
    from: z.nullable(z.iso.datetime()),
    to: z.nullable(z.iso.datetime()),
  }),
  /** A finished bulk run of another environment (its rows' outcomes are in the history). */
  z.object({ store: z.literal('bulk'), at: z.iso.datetime(), origin: z.string().check(z.maxLength(300)), updatedAt: z.iso.datetime() }),
  /** A finished exemption report of another environment (a scan makes it again). */
  z.object({ store: z.literal('report'), at: z.iso.datetime(), origin: z.string().check(z.maxLength(300)), scannedAt: z.iso.datetime() }),
]);
export type StorageDrop = z.infer<typeof StorageDropSchema>;

export function parseStorageDrops(stored: unknown): StorageDrop[] {
  return parseStoredList(stored, StorageDropSchema, {
    unreadable: 'Resolver MFA helper: the list of what was dropped to make room is unreadable and was ignored.',
    skipped: (count) => `Resolver MFA helper: ${count} unreadable entries of what was dropped to make room were skipped.`,
  });
}

const item = () => storage.defineItem<unknown>(STORAGE_DROPS_KEY, { fallback: [] });

export interface StorageDrops {
  list(): Promise<StorageDrop[]>;
  watch(onChange: (drops: StorageDrop[]) => void): () => void;
}

/** What the options page reads. */
export function storageDropsSource(): StorageDrops {
  const stored = item();
  return {
    list: async () => parseStorageDrops(await stored.getValue()),
    watch: (onChange) => stored.watch((value) => onChange(parseStorageDrops(value))),
  };
}

/** The owner's side: adds drops (newest last, at most STORAGE_DROPS_LIMIT kept). */
export async function noteStorageDrops(drops: readonly StorageDrop[]): Promise<void> {
  const stored = item();
  const kept = [...parseStorageDrops(await stored.getValue()), ...drops].slice(-STORAGE_DROPS_LIMIT);
  await stored.setValue(kept);
}
