/**
 * The settings in extension storage (`local:settings`), read directly by the popup, the in-page
 * panel and the options page. Versioned like the audit history: to change the shape, edit
 * settings-schema.ts, bump SETTINGS_VERSION and add `SETTINGS_MIGRATIONS[<new version>]`
 * (settings-migrations.ts).
 */
import { defineVersionedItem, type Versioning, type VersionedItem } from '../versioned-item';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './settings-migrations';
import { parseStoredSettings, SettingsSchema, type Settings } from './settings-schema';

export { SETTINGS_VERSION } from './settings-migrations';

export const SETTINGS_KEY = 'local:settings';

/** Stored as null until first saved, so a later release can change the defaults for everyone who never edited them. */
export function defineSettingsItem(versioning: Versioning | null = { version: SETTINGS_VERSION, migrations: SETTINGS_MIGRATIONS }) {
  return defineVersionedItem(SETTINGS_KEY, null, versioning);
}

export interface SettingsStore {
  load(): Promise<Settings>;
  /**
   * Changes the given settings and keeps the others as stored, so the options page saving the
   * checklist and the popup remembering its tab never undo each other. Throws (a zod error) for
   * settings that break the schema, and then stores nothing.
   */
  save(changes: Partial<Settings>): Promise<void>;
  /** Calls `onChange` whenever the settings change, in any context. */
  watch(onChange: (settings: Settings) => void): () => void;
}

export function createSettingsStore(item: VersionedItem = defineSettingsItem()): SettingsStore {
  return {
    async load() {
      return parseStoredSettings(await item.getValue());
    },
    async save(changes) {
      const current = parseStoredSettings(await item.getValue());
      await item.setValue(SettingsSchema.parse({ ...current, ...changes }));
    },
    watch(onChange) {
      return item.watch((stored) => onChange(parseStoredSettings(stored)));
    },
  };
}
