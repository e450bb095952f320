/**
 * The organisation's policy (managed storage) in the popup, the panel and the options page, kept
 * current when IT changes it, and the settings the helper acts by (lib/policy/effective-settings.ts).
 * The forms only say what the policy forbids: the tab's services refuse it themselves.
 */
import { effectiveSettings, restrictionsOf, type EffectiveSettings, type Restrictions } from '@/lib/policy/effective-settings';
import { askManagedPolicy } from '@/lib/background-messages';
import { readManagedPolicy, watchManagedPolicy } from '@/lib/policy/managed-policy';
import type { ManagedPolicy } from '@/lib/policy/policy-schema';
import type { SettingsStore } from '@/lib/settings/settings-store';
import { useLiveValue, type LiveSource } from './use-live-value';
import { useSettings } from './use-settings';

export type PolicySource = LiveSource<ManagedPolicy>;

// In the panel (a content script) the background reads it where the browser keeps managed storage
// from content scripts; in the popup and options page the area is there and the fallback unused.
const managedStorage: PolicySource = {
  read: () => readManagedPolicy(undefined, askManagedPolicy),
  watch: (onChange) => watchManagedPolicy(onChange, undefined, askManagedPolicy),
};

/** null until read. */
export function usePolicy(source: PolicySource = managedStorage): ManagedPolicy | null {
  return useLiveValue(source);
}

/** What the policy restricts; null until read. */
export function useRestrictions(source?: PolicySource): Restrictions | null {
  const policy = usePolicy(source);
  return policy && restrictionsOf(policy);
}

/** The admin's settings with the organisation's over them; null until both are read. */
export function useEffectiveSettings(store?: SettingsStore, source?: PolicySource): EffectiveSettings | null {
  const settings = useSettings(store);
  const policy = usePolicy(source);
  return settings && policy && effectiveSettings(settings, policy);
}
