/**
 * Test fixture: the messages modules as a context starts them, only English loaded, with the
 * French catalogue's loading in the test's hands (held until released, or failing as a chunk that
 * cannot be fetched). Fresh module instances, so that a catalogue an earlier test loaded cannot
 * hide whether, and when, this one loads it.
 */
import { onTestFinished, vi } from 'vitest';

const FRENCH = '@/lib/i18n/fr/index';

export interface FrenchLoading {
  /** How many times the French catalogue was asked for. */
  loads(): number;
  /** Holds every load asked for from now until `release`. */
  hold(): void;
  release(): void;
  /** Makes the next load fail. */
  failNext(): void;
}

export async function freshMessages() {
  vi.resetModules();
  let loads = 0;
  let failing = false;
  let held: Promise<void> = Promise.resolve();
  let release = () => undefined as void;
  vi.doMock(FRENCH, async (importOriginal: () => Promise<unknown>) => {
    loads += 1;
    await held;
    if (failing) {
      failing = false;
      throw new TypeError('Failed to fetch dynamically imported module');
    }
    return importOriginal();
  });
  // Later tests of the same file load the real catalogue again.
  onTestFinished(() => {
    vi.doUnmock(FRENCH);
  });
  const french: FrenchLoading = {
    loads: () => loads,
    hold() {
      held = new Promise((resolve) => {
        release = resolve;
      });
    },
    release: () => release(),
    failNext() {
      failing = true;
    },
  };
  const [messages, setting] = await Promise.all([import('./index'), import('./language-setting')]);
  return { ...messages, ...setting, french };
}
