/**
 * The organisation's policy as every context reads it: straight from managed storage, which the
 * browser fills from enterprise policy and which the extension can only read (no context writes
 * it, so it needs no owner). Read afresh whenever a decision depends on it: a tab never acts on a
 * copy the organisation has changed since.
 */
import { browser } from 'wxt/browser';
import { restrictionsOf, type Restrictions } from './effective-settings';
import { NO_POLICY, parsePolicy, type ManagedPolicy } from './policy-schema';

/** The part of `browser.storage` read here: tests pass their own. */
export interface ManagedArea {
  managed?: { get(keys?: null): Promise<Record<string, unknown>> };
  onChanged: {
    addListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
    removeListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
  };
}

const defaultArea = (): ManagedArea => browser.storage as unknown as ManagedArea;

/**
 * The policy, or none. Where no policy or no managed storage exists, browsers differ: Chrome
 * answers {}, Firefox throws ("Managed storage manifest not found") and some contexts lack the
 * area altogether. All of these mean "no policy".
 */
export async function readManagedPolicy(area: ManagedArea = defaultArea()): Promise<ManagedPolicy> {
  try {
    if (!area.managed) return NO_POLICY;
    return parsePolicy(await area.managed.get(null));
  } catch {
    return NO_POLICY;
  }
}

/** What the policy restricts now: the tab's services read it before every command. */
export async function readRestrictions(area: ManagedArea = defaultArea()): Promise<Restrictions> {
  return restrictionsOf(await readManagedPolicy(area));
}

/** Calls `onChange` with the policy as read again whenever the organisation changes it. Returns unwatch. */
export function watchManagedPolicy(onChange: (policy: ManagedPolicy) => void, area: ManagedArea = defaultArea()): () => void {
  let latest = 0;
  const listener = (_changes: Record<string, unknown>, name: string) => {
    if (name !== 'managed') return;
    // Read whole rather than patched from the change: one key's change can fix or break nothing else.
    const mine = ++latest;
    void readManagedPolicy(area).then((policy) => mine === latest && onChange(policy));
  };
  area.onChanged.addListener(listener);
  return () => area.onChanged.removeListener(listener);
}
