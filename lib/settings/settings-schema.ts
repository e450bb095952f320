/**
 * The admin's settings for the helper, as stored in extension storage and edited on the options
 * page. This schema is the single source of truth for them.
 */
import * as z from 'zod/mini';
import { LANGUAGES } from '../i18n/languages';

/** Longest checklist item, and most items: a checklist is read aloud in a call, not a policy document. */
export const CHECKLIST_ITEM_MAX = 200;
export const CHECKLIST_ITEMS_MAX = 20;

/** The helper's tabs, in the order shown. */
export const HelperTabSchema = z.enum(['reset', 'opt-out', 'enforce', 'bulk', 'report']);
export type HelperTab = z.infer<typeof HelperTabSchema>;

export const SettingsSchema = z.object({
  /** What the support desk checks before resetting a caller's MFA; none = no checklist. */
  callerChecklist: z
    .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(CHECKLIST_ITEM_MAX)))
    .check(z.maxLength(CHECKLIST_ITEMS_MAX)),
  /**
   * The tab the helper opens on: the one last used, so an admin doing a series of the same action
   * does not pick it again each time. A tab this version does not know (saved by a later one)
   * reads as Reset rather than making the whole settings, checklist included, unreadable.
   */
  lastTab: z.catch(HelperTabSchema, 'reset'),
  /**
   * The helper's language: 'auto' follows the browser's UI language. Settings saved before this
   * field, or naming a language this version does not speak, read as 'auto', so neither needs a
   * migration nor makes the rest of the settings unreadable.
   */
  language: z.catch(z.enum(['auto', ...LANGUAGES]), 'auto'),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** Some of the settings, as a save changes them (the others stay as stored). */
export const SettingsChangesSchema = z.partial(SettingsSchema);

/**
 * No checklist until the admin writes one: the reset of a user known by email stays at three
 * interactions (type, "Reset MFA…", Confirm), and each support desk words its own checks. The
 * options page suggests items (`settings.checklist.placeholder`).
 */
export function defaultSettings(): Settings {
  return { callerChecklist: [], lastTab: 'reset', language: 'auto' };
}

/**
 * Reads stored settings: nothing stored (never saved) means the defaults, and so does a value
 * this version cannot read, with a warning that holds none of it. Never throws.
 */
export function parseStoredSettings(stored: unknown): Settings {
  if (stored === null || stored === undefined) return defaultSettings();
  const parsed = SettingsSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  console.warn('Resolver MFA helper: the stored settings are unreadable; the defaults apply.');
  return defaultSettings();
}

/** The options page's textarea: one item per line, blank lines ignored. */
export function checklistFromText(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
