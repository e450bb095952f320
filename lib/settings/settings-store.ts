/**
 * The settings in extension storage (`local:settings`), read directly by the popup, the in-page
 * panel and the options page. Versioned like the audit history: to change the shape, edit
 * settings-schema.ts, bump SETTINGS_VERSION and add `SETTINGS_MIGRATIONS[<new version>]`.
 */
import { defineVersionedItem, type Migrations, type Versioning, type VersionedItem } from '../versioned-item';
import { parseStoredSettings, SettingsSchema, type Settings } from './settings-schema';

export const SETTINGS_KEY = 'local:settings';

/** v1: `{ callerChecklist: string[] }`. */
export const SETTINGS_VERSION = 1;

/** Version 1 is the first shape: nothing to migrate yet. */
export const SETTINGS_MIGRATIONS: Migrations = {};

/** Stored as null until first saved, so a later release can change the defaults for everyone who never edited them. */
export function defineSettingsItem(versioning: Versioning = { version: SETTINGS_VERSION, migrations: SETTINGS_MIGRATIONS }) {
  return defineVersionedItem(SETTINGS_KEY, null, versioning);
}

export interface SettingsStore {
  load(): Promise<Settings>;
  /** Throws (a zod error) for settings that break the schema, and then stores nothing. */
  save(settings: Settings): Promise<void>;
  /** Calls `onChange` whenever the settings change, in any context. */
  watch(onChange: (settings: Settings) => void): () => void;
}

export function createSettingsStore(item: VersionedItem = defineSettingsItem()): SettingsStore {
  return {
    async load() {
      return parseStoredSettings(await item.getValue());
    },
    async save(settings) {
      await item.setValue(SettingsSchema.parse(settings));
    },
    watch(onChange) {
      return item.watch((stored) => onChange(parseStoredSettings(stored)));
    },
  };
}
