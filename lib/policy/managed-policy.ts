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

/** Firefox's refusal where no policy names the extension: the one failure that means "no policy". */
function meansNoPolicy(error: unknown): boolean {
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' && /^Managed storage manifest not found/.test(message);
}

/**
 * The managed values as stored: {} where there is no policy (Chrome answers {}, Firefox throws
 * "Managed storage manifest not found"). Throws for any other failure, and where this context has
 * no managed area.
 */
export async function readManagedValues(area: ManagedArea = defaultArea()): Promise<unknown> {
  if (!area.managed) throw new Error('This context has no managed storage.');
  try {
    return await area.managed.get(null);
  } catch (error) {
    if (meansNoPolicy(error)) return {};
    throw error;
  }
}

/**
 * The policy, or none. Where this context cannot read managed storage itself (a content script of
 * a browser that keeps the area from content scripts, or a failure other than "no policy"), it asks
 * `fromBackground` (the background reads it: lib/background-messages.ts), which answers null when
 * it could not either. Only then is it read as no policy.
 */
export async function readManagedPolicy(
  area: ManagedArea = defaultArea(),
  fromBackground?: () => Promise<unknown>,
): Promise<ManagedPolicy> {
  try {
    return parsePolicy(await readManagedValues(area));
  } catch {
    const values = fromBackground ? await fromBackground() : null;
    return values === null ? NO_POLICY : parsePolicy(values);
  }
}

/** What the policy restricts now: the tab's services read it before every command. */
export async function readRestrictions(area: ManagedArea = defaultArea(), fromBackground?: () => Promise<unknown>): Promise<Restrictions> {
  return restrictionsOf(await readManagedPolicy(area, fromBackground));
}

/** Calls `onChange` with the policy as read again whenever the organisation changes it. Returns unwatch. */
export function watchManagedPolicy(
  onChange: (policy: ManagedPolicy) => void,
  area: ManagedArea = defaultArea(),
  fromBackground?: () => Promise<unknown>,
): () => void {
  let latest = 0;
  const listener = (_changes: Record<string, unknown>, name: string) => {
    if (name !== 'managed') return;
    // Read whole rather than patched from the change: one key's change can fix or break nothing else.
    const mine = ++latest;
    void readManagedPolicy(area, fromBackground).then((policy) => mine === latest && onChange(policy));
  };
  area.onChanged.addListener(listener);
  return () => area.onChanged.removeListener(listener);
}
